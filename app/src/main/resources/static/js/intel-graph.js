// The partnership graph of a run (ECharts). Companies are nodes sized by the amounts of their relations and
// coloured by category (our customers, the companies mined, the companies found through them); relations are
// arrows from supplier to customer. Drawn whenever htmx brings in a .relation-graph.
//
// The layout is computed once with ECharts' force layout, run to its end without animation, and then drawn as a
// fixed layout: ECharts fits a fixed layout into the view, so no node is clipped whatever the force produced, and
// "fit to view" (the toolbox's restore) brings that view back after zooming and dragging. Labels that would
// overlap are hidden (and shown on hover) rather than drawn over each other.
(function () {
  var COLORS = ['#2fb344', '#206bc4', '#9aa0ac'];

  function labelWidth(names) {
    var ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '11px sans-serif';
    return names.reduce(function (w, n) { return Math.max(w, ctx.measureText(n).width); }, 0);
  }

  function forcePositions(chart, nodes, links) {
    chart.setOption({
      animation: false,
      series: [{
        type: 'graph', layout: 'force', symbolSize: 1, label: {show: false},
        force: {repulsion: Math.max(120, 900 / Math.sqrt(nodes.length || 1)), gravity: 0.12, edgeLength: [50, 140],
          layoutAnimation: false, initLayout: 'circular'},
        data: nodes.map(function (n) { return {name: n.name, symbolSize: n.symbolSize}; }),
        links: links.map(function (l) { return {source: l.source, target: l.target}; })
      }]
    }, true);
    var data = chart.getModel().getSeriesByIndex(0).getData();
    return nodes.map(function (n, i) { return data.getItemLayout(i) || [0, 0]; });
  }

  function draw(el) {
    if (el.dataset.drawn || typeof echarts === 'undefined') return;
    el.dataset.drawn = '1';
    var legend = (el.dataset.legend || '||').split('|');
    fetch(el.dataset.graphUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (g) {
        var chart = echarts.init(el, null, {renderer: 'canvas'});
        var at = forcePositions(chart, g.nodes, g.links);
        var side = Math.min(180, labelWidth(g.nodes.map(function (n) { return n.name; })) + 16);
        var e = echarts.format.encodeHTML;
        chart.setOption({
          animationDuration: 300,
          color: COLORS,
          legend: {data: legend, top: 0, left: 0},
          toolbox: {right: 0, top: 0, feature: {restore: {title: el.dataset.reset}}},
          // Tooltips are HTML: company names come from outside, so they are encoded.
          tooltip: {formatter: function (p) {
            return p.dataType === 'edge' ? e(p.data.source) + ' → ' + e(p.data.target) + '<br>' + e(p.data.note || '')
              + (p.data.value == null ? '' : '<br>' + e(String(p.data.value))) : e(p.data.name) + '<br>' + e(String(p.data.value));
          }},
          series: [{
            type: 'graph', layout: 'none', roam: true, draggable: true,
            left: 24, top: 40, bottom: 24, right: side,
            categories: legend.map(function (name, i) { return {name: name, itemStyle: {color: COLORS[i]}}; }),
            label: {show: true, position: 'right', fontSize: 11},
            labelLayout: {hideOverlap: true},
            edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
            edgeLabel: {show: false, fontSize: 10, formatter: function (p) { return p.data.note || ''; }},
            lineStyle: {color: 'source', curveness: 0.12, opacity: 0.6},
            emphasis: {focus: 'adjacency', label: {show: true}, edgeLabel: {show: true}},
            data: g.nodes.map(function (n, i) {
              return {name: n.name, value: n.value, symbolSize: n.symbolSize, category: n.category, customerId: n.customerId,
                x: at[i][0], y: at[i][1], label: n.category === 0 ? {fontWeight: 'bold'} : undefined,
                cursor: n.customerId == null ? 'move' : 'pointer'};
            }),
            links: g.links.map(function (l) {
              return {source: l.source, target: l.target, value: l.value, note: l.label};
            })
          }]
        }, true);
        chart.on('click', function (p) {
          if (p.dataType === 'node' && p.data.customerId != null) window.location.href = el.dataset.customerUrl + p.data.customerId;
        });
        // Marked once drawn (animations finished), so that whoever waits for the graph sees it in its place.
        chart.on('finished', function () {
          el.dataset.ours = g.nodes.filter(function (n) { return n.category === 0; }).length;
          el.dataset.nodes = g.nodes.length;
        });
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  function drawAll(root) {
    (root || document).querySelectorAll('.relation-graph').forEach(draw);
  }

  document.addEventListener('htmx:load', function (e) { drawAll(e.target); });
  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
})();
