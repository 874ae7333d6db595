// The partnership graph of a run (ECharts): companies as nodes sized by the amounts of their relations,
// relations as edges labelled with source and date. Drawn whenever htmx brings in a .relation-graph.
(function () {
  function draw(el) {
    if (el.dataset.drawn || typeof echarts === 'undefined') return;
    el.dataset.drawn = '1';
    fetch(el.dataset.graphUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (g) {
        var chart = echarts.init(el, null, {renderer: 'canvas'});
        chart.setOption({
          // Tooltips are HTML: company names come from outside, so they are encoded.
          tooltip: {formatter: function (p) {
            var e = echarts.format.encodeHTML;
            return p.dataType === 'edge' ? e(p.data.source) + ' → ' + e(p.data.target) + '<br>' + e(p.data.label.formatter || '')
              + (p.data.value == null ? '' : '<br>' + e(String(p.data.value))) : e(p.data.name) + '<br>' + e(String(p.data.value));
          }},
          animationDuration: 300,
          series: [{
            type: 'graph', layout: 'force', roam: true, draggable: true,
            force: {repulsion: 220, edgeLength: [60, 160]},
            label: {show: true, position: 'right', fontSize: 11},
            edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
            edgeLabel: {show: true, fontSize: 10, formatter: function (p) { return p.data.label.formatter; }},
            lineStyle: {color: 'source', curveness: 0.15, opacity: 0.7},
            emphasis: {focus: 'adjacency'},
            data: g.nodes.map(function (n) { return {name: n.name, value: n.value, symbolSize: n.symbolSize}; }),
            links: g.links.map(function (l) {
              return {source: l.source, target: l.target, value: l.value, label: {show: true, formatter: l.label}};
            })
          }]
        });
        el.dataset.nodes = g.nodes.length;
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  function drawAll(root) {
    (root || document).querySelectorAll('.relation-graph').forEach(draw);
  }

  document.addEventListener('htmx:load', function (e) { drawAll(e.target); });
  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
})();
