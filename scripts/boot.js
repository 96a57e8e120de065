// Boot script template. scripts/post-build.mjs fills in PAGES (each page's
// binary: hashed js, wasm and its SRI hash) and writes it as boot-<hash>.js.
// Every page is its own wasm binary so that a first visit downloads only the
// page it opens; scripts/route.js has already named the page on <html>,
// and loads this script once the static shell has painted.

const PAGES = /* PAGES */ {};

async function boot() {
  const page = PAGES[document.documentElement.dataset.page] ?? PAGES.calculator;
  // Fetch the wasm while the glue module loads.
  const wasm = fetch(page.wasm, { integrity: page.integrity });
  const glue = await import(page.js);
  await glue.default({ module_or_path: wasm });
}

boot().catch(() => {
  const status = document.querySelector('#app [role="status"]');
  if (status) status.textContent = '加载失败，请检查网络后刷新页面。';
});
