// Draws the dashboard's charts from the JSON the page embeds (no inline script: the CSP forbids it).
(function () {
  var source = document.getElementById('dashboard-data');
  if (!source || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(source.textContent);
  var wan = function (v) { return Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + ' 万元'; };
  var font = { fontFamily: '"Noto Sans CJK SC","Microsoft YaHei",sans-serif' };
  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    option.textStyle = font;
    option.animation = false;
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-rendered', 'true');
  }
  draw('chart-channel-investment', {
    tooltip: { trigger: 'axis', valueFormatter: wan },
    grid: { left: 200, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', name: '万元' },
    yAxis: { type: 'category', inverse: true, data: data.channels.map(function (c) { return c.name; }) },
    series: [{ type: 'bar', name: '符合条件项目总投资', data: data.channels.map(function (c) { return c.eligibleInvestment; }), itemStyle: { color: '#1d4ed8' } }]
  });
  draw('chart-channel-eligible', {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 200, right: 30, top: 30, bottom: 30 },
    xAxis: { type: 'value', name: '个' },
    yAxis: { type: 'category', inverse: true, data: data.channels.map(function (c) { return c.name; }) },
    series: [
      { type: 'bar', stack: 'v', name: '符合', data: data.channels.map(function (c) { return c.eligible; }), itemStyle: { color: '#18794e' } },
      { type: 'bar', stack: 'v', name: '待补充信息', data: data.channels.map(function (c) { return c.needsInformation; }), itemStyle: { color: '#f79009' } },
      { type: 'bar', stack: 'v', name: '不符合', data: data.channels.map(function (c) { return c.ineligible; }), itemStyle: { color: '#d92d20' } }
    ]
  });
  draw('chart-field', {
    tooltip: { trigger: 'item', valueFormatter: wan },
    series: [{ type: 'pie', radius: ['35%', '70%'], data: data.fields.map(function (f) { return { name: f.name, value: f.investment }; }) }]
  });
  draw('chart-submissions', {
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    series: [{ type: 'pie', radius: ['35%', '70%'], top: 30, data: data.submissions }]
  });
})();
