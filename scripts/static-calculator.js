// Inlined by scripts/post-build.mjs right after the static first screens
// (its hash is in the CSP). A visit to 公示计算 with a posting day in the
// address (?posted=YYYY-MM-DD, the link people share) and nothing stored
// that changes the answer (scripts/route.js: data-official-only): the
// answer is drawn at once into the captured first screen
// (static/first-answers.html), before the wasm arrives (issue 22). The
// dates are never worked out here: TABLE is the rules' answer for every
// posting day whose publicity rests only on official holiday data
// (static/publicity-ends.json, written by examples/publicity_table.rs and
// checked day by day against the rules by tests/static_table.rs). Any other
// address (another number of days, a date the table does not answer, an
// end date) and the app alone answers; the loading card stays.
// tests/e2e/static-answer.test.mjs checks the app then says the same, in
// the same boxes.
(function () {
  var root = document.documentElement;
  var block = document.querySelector('[data-static="calculator"]');
  if (!block || !root.hasAttribute('data-official-only')) return;
  var TABLE = __TABLE__;
  var DAY = 86400000;
  var query = new URLSearchParams(location.search);
  var found = function (id) { return block.querySelector('[data-static-testid="' + id + '"]'); };
  var iso = function (time) { return new Date(time).toISOString().slice(0, 10); };
  var monthDay = function (time) {
    var date = new Date(time);
    return date.getUTCMonth() + 1 + '月' + date.getUTCDate() + '日';
  };
  var long = function (time) {
    var date = new Date(time);
    return date.getUTCFullYear() + '年' + monthDay(time) + '（周' + '日一二三四五六'.charAt(date.getUTCDay()) + '）';
  };
  var setDate = function (id, time) {
    var el = found(id);
    el.textContent = long(time);
    el.setAttribute('datetime', iso(time));
  };
  // The table's answer for `posted` (text), or null.
  var answer = function (posted) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(posted)) return null;
    var time = Date.UTC(+posted.slice(0, 4), +posted.slice(5, 7) - 1, +posted.slice(8, 10));
    if (iso(time) !== posted) return null; // 2023-02-30 and the like
    var index = (time - Date.parse(TABLE.from + 'T00:00:00Z')) / DAY;
    var first = TABLE.first.charCodeAt(index) - 97;
    var end = TABLE.end.charCodeAt(index) - 97;
    if (!(index >= 0 && index < TABLE.end.length) || first < 0 || end < 0) return null;
    return { posted: time, first: time + first * DAY, end: time + end * DAY, span: end };
  };
  var draw = function (period) {
    setDate('publicity-end', period.end);
    setDate('publicity-posted', period.posted);
    setDate('publicity-start', period.first);
    found('publicity-summary').textContent = '自 ' + monthDay(period.first) + ' 起算，共 ' + TABLE.days + ' 个工作日，至 ' + monthDay(period.end) + ' 结束，跨 ' + period.span + ' 个自然日。';
  };
  var days = query.getAll('days');
  var posted = query.getAll('posted');
  var first = posted.length === 1 && !query.has('end_by') && (days.length === 0 || (days.length === 1 && days[0] === String(TABLE.days))) && answer(posted[0]);
  if (!first) return;
  draw(first);
  found('date-input').value = posted[0];
  found('days-input').value = String(TABLE.days);
  found('mode-forward').checked = true;
  // Today in China (UTC+8), as the app says it.
  var today = Math.floor((Date.now() + 8 * 3600000) / DAY) * DAY;
  setDate('today-date', today);
  // Typed before the app takes over (the loader carries it over): a posting
  // day the table answers is answered; anything else leaves the answer to
  // the app, never a stale one beside a changed question.
  var result = block.querySelector('section.result');
  var changed = function () {
    var now = found('mode-forward').checked && found('days-input').value === String(TABLE.days) && answer(found('date-input').value);
    if (now) draw(now);
    result.hidden = !now;
  };
  block.addEventListener('input', changed);
  block.addEventListener('change', changed);
  // 今天 sets today's date, as in the app (and is carried over with it).
  found('date-input').parentNode.querySelector('button').addEventListener('click', function () {
    found('date-input').value = iso(today);
    changed();
  });
  root.setAttribute('data-static-calculator', '');
})();
