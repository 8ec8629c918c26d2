// Pages that show background work poll its progress; everything else works without script.
document.querySelectorAll('[data-job]').forEach(function (el) {
  var id = el.getAttribute('data-job');
  function tick() {
    fetch('/api/jobs/' + id, { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        var bar = el.querySelector('.progress > div');
        var text = el.querySelector('.job-text');
        var pct = job.total > 0 ? Math.round(job.done * 100 / job.total) : 0;
        if (bar) { bar.style.width = pct + '%'; }
        if (text) { text.textContent = job.stateName + (job.total > 0 ? '（' + job.done + ' / ' + job.total + '）' : '') + (job.message ? '：' + job.message : '') + (job.error ? '：' + job.error : ''); }
        if (job.state === 'Queued' || job.state === 'Running') { setTimeout(tick, 1000); }
        else if (job.resultFileName) {
          var link = el.querySelector('.job-file');
          if (link) { link.href = '/api/jobs/' + id + '/file'; link.textContent = '下载 ' + job.resultFileName; link.hidden = false; }
        }
      });
  }
  tick();
});

// Collapsed reasons are part of what a reviewer prints: open every <details> for the printout, close them after.
// Chromium fires the pair again around a PDF export, so what was opened is kept until the matching afterprint.
(function () {
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();

// On a phone a project's channels start folded to their name, answer and reason (the page would be tens of thousands
// of pixels long otherwise); a tap opens one. A desk, or a phone without script, shows the 符合 channels open.
if (window.matchMedia('(max-width: 760px)').matches) {
  document.querySelectorAll('details.match[open]').forEach(function (d) { d.open = false; });
}

// The project page links a missing fact to its field (?focus=…#input-…; the browser focuses the fragment's input):
// put the cursor in it here too, for a browser that does not, and bring the whole marked field into view.
(function () {
  var marked = document.querySelector('.field-focus');
  if (marked) {
    var input = marked.querySelector('input:not([disabled]), select, textarea');
    if (input) { input.focus({ preventScroll: true }); }
    marked.scrollIntoView({ block: 'center' });
  }
})();
