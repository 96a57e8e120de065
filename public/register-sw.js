// Registers the service worker and offers a waiting new version with a
// "新版本可用 — 刷新" prompt. Static text only; nothing from the user.
if ('serviceWorker' in navigator) {
  // The loading card promises offline use only here, where a worker can keep
  // the app (an iOS app's in-app browser has none), and takes it back if the
  // worker cannot be registered.
  const promise = document.getElementById('offline-promise');
  if (promise) promise.hidden = false;
  const offer = (worker) => {
    if (document.getElementById('update-prompt')) return;
    const bar = document.createElement('div');
    bar.id = 'update-prompt';
    bar.className = 'update-prompt';
    bar.setAttribute('role', 'status');
    bar.setAttribute('data-testid', 'update-prompt');
    const text = document.createElement('span');
    text.textContent = '新版本可用';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--small';
    button.textContent = '刷新';
    button.addEventListener('click', () => {
      userAskedForUpdate = true;
      worker.postMessage('skip-waiting');
    });
    bar.append(text, ' — ', button);
    document.body.append(bar);
  };
  // Reload only when the user asked for the new version: the first visit's
  // worker also takes control (clients.claim), and that must not reload.
  let userAskedForUpdate = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!userAskedForUpdate) return;
    userAskedForUpdate = false;
    location.reload();
  });
  // Added after the first paint (scripts/route.js): the page may have
  // loaded already.
  const register = () => {
    navigator.serviceWorker.register('./sw.js').then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    }, (error) => {
      if (promise) promise.hidden = true;
      throw error;
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
