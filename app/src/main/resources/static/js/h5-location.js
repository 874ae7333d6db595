// Where the member is, for 附近客户 and 外勤: 企业微信's JS-SDK (wx.getLocation) inside its app, the browser's
// geolocation elsewhere. Forms marked .h5-locate get the coordinates in their latitude/longitude inputs; when the
// member refuses (or neither is there), the status says so and the inputs stay for typing them in.
window.qikeLocate = function (done, failed) {
  if (window.wx && typeof window.wx.getLocation === 'function') {
    window.wx.getLocation({
      type: 'wgs84',
      success: function (res) { done(Number(res.latitude), Number(res.longitude)); },
      fail: function () { failed(); },
      cancel: function () { failed(); }
    });
  } else if (navigator.geolocation) {
    navigator.geolocation.getCurrentPosition(function (p) { done(p.coords.latitude, p.coords.longitude); },
      function () { failed(); }, {enableHighAccuracy: true, timeout: 10000, maximumAge: 60000});
  } else {
    failed();
  }
};

document.addEventListener('DOMContentLoaded', function () {
  Array.prototype.forEach.call(document.querySelectorAll('form.h5-locate'), function (form) {
    var status = form.querySelector('.h5-location-status');
    window.qikeLocate(function (lat, lng) {
      form.querySelector('[name=latitude]').value = lat.toFixed(6);
      form.querySelector('[name=longitude]').value = lng.toFixed(6);
      if (status) status.textContent = '';
      form.setAttribute('data-located', 'true');
      // A list that follows the location (附近客户, the customers offered at a check-in) loads at once.
      if (form.hasAttribute('data-locate-submit')) form.requestSubmit();
      var offer = form.querySelector('[data-offer-nearby]');
      if (offer && window.htmx) window.htmx.trigger(offer, 'located');
    }, function () {
      if (status) status.textContent = status.getAttribute('data-refused');
      form.setAttribute('data-located', 'false');
    });
  });
});

// 外勤: choosing one of the nearest customers offered fills the customer picker with it.
document.addEventListener('click', function (e) {
  var offer = e.target.closest('.checkin-offer');
  if (!offer) return;
  var picker = document.getElementById('customerId-picker');
  picker.querySelector('.picker-value').value = offer.getAttribute('data-id');
  picker.querySelector('.picker-search').value = offer.getAttribute('data-label');
  Array.prototype.forEach.call(document.querySelectorAll('.checkin-offer'), function (b) { b.classList.toggle('active', b === offer); });
});
