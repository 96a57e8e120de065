// Inlined into <head> by scripts/post-build.mjs (its hash is in the CSP):
// marks <html data-page="…"> before the body is parsed, so the static shell
// shows this page's introduction at first paint (the app sets it again on
// every page it switches to). Same rule as `Page::from_query`
// (crates/pingshen/src/domain/pages.rs); tests/routes.txt is checked against both. After the first
// paint it adds the service-worker registration and the manifest, so the
// shell's paint never waits on them. The app itself is preloaded from
// <head> and started by its loader (see scripts/post-build.mjs).
(function () {
  var query = new URLSearchParams(location.search);
  var pages = query.getAll('page');
  var page = 'calculator';
  if (query.has('unit') || pages.indexOf('timeline') >= 0) {
    page = 'timeline';
  } else {
    ['eligibility', 'workspace', 'documents', 'years'].some(function (name) {
      if (pages.indexOf(name) < 0) return false;
      page = name;
      return true;
    });
  }
  var root = document.documentElement;
  root.setAttribute('data-page', page);
  // Nothing stored, no round or day named, no link being received: the
  // page's empty state (static/first-answers.html, in the page) is the
  // app's first screen, shown until the app takes over (issue 22). Anything
  // stored (the document, a backup, an old version's key) and the app
  // alone shows the page: a returning unit never sees an empty list first.
  var nothingNamed = !query.has('round') && !query.has('today') && !/^#h/.test(location.hash || '');
  var empty = nothingNamed;
  // 公示计算's answer to a link rests on the link and the holiday data: a
  // stored document changes it only by the user's own holiday years or
  // notices. A document of this version without them (a returning visitor's
  // last calculation, a unit's list), and nothing else stored, and the
  // official rules answer: scripts/static-calculator.js may draw it.
  var officialOnly = nothingNamed && page === 'calculator';
  try {
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (!/^pingshen/.test(key)) continue;
      empty = false;
      if (key !== 'pingshen') officialOnly = false;
    }
    if (officialOnly && !empty) {
      var stored = localStorage.getItem('pingshen') || '';
      officialOnly = stored.slice(0, 11) === '{"schema":2' && !/"(holidays|profiles)"/.test(stored);
    }
  } catch (error) {
    empty = officialOnly = false; // storage refused: say nothing the app may contradict
  }
  if (empty) root.setAttribute('data-empty', '');
  if (officialOnly) root.setAttribute('data-official-only', '');

  if (typeof requestAnimationFrame !== 'function') return; // not a browser (tests)
  if (empty && page === 'timeline') timelineAnswer(query);
  var loaded = false;
  function load() {
    if (loaded) return;
    loaded = true;
    var register = document.createElement('script');
    register.src = './register-sw.js';
    // The manifest too: Chrome fetches it and its icons at once, and they
    // would compete with the first paint.
    var manifest = document.createElement('link');
    manifest.rel = 'manifest';
    manifest.href = './manifest.webmanifest';
    document.head.append(register, manifest);
  }
  // Wait for the first contentful paint (the page's introduction). Without
  // paint timing, two frames; a hidden tab does not paint, so it loads at
  // once, and the timeout is the backstop.
  if (document.visibilityState === 'hidden') {
    load();
  } else if (typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0) {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      load();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(function () {
      requestAnimationFrame(load);
    });
  }
  setTimeout(load, 500);

  // 时间安排 on a first visit (nothing stored) for a provincial unit or a
  // city bureau: the app's answer for today, captured by
  // scripts/capture-static.mjs for each round, unit and whether the latest
  // posting day has passed, with the rules' table saying which is today's
  // (static/timeline-answers.json, from the capture day's round to the end
  // of 2028; tests/static_table.rs checks every day against the rules). Fetched only here, never precached:
  // once the app is there it answers. Shown only while the loading card is
  // (the app has not taken over); a seal or city date in the address, a
  // 市内单位 or a day outside the table, and the app alone answers.
  function timelineAnswer(query) {
    var unit = query.has('unit') ? query.get('unit') : 'provincial';
    if (typeof fetch !== 'function' || query.getAll('unit').length > 1 || !/^(provincial|city)$/.test(unit) || query.has('seal') || query.has('city_deadline')) return;
    var day = 86400000;
    var today = Math.floor((Date.now() + 8 * 3600000) / day) * day;
    fetch('./__TIMELINE_ANSWERS__').then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (table) {
      var code = table ? table[unit].charCodeAt((today - Date.parse(table.from + 'T00:00:00Z')) / day) - 97 : NaN;
      var html = code >= 0 && table.answers[table.rounds[code >> 1] + '-' + unit + '-' + (code & 1)];
      if (!html) return;
      var show = function () {
        var loading = document.querySelector('#app > .loading-card');
        if (!loading || root.hasAttribute('data-static-timeline')) return;
        loading.insertAdjacentHTML('beforebegin', html);
        var block = document.querySelector('[data-static="timeline"]');
        block.querySelector('[data-static-testid="unit-' + unit + '"]').checked = true;
        // Another unit picked before the app: its answer is the app's.
        block.addEventListener('change', function () {
          block.querySelector('[data-static-testid="plan"]').hidden = true;
        });
        root.setAttribute('data-static-timeline', '');
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
      else show();
    }).catch(function () {}); // offline or refused: the app answers
  }
})();
