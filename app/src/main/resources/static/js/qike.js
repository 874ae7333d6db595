// CSRF header on every htmx request, and confirmation before destructive actions.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (e) {
    if (token && header && token.content) e.detail.headers[header.content] = token.content;
  });
  document.body.addEventListener('submit', function (e) {
    var message = e.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) e.preventDefault();
  }, true);
});

// 合并客户: each field's choice follows the customer kept, until the user picks a value in that row.
document.addEventListener('change', function (e) {
  var input = e.target;
  if (!input.form || input.form.id !== 'merge-form' || input.type !== 'radio') return;
  if (input.name !== 'survivorId') {
    input.closest('tr').setAttribute('data-chosen', 'true');
    return;
  }
  input.form.querySelectorAll('tr.merge-field:not([data-chosen])').forEach(function (row) {
    var kept = row.querySelector('input[value="' + input.value + '"]');
    if (kept) kept.checked = true;
  });
});
