// Trunk post-build hook (also run by `trunk serve`): makes the page work
// under a strict Content-Security-Policy and stamps the service worker.
// 1. Replaces Trunk's inline loader <script> with a boot script file that
//    loads the page's own binary, and hashes the per-page binaries.
// 2. Inlines scripts/route.js and adds the policy as a <meta> tag: no
//    'unsafe-inline'; the one inline script and the inline stylesheet are
//    allowed by their sha256 hashes.
// 3. Writes the build's asset list and a version into sw.js.
import { readFileSync, writeFileSync, readdirSync, renameSync, statSync } from 'node:fs';
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

// Each page's binary: Trunk's "main" app (the calculator, hashed by Trunk)
// and the "worker"-type ones it leaves unhashed and unloaded; hash those here
// so the service worker may cache every asset forever.
const PAGE_NAMES = ['calculator', 'timeline', 'eligibility', 'workspace', 'documents', 'years'];
const pages = {};
for (const page of PAGE_NAMES) {
  const hashed = readdirSync(dir).find((name) => new RegExp(`^${page}-[0-9a-f]+_bg\\.wasm$`).test(name));
  let base = hashed?.slice(0, -'_bg.wasm'.length);
  if (!base) {
    const wasm = readFileSync(join(dir, `${page}_bg.wasm`));
    const js = readFileSync(join(dir, `${page}.js`));
    base = `${page}-${createHash('sha256').update(wasm).update(js).digest('hex').slice(0, 16)}`;
    renameSync(join(dir, `${page}_bg.wasm`), join(dir, `${base}_bg.wasm`));
    renameSync(join(dir, `${page}.js`), join(dir, `${base}.js`));
  }
  const wasm = readFileSync(join(dir, `${base}_bg.wasm`));
  pages[page] = {
    js: `./${base}.js`,
    wasm: `./${base}_bg.wasm`,
    integrity: `sha384-${createHash('sha384').update(wasm).digest('base64')}`,
  };
}

// Trunk's loader and preloads are for the calculator only: drop them; the
// boot script loads the binary of the page the address asks for (the route
// script below adds it after the first paint).
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
html = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
html = html.replace(/\n(?:[ \t]*\n)+/g, '\n'); // the blank lines left by Trunk's links
const template = readFileSync(new URL('./boot.js', import.meta.url), 'utf8');
if (!template.includes('/* PAGES */ {}')) throw new Error('scripts/boot.js lost its PAGES placeholder');
const boot = template.replace('/* PAGES */ {}', JSON.stringify(pages));
const bootName = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, bootName), boot);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');

// The route script runs in <head> before the body is parsed (it names the
// page on <html>); the stylesheet is inlined by Trunk (rel="inline"), so the
// first paint waits for nothing but this document.
const route = readFileSync(new URL('./route.js', import.meta.url), 'utf8').replace('__BOOT__', bootName);
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1]));
if (styles.length === 0) throw new Error('the stylesheet is not inlined (rel="inline")');
const CSP = policy({ scripts: [cspHash(route)], styles });
html = html.replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">\n  <script>${route}</script>`);
writeFileSync(htmlPath, html);

const assets = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isFile() && name !== 'sw.js' && name !== 'index.html')
  .sort()
  .map((name) => `./${name}`);
const version = createHash('sha256').update(html).update(assets.join('\n')).digest('hex').slice(0, 12);
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__ASSETS__', JSON.stringify(assets));
writeFileSync(swPath, sw);
console.log(`post-build: CSP set, boot script for ${PAGE_NAMES.length} page binaries, sw.js version ${version} with ${assets.length} assets`);
