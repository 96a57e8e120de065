// Boot script template. scripts/post-build.mjs fills in PAGES (each page's
// binary: hashed js, wasm and its SRI hash) and writes it as boot-<hash>.js.
// Every page is its own wasm binary so that a first visit downloads only the
// page it opens; this script picks the binary the address asks for.

const PAGES = /* PAGES */ {};

/**
 * The page a query string asks for. Same rule as `Page::from_query` in
 * src/ui/mod.rs; tests/routes.txt is checked against both.
 * @param {string} search the query string, with or without its `?`
 * @returns {string} calculator | timeline | eligibility | workspace | documents | years
 */
export function pageOf(search) {
  const query = new URLSearchParams(search);
  const pages = query.getAll('page');
  if (query.has('unit') || pages.includes('timeline')) return 'timeline';
  for (const page of ['eligibility', 'workspace', 'documents', 'years']) {
    if (pages.includes(page)) return page;
  }
  return 'calculator';
}

async function boot() {
  const page = PAGES[pageOf(location.search)];
  // Fetch the wasm while the glue module loads.
  const wasm = fetch(page.wasm, { integrity: page.integrity });
  const glue = await import(page.js);
  await glue.default({ module_or_path: wasm });
}

if (globalThis.document && Object.keys(PAGES).length > 0) {
  boot().catch(() => {
    const status = document.querySelector('#app [role="status"]');
    if (status) status.textContent = '加载失败，请检查网络后刷新页面。';
  });
}
