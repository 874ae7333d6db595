// 会话留存: the copy buttons put the public key or the trusted IPs on the clipboard and say so.
document.addEventListener('click', function (e) {
  var button = e.target.closest('[data-copy]');
  if (!button) return;
  var source = document.querySelector(button.getAttribute('data-copy'));
  if (!source) return;
  var text = source.value !== undefined ? source.value : source.textContent;
  function done() {
    button.textContent = button.getAttribute('data-copied');
    button.classList.add('copied');
  }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, function () { source.select(); document.execCommand('copy'); done(); });
  } else {
    source.select();
    document.execCommand('copy');
    done();
  }
});
