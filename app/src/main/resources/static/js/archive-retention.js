// 从企业微信导入 (module archive): hands a finished import to its sales record form. The transcript becomes a file of
// the form's file input (sent when the record is published, like any attachment) and its text is appended to the
// record's content, where it can still be edited. Closing the dialog empties it.
(function () {
  function attach(done) {
    var form = document.getElementById(done.dataset.form);
    if (!form || done.dataset.attached) return;
    done.dataset.attached = 'pending';
    fetch(done.dataset.transcriptUrl, {credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.blob();
    }).then(function (blob) {
      var input = form.querySelector('input[type=file][name=files]');
      var file = new File([blob], done.dataset.fileName, {type: 'text/html'});
      var all = new DataTransfer();
      Array.prototype.forEach.call(input.files, function (f) { all.items.add(f); });
      all.items.add(file);
      input.files = all.files;
      var content = form.querySelector('textarea[name=content]');
      var text = done.dataset.text || '';
      content.value = content.value.trim() ? content.value.replace(/\s+$/, '') + '\n\n' + text : text;
      var list = form.querySelector('.wecom-import-attached');
      if (list) {
        var item = document.createElement('span');
        item.className = 'badge bg-green-lt me-1';
        item.textContent = done.dataset.fileName;
        list.appendChild(item);
      }
      done.dataset.attached = 'yes';
      done.classList.add('attached');
    }).catch(function () {
      delete done.dataset.attached;
      done.classList.replace('alert-success', 'alert-danger');
    });
  }

  document.addEventListener('htmx:afterSwap', function (e) {
    var root = e.detail.target || document;
    if (root.matches && root.matches('.wecom-import-done')) attach(root);
    root.querySelectorAll('.wecom-import-done').forEach(attach);
  });

  document.addEventListener('click', function (e) {
    var close = e.target.closest('.wecom-import-close');
    if (close) close.closest('.wecom-import-dialog').innerHTML = '';
  });
})();
