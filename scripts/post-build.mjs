// Trunk post-build hook (also run by `trunk serve`): makes the page work
// under a strict Content-Security-Policy and stamps the service worker.
// 1. Replaces Trunk's inline loader <script> and its preloads with a
//    preload of the app's js glue and wasm at the top of <head> (their
//    download overlaps the HTML) and a loader file, start-<hash>.js, which
//    says why when the app cannot start; nomodule-<hash>.js says it to
//    browsers without module scripts.
// 2. Inlines scripts/route.js and adds the policy as a <meta> tag: no
//    'unsafe-inline'; the one inline script and the inline stylesheet are
//    allowed by their sha256 hashes.
// 3. Writes the build's asset list and a version into sw.js.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');

// The inline <head> script and styles are allowed by their hashes only.
const policy = ({ scripts, styles }) => [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`,
  `style-src 'self' ${styles.join(' ')}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

// The one binary (src/main.rs), hashed by Trunk.
const wasms = readdirSync(dir).filter((name) => /^pingshen-[0-9a-f]+_bg\.wasm$/.test(name));
if (wasms.length !== 1) throw new Error(`expected one pingshen-<hash>_bg.wasm, found ${wasms.join(', ') || 'none'}`);
const wasm = `./${wasms[0]}`;
const glue = wasm.replace(/_bg\.wasm$/, '.js');
const integrity = `sha384-${createHash('sha384').update(readFileSync(join(dir, wasm))).digest('base64')}`;

// Trunk's inline loader cannot run under the policy: drop it and its
// preloads; the loader is a file (the wasm fetch matches the preload: same
// credentials mode, and no integrity on either, so the body streams).
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
html = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
html = html.replace(/\n(?:[ \t]*\n)+/g, '\n'); // the blank lines left by Trunk's links

// What the page says when the app cannot start, in place of the loading
// card (#app): the same words from the loader and from the nomodule file,
// so this is ES5 (old engines must parse it to say they are too old) and
// builds the card from text. The browsers are those that run the binary
// and the policy's 'wasm-unsafe-eval' (README, "Supported browsers").
const LOAD_ERRORS = {
  browser: [
    '此浏览器无法运行本工具',
    '本工具需要较新的浏览器：Chrome 或 Edge 97 及以上，Firefox 102 及以上，Safari 16 及以上（iPhone、iPad 需 iOS 16 及以上），或当前版本的微信、QQ、UC 浏览器。请更新浏览器，或换用以上浏览器打开本页。',
    '在微信或 QQ 中打开的，请点右上角「···」，选择「在浏览器打开」。',
  ],
  network: ['加载失败', '无法下载程序，请检查网络连接，然后刷新页面。'],
  damaged: ['加载失败', '下载的程序不完整或已损坏，请刷新页面重试。'],
  missing: ['加载失败', '服务器没有返回程序（HTTP %s），请稍后刷新页面重试。'],
  error: ['打开失败', '程序启动时出错，请刷新页面重试；仍然不行，请换用最新版的 Chrome、Edge 或 Safari。'],
};
const showLoadError = `var LOAD_ERRORS = ${JSON.stringify(LOAD_ERRORS)};
function showLoadError(reason, kind, detail) {
  var app = document.getElementById('app');
  var lines = LOAD_ERRORS[kind || reason];
  if (!app) return;
  var card = document.createElement('section');
  card.className = 'card';
  card.setAttribute('role', 'alert');
  card.setAttribute('data-testid', 'load-error');
  card.setAttribute('data-reason', reason);
  for (var i = 0; i < lines.length; i++) {
    var line = document.createElement(i ? 'p' : 'h2');
    if (i < 2) line.className = i ? 'card__lead' : 'card__title';
    line.appendChild(document.createTextNode(lines[i].replace('%s', detail)));
    card.appendChild(line);
  }
  while (app.firstChild) app.removeChild(app.firstChild);
  app.appendChild(card);
}`;

// The loader (a module). It tells a browser that cannot run the app (no
// WebAssembly; the engine refuses the module: CompileError, LinkError, or
// Safari's EvalError when the policy's 'wasm-unsafe-eval' is unknown to it;
// the glue does not parse) from a failed download (the fetch fails, the
// body breaks off, or the body is not the one hashed: a second look tells
// which, the network, a damaged download or a missing file) and from a
// crash while starting (RuntimeError).
// The wasm is fetched without `integrity` (so is the preload, which the
// fetch reuses): the glue gets the Response at once and compiles it while
// it downloads (WebAssembly.instantiateStreaming). The build's hash is still
// checked on the way: the body passes through a stream that keeps a copy and,
// at its end, compares its SHA-384 with the build's; a damaged body ends the
// stream with an error, so it is never compiled whole, let alone run. Where
// there is no SubtleCrypto (a page not served over https) or no
// TransformStream, the body goes unchecked; a refused module is then looked
// at again with `integrity` (cache: 'no-store') to tell a damaged download
// from a browser that cannot run it. No syntax newer than the module
// browsers that cannot run the app: they must say so. No comments inside:
// every byte is in the first load.
const start = `// Starts the app (written by scripts/post-build.mjs); says why if it cannot.
${showLoadError}
function Failure(kind, detail) {
  this.kind = kind;
  this.detail = detail;
}
var typed = [];
var pressed = [];
var focused = null;
var staticKey = function (el) { return el && el.getAttribute ? el.getAttribute('data-static-testid') : null; };
var appRoot = document.getElementById('app');
if (appRoot) {
  var note = function (event) { if (staticKey(event.target) && typed.indexOf(event.target) < 0) typed.push(event.target); };
  appRoot.addEventListener('input', note, true);
  appRoot.addEventListener('change', note, true);
  // A button pressed before the app (添加 after a name) is pressed again
  // in the app, once, after the values are in.
  appRoot.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-static-testid]');
    if (button && pressed.indexOf(staticKey(button)) < 0) pressed.push(staticKey(button));
  }, true);
  appRoot.addEventListener('focusin', function (event) { focused = event.target; }, true);
  appRoot.addEventListener('focusout', function (event) {
    var left = event.target;
    setTimeout(function () { if (focused === left && document.documentElement.contains(left)) focused = null; }, 0);
  }, true);
}
function appsOwn(key) { return document.querySelector('#app [data-testid="' + key + '"]'); }
function carryOver() {
  for (var i = 0; i < typed.length; i++) {
    var from = typed[i];
    var to = appsOwn(staticKey(from));
    if (!to) continue;
    if (from.type === 'checkbox' || from.type === 'radio') {
      if (from.checked !== to.checked) to.click();
    } else if (to.value !== from.value) {
      to.value = from.value;
      to.dispatchEvent(new Event('input', { bubbles: true }));
      to.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  for (var j = 0; j < pressed.length; j++) {
    var button = appsOwn(pressed[j]);
    if (button && button.localName === 'button' && !button.disabled) button.click();
  }
  var key = staticKey(focused);
  var target = key && !document.documentElement.contains(focused) && appsOwn(key);
  if (target) {
    target.focus();
    if (typeof target.setSelectionRange === 'function' && typeof target.value === 'string') {
      try { target.setSelectionRange(target.value.length, target.value.length); } catch (error) {}
    }
  }
}
if (typeof WebAssembly !== 'object') {
  showLoadError('browser');
} else {
  var url = ${JSON.stringify(wasm)};
  var integrity = ${JSON.stringify(integrity)};
  var lookAgain = function () {
    return fetch(url, { method: 'HEAD', cache: 'no-store' }).then(function (response) {
      throw response.ok ? new Failure('damaged') : new Failure('missing', response.status);
    }, function () {
      throw new Failure('network');
    });
  };
  var subtle = typeof crypto === 'object' && crypto.subtle;
  var checks = !!subtle && typeof TransformStream === 'function' && typeof Response === 'function';
  var complete = false;
  var verified = false;
  var damaged = false;
  var checked = function (response) {
    if (!response.ok) throw new Failure('missing', response.status);
    if (!checks || !response.body) return response;
    var parts = [];
    var size = 0;
    var check = new TransformStream({
      transform: function (chunk, controller) {
        parts.push(chunk.slice());
        size += chunk.length;
        controller.enqueue(chunk);
      },
      flush: function () {
        complete = true;
        var body = new Uint8Array(size);
        for (var i = 0, at = 0; i < parts.length; at += parts[i].length, i++) body.set(parts[i], at);
        parts = null;
        return subtle.digest('SHA-384', body).then(function (hash) {
          var bytes = new Uint8Array(hash);
          var text = '';
          for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
          verified = 'sha384-' + btoa(text) === integrity;
          if (verified) return;
          damaged = true;
          throw new Failure('damaged');
        });
      }
    });
    return new Response(response.body.pipeThrough(check), { headers: { 'Content-Type': 'application/wasm' } });
  };
  var download = fetch(url).then(checked, lookAgain);
  download.catch(function () {});
  var imported = false;
  var refused = function () {
    return fetch(url, { integrity: integrity, cache: 'no-store' }).then(function () {
      showLoadError('browser');
    }, function () {
      return lookAgain();
    });
  };
  import(${JSON.stringify(glue)}).then(function (glue) {
    imported = true;
    return glue.default({ module_or_path: download });
  }).then(function () {
    try { carryOver(); } catch (error) { console.warn('pingshen: what was typed before the app started was not carried over:', error); }
  }).catch(function (error) {
    console.warn('pingshen: the app did not start:', error);
    var name = error && error.name;
    if (error instanceof Failure) throw error;
    if (!imported) return showLoadError(error instanceof SyntaxError ? 'browser' : 'network');
    if (damaged) throw new Failure('damaged');
    if (/^(CompileError|LinkError|EvalError)$/.test(name)) return verified ? showLoadError('browser') : refused();
    if (checks && !complete && name !== 'RuntimeError') return lookAgain();
    showLoadError('error');
  }).catch(function (failure) {
    if (failure instanceof Failure) showLoadError('network', failure.kind, failure.detail);
    else showLoadError('error');
  });
}
`;
const startName = `start-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, startName), start);

// For browsers without module scripts (which never run the loader): the
// same message. A same-origin file, so the policy's 'self' allows it;
// module browsers skip it (nomodule) and never download it, so it is not
// precached either. Deferred: it runs once #app is parsed.
const nomodule = `// Written by scripts/post-build.mjs: this browser runs no module scripts, so not the app.
(function () {
${showLoadError}
if (document.getElementById('app')) showLoadError('browser');
else window.onload = function () { showLoadError('browser'); };
})();
`;
const nomoduleName = `nomodule-${createHash('sha256').update(nomodule).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, nomoduleName), nomodule);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');

// A script of this folder to inline in the page, its whole-line comments
// left out: every byte of it is in every page's first load.
const inlined = (name) =>
  readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');

// The first screens of five pages (four empty states and the calculator's), captured from the app by
// scripts/capture-static.mjs: shown (by CSS, when scripts/route.js finds
// nothing stored) before the wasm arrives; the app replaces them. Before the
// loading card, which they stand in for. What is typed into them is carried
// over by the loader (carryOver above).
const firstAnswers = readFileSync(new URL('../static/first-answers.html', import.meta.url), 'utf8').replace(/^<!--[^]*?-->\n/, '');
if (!html.includes('<section class="card loading-card">')) throw new Error('index.html lacks the loading card');
// The calculator's answer for the address's posting day is drawn into its
// screen by an inline script right after it, before the first paint of it,
// from the rules' table (scripts/static-calculator.js).
const table = JSON.stringify(JSON.parse(readFileSync(new URL('../static/publicity-ends.json', import.meta.url), 'utf8')));
const drawCalculator = inlined('./static-calculator.js').replace('__TABLE__', () => table);
if (drawCalculator.includes('__TABLE__')) throw new Error('static-calculator.js: the table is not in it');
html = html.replace('<section class="card loading-card">', () => `${firstAnswers}<script>${drawCalculator}</script>\n<section class="card loading-card">`);

// The route script runs in <head> before the body is parsed (it names the
// page on <html>); the stylesheet is inlined by Trunk (rel="inline"), so the
// first paint waits for nothing but this document. The preloads come right
// after the policy (a <meta> policy covers only what follows it); the loader
// is a module script, so it runs once the document is parsed; so does the
// nomodule one (defer).
// The timeline's answers before the app (scripts/route.js fetches them on a
// first visit to 时间安排 only): a file named by its hash, not precached.
const timelineAnswers = readFileSync(new URL('../static/timeline-answers.json', import.meta.url));
const timelineName = `timeline-answers-${createHash('sha256').update(timelineAnswers).digest('hex').slice(0, 16)}.json`;
writeFileSync(join(dir, timelineName), timelineAnswers);
const route = inlined('./route.js').replace('__TIMELINE_ANSWERS__', () => timelineName);
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1]));
if (styles.length === 0) throw new Error('the stylesheet is not inlined (rel="inline")');
const CSP = policy({ scripts: [cspHash(route), cspHash(drawCalculator)], styles });
const head = [
  `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
  `<script>${route}</script>`,
  `<link rel="modulepreload" href="${glue}">`,
  `<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin="anonymous">`,
  `<script type="module" src="./${startName}"></script>`,
  `<script nomodule defer src="./${nomoduleName}"></script>`,
];
html = html.replace('<meta charset="utf-8">', () => ['<meta charset="utf-8">', ...head].join('\n  '));
writeFileSync(htmlPath, html);

// Precached: what the app needs to run offline, and the manifest icon Chrome
// fetches on every visit (icon-192.png, for its install check). The other
// manifest icons are only for installing on some screens: cached when asked
// for, not at install, so a first visit does not download them.
const files = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isFile() && name !== 'sw.js' && name !== 'index.html')
  .sort();
const isIcon = (name) => /^icon-.*\.png$/.test(name) && name !== 'icon-192.png';
const assets = files.filter((name) => !isIcon(name) && name !== nomoduleName && name !== timelineName).map((name) => `./${name}`);
const later = files.filter(isIcon).map((name) => `./${name}`);
const version = createHash('sha256').update(html).update(files.join('\n')).digest('hex').slice(0, 12);
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__ASSETS__', JSON.stringify(assets))
  .replace('__LATER__', JSON.stringify(later));
writeFileSync(swPath, sw);
console.log(`post-build: CSP set, ${wasm} preloaded, loader ${startName}, ${nomoduleName} for old browsers, sw.js version ${version}: ${assets.length} assets precached, ${later.length} when asked for`);
