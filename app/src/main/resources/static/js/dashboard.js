// 首页 charts: customers by level and new customers by month, drawn from the lists the page carries
// (#level-slices, #month-bars), which also give screen readers the same figures.
document.addEventListener('DOMContentLoaded', function () {
  function items(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  var levels = items('#level-slices li').map(function (li) {
    return { name: li.textContent, value: Number(li.dataset.count), itemStyle: { color: li.dataset.color } };
  });
  var months = items('#month-bars li');
  echarts.init(document.getElementById('chart-level')).setOption({
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['40%', '70%'], data: levels }]
  });
  echarts.init(document.getElementById('chart-month')).setOption({
    tooltip: {},
    xAxis: { type: 'category', data: months.map(function (li) { return li.textContent; }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: months.map(function (li) { return Number(li.dataset.count); }), itemStyle: { color: '#206bc4' } }]
  });
});
