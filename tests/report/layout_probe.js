// layout_probe.js — injected by test_report.sh into a copy of report.html
// (the report itself runs no script): measures the page and lists every
// block whose content is wider than its box, then appends the result as
// <pre id="rg-probe"> for --dump-dom to carry out.
window.addEventListener('load', function () {
  var bad = [];
  document.querySelectorAll('td, th, pre, summary, h1, h2, h3, p, li').forEach(function (e) {
    if (e.scrollWidth > e.clientWidth + 1)
      bad.push(e.tagName + ' ' + (e.textContent || '').slice(0, 60).replace(/\s+/g, ' ') +
               ' (' + e.scrollWidth + ' > ' + e.clientWidth + ')');
  });
  // a lock that blocks nothing must not wear the error colour
  var mismatched = 0;
  document.querySelectorAll('table.steps tr[id^="step-"]').forEach(function (tr) {
    var cell = tr.children[3], badges = cell ? cell.querySelectorAll('.b') : [];
    if (badges.length > 1 && badges[1].textContent === 'nothing' && badges[0].classList.contains('b-error'))
      mismatched++;
  });
  var out = document.createElement('pre');
  out.id = 'rg-probe';
  out.textContent = 'height=' + document.documentElement.scrollHeight + '\nwidth=' +
    document.documentElement.scrollWidth + '\nviewport=' + window.innerWidth + '\noverflow=' + bad.length +
    '\nmismatched=' + mismatched + '\n' + bad.slice(0, 10).join('\n');
  document.body.appendChild(out);
});
