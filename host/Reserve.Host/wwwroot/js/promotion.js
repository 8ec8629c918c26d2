// Draws the 招商引资 and 审批服务 charts from the JSON their pages embed (no inline script: the CSP forbids it).
// Each chart is { title, unit, categories, series: [{ name, values }] } as the modules compute it.
(function () {
  if (typeof echarts === 'undefined') { return; }
  var font = { fontFamily: '"Noto Sans CJK SC","Microsoft YaHei",sans-serif' };
  function read(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
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
  function bars(id, data, stacked) {
    draw(id, {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', name: data.unit },
      series: data.series.map(function (s) { return { type: 'bar', name: s.name, stack: stacked ? 'all' : undefined, data: s.values }; })
    });
  }
  var promotion = read('promotion-data');
  if (promotion) {
    bars('chart-promotion-rates', promotion.rates, false);
    var funds = promotion.funds;
    // The rate series (%) goes on its own axis beside the amounts (万元).
    draw('chart-promotion-funds', {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 70, right: 50, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: funds.categories },
      yAxis: [{ type: 'value', name: '万元' }, { type: 'value', name: '%' }],
      series: funds.series.map(function (s) {
        var rate = s.name.indexOf('率') >= 0;
        return { type: rate ? 'line' : 'bar', name: s.name, yAxisIndex: rate ? 1 : 0, data: s.values };
      })
    });
  }
  var approvals = read('approvals-data');
  if (approvals) {
    bars('chart-approval-states', approvals.states, true);
    bars('chart-approval-commitments', approvals.commitments, true);
  }
})();
