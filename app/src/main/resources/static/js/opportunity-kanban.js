// 商机看板: cards dragged between stage columns (SortableJS). Each drop posts the move with htmx; a WON or LOST column
// asks for the reason first, in the page's own dialog. A move the server refuses (no right, a reason missing) or one
// the user cancels puts the card back where it was, and the server's message shows above the board.
(function () {
  // Resolves with the reason typed, or null when the dialog is cancelled (the button, Escape).
  function askReason(title, cardName) {
    var dialog = document.getElementById('kanban-reason');
    var form = dialog.querySelector('form');
    var text = form.elements.reason;
    document.getElementById('kanban-reason-title').textContent = title;
    document.getElementById('kanban-reason-card').textContent = cardName;
    text.value = '';
    text.classList.remove('is-invalid');
    return new Promise(function (resolve) {
      function onSubmit(e) {
        if (e.submitter && e.submitter.value === 'ok' && !text.value.trim()) {
          e.preventDefault();
          text.classList.add('is-invalid');
          text.focus();
        }
      }
      function onClose() {
        form.removeEventListener('submit', onSubmit);
        dialog.removeEventListener('close', onClose);
        resolve(dialog.returnValue === 'ok' && text.value.trim() ? text.value.trim() : null);
      }
      form.addEventListener('submit', onSubmit);
      dialog.addEventListener('close', onClose);
      dialog.returnValue = '';
      dialog.showModal();
      text.focus();
    });
  }

  function init() {
    document.querySelectorAll('select[data-submit-on-change]').forEach(function (s) {
      s.addEventListener('change', function () { s.form.submit(); });
    });
    var board = document.getElementById('kanban');
    if (!board || typeof Sortable === 'undefined') return;
    var move = function (evt, card, values) {
      var back = function () { evt.from.insertBefore(card, evt.from.children[evt.oldIndex] || null); };
      board.setAttribute('aria-busy', 'true');
      htmx.ajax('POST', '/opportunities/' + card.dataset.id + '/kanban-move',
          { target: '#kanban-moved', swap: 'outerHTML', values: values })
        .then(function () {
          var moved = document.getElementById('kanban-moved');
          if (!moved || moved.dataset.moved !== 'true') back();
          board.removeAttribute('aria-busy');
        }, function () { back(); board.removeAttribute('aria-busy'); });
    };
    board.querySelectorAll('.kanban-cards').forEach(function (list) {
      Sortable.create(list, {
        group: 'kanban', animation: 150, draggable: '.kanban-card',
        // Pointer events, not the browser's native drag and drop: the reason dialog opens as the card is dropped, and
        // a modal opened inside a native drag session left Chromium unable to start the next drag. The same path
        // serves touch screens (WeCom on a tablet).
        forceFallback: true, fallbackTolerance: 3,
        onEnd: function (evt) {
          if (evt.from === evt.to) return;
          var card = evt.item, target = evt.to;
          var values = { stageId: target.dataset.stageId };
          if (target.dataset.stageKind === 'OPEN') { move(evt, card, values); return; }
          var name = card.querySelector('.kanban-card-name');
          askReason(target.dataset.reasonPrompt, name ? name.textContent : '').then(function (reason) {
            if (reason === null) { evt.from.insertBefore(card, evt.from.children[evt.oldIndex] || null); return; }
            values.reason = reason;
            move(evt, card, values);
          });
        }
      });
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
