// Trunk post-build hook (also run by `trunk serve`): makes the page work
// under a strict Content-Security-Policy and stamps the service worker.
// 1. Replaces Trunk's inline loader <script> and its preloads with a
//    preload of the app's js glue and wasm at the top of <head> (their
//    download overlaps the HTML) and a loader file, start-<hash>.js.
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
// credentials mode and integrity). A failure to load says so in the shell.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
html = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
html = html.replace(/\n(?:[ \t]*\n)+/g, '\n'); // the blank lines left by Trunk's links
const start = `// Starts the app (written by scripts/post-build.mjs).
const fail = () => {
  const status = document.querySelector('#app [role="status"]');
  if (status) status.textContent = '加载失败，请检查网络后刷新页面。';
};
const wasm = fetch(${JSON.stringify(wasm)}, { integrity: ${JSON.stringify(integrity)} });
import(${JSON.stringify(glue)}).then((glue) => glue.default({ module_or_path: wasm })).catch(fail);
`;
const startName = `start-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, startName), start);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');

// The route script runs in <head> before the body is parsed (it names the
// page on <html>); the stylesheet is inlined by Trunk (rel="inline"), so the
// first paint waits for nothing but this document. The preloads come right
// after the policy (a <meta> policy covers only what follows it); the loader
// is a module script, so it runs once the document is parsed.
const route = readFileSync(new URL('./route.js', import.meta.url), 'utf8');
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1]));
if (styles.length === 0) throw new Error('the stylesheet is not inlined (rel="inline")');
const CSP = policy({ scripts: [cspHash(route)], styles });
const head = [
  `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
  `<script>${route}</script>`,
  `<link rel="modulepreload" href="${glue}">`,
  `<link rel="preload" href="${wasm}" as="fetch" type="application/wasm" crossorigin="anonymous" integrity="${integrity}">`,
  `<script type="module" src="./${startName}"></script>`,
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
const assets = files.filter((name) => !isIcon(name)).map((name) => `./${name}`);
const later = files.filter(isIcon).map((name) => `./${name}`);
const version = createHash('sha256').update(html).update(files.join('\n')).digest('hex').slice(0, 12);
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__ASSETS__', JSON.stringify(assets))
  .replace('__LATER__', JSON.stringify(later));
writeFileSync(swPath, sw);
console.log(`post-build: CSP set, ${wasm} preloaded, loader ${startName}, sw.js version ${version}: ${assets.length} assets precached, ${later.length} when asked for`);
