// 商机看板: cards dragged between stage columns (SortableJS). Each drop posts the move with htmx; a WON or LOST column
// asks for the reason first. A move the server refuses (no right, a reason missing) puts the card back where it was,
// and the server's message shows above the board.
(function () {
  function init() {
    document.querySelectorAll('select[data-submit-on-change]').forEach(function (s) {
      s.addEventListener('change', function () { s.form.submit(); });
    });
    var board = document.getElementById('kanban');
    if (!board || typeof Sortable === 'undefined') return;
    board.querySelectorAll('.kanban-cards').forEach(function (list) {
      Sortable.create(list, {
        group: 'kanban', animation: 150, draggable: '.kanban-card',
        onEnd: function (evt) {
          if (evt.from === evt.to) return;
          var card = evt.item, target = evt.to;
          var back = function () { evt.from.insertBefore(card, evt.from.children[evt.oldIndex] || null); };
          var values = { stageId: target.dataset.stageId };
          if (target.dataset.stageKind !== 'OPEN') {
            var reason = window.prompt(target.dataset.reasonPrompt);
            if (reason === null || !reason.trim()) { back(); return; }
            values.reason = reason;
          }
          board.setAttribute('aria-busy', 'true');
          htmx.ajax('POST', '/opportunities/' + card.dataset.id + '/kanban-move',
              { target: '#kanban-moved', swap: 'outerHTML', values: values })
            .then(function () {
              var moved = document.getElementById('kanban-moved');
              if (!moved || moved.dataset.moved !== 'true') back();
              board.removeAttribute('aria-busy');
            }, function () { back(); board.removeAttribute('aria-busy'); });
        }
      });
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
