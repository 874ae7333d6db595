// 销售漏斗: the funnel chart drawn from the table the page carries (#funnel-table), which gives screen readers the same
// figures: each stage's width is how many opportunities reached it, its label the conversion rate.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-submit-on-change]').forEach(function (s) {
    s.addEventListener('change', function () { s.form.submit(); });
  });
  var rows = Array.prototype.slice.call(document.querySelectorAll('#funnel-table .funnel-step'));
  var chart = document.getElementById('chart-funnel');
  if (!chart || typeof echarts === 'undefined') return;
  echarts.init(chart).setOption({
    tooltip: { trigger: 'item' },
    series: [{
      type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '10%',
      label: { show: true, position: 'inside', formatter: function (p) { return p.name + ' ' + p.value + ' · ' + p.data.rate; } },
      data: rows.map(function (r) {
        return { name: r.dataset.stage, value: Number(r.dataset.reached), rate: r.querySelector('.funnel-conversion').textContent };
      })
    }]
  });
});
