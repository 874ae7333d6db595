// Stand-in for Tencent's jweixin-1.2.0.js, served by the Qike sandbox. It keeps the real script's calling
// conventions (wx.config / ready / error, wx.agentConfig with success/fail, wx.invoke with err_msg answers,
// wx.getLocation) and answers from the sandbox's state: the chat open in the "client" and the phone's location.
// Signatures are checked against the sandbox's current tickets, so a wrong one fails as it would in WeCom.
(function () {
  var script = document.currentScript;
  var base = script ? script.src.replace(/\/wecom\/jssdk\/jweixin\.js.*$/, '') : '/sandbox';
  var readyQueue = [], errorQueue = [], configured = null, agentReady = false;

  function post(path, body) {
    return fetch(base + path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
      .then(function (r) { return r.json(); });
  }
  function state() {
    return fetch(base + '/wecom/jssdk/state', {cache: 'no-store'}).then(function (r) { return r.json(); });
  }
  function pageUrl() { return location.href.split('#')[0]; }
  function verify(kind, c) {
    return post('/admin/wecom/jsapi/verify', {kind: kind, noncestr: c.nonceStr, timestamp: String(c.timestamp),
      url: pageUrl(), signature: c.signature}).then(function (r) { return r.valid === true; });
  }
  function call(fn, arg) { if (typeof fn === 'function') fn(arg); }

  var wx = {
    config: function (c) {
      verify('corp', c).then(function (ok) {
        configured = ok;
        var queue = ok ? readyQueue : errorQueue;
        var arg = ok ? undefined : {errMsg: 'config:invalid signature'};
        queue.splice(0).forEach(function (fn) { fn(arg); });
      });
    },
    ready: function (fn) { if (configured === true) fn(); else readyQueue.push(fn); },
    error: function (fn) { if (configured === false) fn({errMsg: 'config:invalid signature'}); else errorQueue.push(fn); },
    agentConfig: function (c) {
      verify('agent', c).then(function (ok) {
        agentReady = ok;
        if (ok) call(c.success, {errMsg: 'agentConfig:ok'});
        else call(c.fail, {errMsg: 'agentConfig:invalid signature'});
      }, function () { call(c.fail, {errMsg: 'agentConfig:fail'}); });
    },
    invoke: function (name, params, cb) {
      if (typeof params === 'function') { cb = params; }
      if (!agentReady) { call(cb, {err_msg: name + ':no permission'}); return; }
      state().then(function (s) {
        if (name === 'getContext') {
          call(cb, {err_msg: 'getContext:ok', entry: s.entry});
        } else if (name === 'getCurExternalContact') {
          if (s.entry === 'single_chat_tools' || s.entry === 'contact_profile') call(cb, {err_msg: 'getCurExternalContact:ok', userId: s.external_userid});
          else call(cb, {err_msg: 'getCurExternalContact:fail'});
        } else {
          call(cb, {err_msg: name + ':not supported by the sandbox'});
        }
      });
    },
    getLocation: function (o) {
      o = o || {};
      state().then(function (s) {
        if (s.location) call(o.success, {errMsg: 'getLocation:ok', latitude: s.location.latitude, longitude: s.location.longitude, speed: 0, accuracy: 30});
        else call(o.fail, {errMsg: 'getLocation:fail'});
      }, function () { call(o.fail, {errMsg: 'getLocation:fail'}); });
    }
  };
  window.wx = window.jWeixin = wx;
})();
