// 聊天工具栏: inside the WeCom client (or the sandbox's stand-in JS-SDK) the page signs itself with the agent's
// ticket (wx.agentConfig), asks which chat it was opened beside (getContext) and, for a one-to-one chat with an
// external contact (getCurExternalContact), loads what Qike knows about that contact.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('sidebar');
  if (!root) return;
  var status = document.getElementById('sidebar-status');
  function say(key, detail) {
    status.textContent = root.getAttribute('data-msg-' + key) + (detail ? ' ' + detail : '');
    status.classList.toggle('text-danger', key !== 'loading');
  }
  if (!window.wx || typeof window.wx.agentConfig !== 'function') { say('no-sdk'); return; }

  function showContact(externalUserId) {
    var url = root.getAttribute('data-chat-url') + '?externalUserId=' + encodeURIComponent(externalUserId);
    window.htmx.ajax('GET', url, {target: '#sidebar-chat', swap: 'innerHTML'}).then(function () { status.textContent = ''; });
  }

  function afterConfig() {
    window.wx.invoke('getContext', {}, function (ctx) {
      if (ctx.err_msg !== 'getContext:ok') { say('failed'); return; }
      if (ctx.entry === 'group_chat_tools') { say('group'); return; }
      if (ctx.entry !== 'single_chat_tools') { say('not-chat'); return; }
      window.wx.invoke('getCurExternalContact', {}, function (res) {
        if (res.err_msg !== 'getCurExternalContact:ok' || !res.userId) { say('failed'); return; }
        showContact(res.userId);
      });
    });
  }

  var page = location.href.split('#')[0];
  fetch(root.getAttribute('data-signature-url') + '?url=' + encodeURIComponent(page),
    {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (r) {
      // A refusal names its reason in the member's language (message, action); anything else gets the plain notice.
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) throw {shown: [body.message, body.action].filter(Boolean).join(' ')};
        return body;
      });
    })
    .then(function (s) {
      window.wx.agentConfig({
        corpid: s.agent.corpId, agentid: String(s.agent.agentId), timestamp: s.agent.timestamp,
        nonceStr: s.agent.nonceStr, signature: s.agent.signature,
        jsApiList: ['getContext', 'getCurExternalContact'],
        success: afterConfig,
        fail: function (res) { say('config-failed'); }
      });
    })
    .catch(function (e) { say('failed', e && e.shown); });
});
