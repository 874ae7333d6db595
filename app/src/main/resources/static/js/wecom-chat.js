// 快速发起企业微信会话: inside WeCom (the JS-SDK configured by the page, wx.config) a click on a bound contact's icon
// opens the chat with that external contact through wx.openEnterpriseChat, as Tencent documents it. In a browser
// the JS-SDK is absent and the icon stays a marker with its tooltip.
document.addEventListener('click', function (e) {
  var link = e.target.closest && e.target.closest('a.wecom-chat[data-external-userid]');
  if (!link) return;
  e.preventDefault();
  if (!window.wx || typeof window.wx.openEnterpriseChat !== 'function') return;
  window.wx.openEnterpriseChat({
    userIds: '',
    externalUserIds: link.getAttribute('data-external-userid'),
    groupName: '',
    chatId: '',
    success: function () {},
    fail: function () {}
  });
});
