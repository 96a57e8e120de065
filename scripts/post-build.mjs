// Trunk post-build hook (also run by `trunk serve`): makes the page work
// under a strict Content-Security-Policy and stamps the service worker.
// 1. Moves Trunk's inline loader <script> into a file, so no inline script
//    is needed ('unsafe-inline' stays out of the policy).
// 2. Adds the policy as a <meta> tag.
// 3. Writes the build's asset list and a version into sw.js.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
html = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, body) => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dir, name), body);
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">`);
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
console.log(`post-build: CSP set, loader moved out of line, sw.js version ${version} with ${assets.length} assets`);
