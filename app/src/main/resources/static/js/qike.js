// CSRF header on every htmx request, and confirmation before destructive actions.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (e) {
    if (token && header && token.content) e.detail.headers[header.content] = token.content;
  });
  // The lists that search as you type leave out empty filters, so the address kept for sharing stays short.
  document.body.addEventListener('htmx:configRequest', function (e) {
    if (!e.detail.elt.hasAttribute('data-drop-empty')) return;
    var data = e.detail.formData, empty = [];
    data.forEach(function (v, k) { if (v === '') empty.push(k); });
    empty.forEach(function (k) { data.delete(k); });
  });
  document.body.addEventListener('submit', function (e) {
    var message = e.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) e.preventDefault();
  }, true);
});

// The customer picker (customers/picker.html): typing offers customers, a click or Enter on one chooses it,
// the arrow keys move between the input and the choices, Escape closes them. Typing again forgets the choice,
// so a half-typed name is never saved as a customer.
document.addEventListener('DOMContentLoaded', function () {
  function pickerOf(el) { return el.closest('.customer-picker'); }
  function choices(picker) { return Array.prototype.slice.call(picker.querySelectorAll('.picker-choice')); }
  function close(picker) {
    picker.querySelector('.picker-choices').innerHTML = '';
    picker.querySelector('.picker-search').setAttribute('aria-expanded', 'false');
  }
  document.body.addEventListener('htmx:afterSwap', function (e) {
    var picker = pickerOf(e.target);
    if (picker) picker.querySelector('.picker-search').setAttribute('aria-expanded', 'true');
  });
  document.body.addEventListener('input', function (e) {
    if (!e.target.classList.contains('picker-search')) return;
    var value = pickerOf(e.target).querySelector('.picker-value');
    if (value.value) { value.value = ''; value.dispatchEvent(new Event('change', {bubbles: true})); }
  });
  document.body.addEventListener('click', function (e) {
    var choice = e.target.closest('.picker-choice');
    if (!choice) return;
    var picker = pickerOf(choice);
    var value = picker.querySelector('.picker-value');
    var search = picker.querySelector('.picker-search');
    value.value = choice.getAttribute('data-id');
    search.value = choice.getAttribute('data-label');
    close(picker);
    value.dispatchEvent(new Event('change', {bubbles: true}));
    search.focus();
  });
  document.body.addEventListener('keydown', function (e) {
    var picker = pickerOf(e.target);
    if (!picker) return;
    var list = choices(picker);
    var search = picker.querySelector('.picker-search');
    var at = list.indexOf(e.target);
    if (e.key === 'Escape') { close(picker); search.focus(); e.preventDefault(); }
    else if (e.key === 'ArrowDown' && list.length) { list[Math.min(at + 1, list.length - 1)].focus(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && at >= 0) { (at === 0 ? search : list[at - 1]).focus(); e.preventDefault(); }
    else if (e.key === 'Enter' && e.target === search && list.length) { list[0].click(); e.preventDefault(); }
  });
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

// Behaviour that would otherwise sit in on… attributes, which the Content-Security-Policy does not run:
// a tab marks itself active when clicked; a header checkbox ticks every row it names.
document.addEventListener('click', function (e) {
  var tab = e.target.closest('[data-activate-on-click]');
  if (tab) tab.classList.add('active');
});
document.addEventListener('change', function (e) {
  var all = e.target.closest('[data-check-all]');
  if (!all) return;
  document.querySelectorAll(all.getAttribute('data-check-all')).forEach(function (box) { box.checked = all.checked; });
});

// 工商查询 asks the registry once at least data-min-length characters are typed (the field's hx-trigger is long-enough).
['input', 'keyup'].forEach(function (type) {
  document.addEventListener(type, function (e) {
    var field = e.target;
    if (!field.hasAttribute || !field.hasAttribute('data-min-length')) return;
    if (field.value.trim().length >= Number(field.getAttribute('data-min-length'))) htmx.trigger(field, 'long-enough');
  });
});
