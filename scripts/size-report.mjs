// First-load size of the built site: html + js + wasm + css, raw, gzip and
// brotli (quality 11, as a static host precompresses), against the 150 KB
// brotli budget. Over budget it says so loudly; enforcing the budget is the
// ship-quality issue's work (see README, «Size»).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const BUDGET_BYTES = 150 * 1024;
const dir = process.argv[2] ?? 'target/site';
const firstLoad = new Set(['.html', '.js', '.wasm', '.css']);

const rows = readdirSync(dir)
  .filter((name) => statSync(join(dir, name)).isFile() && firstLoad.has(extname(name)))
  .map((name) => {
    const bytes = readFileSync(join(dir, name));
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
  })
  .sort((a, b) => b.brotli - a.brotli);

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('file'.padEnd(40) + 'raw'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11));
for (const r of rows) console.log(r.name.padEnd(40) + kb(r.raw) + kb(r.gzip) + kb(r.brotli));
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log('first load total'.padEnd(40) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
console.log(`budget: ${kb(BUDGET_BYTES).trim()} brotli`);
if (!rows.some((r) => r.name.endsWith('.wasm'))) {
  console.error('no .wasm in ' + dir);
  process.exit(1);
}
if (total.brotli > BUDGET_BYTES) {
  console.log(`OVER BUDGET by ${kb(total.brotli - BUDGET_BYTES).trim()}`);
} else {
  console.log(`within budget (${kb(BUDGET_BYTES - total.brotli).trim()} to spare)`);
}
