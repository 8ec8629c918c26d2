// Draws the dispatch dashboard's charts from the JSON the page embeds (no inline script: the CSP forbids it).
// Each chart: categories, and series with a unit; amounts and counts are bars, percentages a line on a second axis.
(function () {
  var source = document.getElementById('dispatch-data');
  if (!source || typeof echarts === 'undefined') { return; }
  var charts = JSON.parse(source.textContent);
  var font = { fontFamily: '"Noto Sans CJK SC","Microsoft YaHei",sans-serif' };
  charts.forEach(function (c) {
    var el = document.getElementById('chart-' + c.key);
    if (!el) { return; }
    var units = c.series.map(function (s) { return s.unit; }).filter(function (u, i, all) { return all.indexOf(u) === i; });
    var axes = units.map(function (u, i) { return { type: 'value', name: u, position: i === 0 ? 'left' : 'right', splitLine: { show: i === 0 } }; });
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      textStyle: font,
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 60, top: 40, bottom: 80 },
      xAxis: { type: 'category', data: c.categories, axisLabel: { rotate: c.categories.length > 6 ? 40 : 0, interval: 0 } },
      yAxis: axes,
      series: c.series.map(function (s) {
        return { name: s.name, type: s.unit === '%' && units.length > 1 ? 'line' : 'bar', yAxisIndex: units.indexOf(s.unit), data: s.values };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-rendered', 'true');
  });
})();
