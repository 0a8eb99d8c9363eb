// Registers the service worker (served pages only, never under file://) and shows a
// "new version" bar when an updated worker is waiting; its button activates it and reloads.
(() => {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  const offer = (worker) => {
    if (!navigator.serviceWorker.controller || document.querySelector('.sw-update')) return;
    const bar = document.createElement('div');
    bar.className = 'sw-update';
    bar.setAttribute('role', 'status');
    bar.dataset.testid = 'sw-update';
    const text = document.createElement('span');
    text.textContent = 'A new version is available — ';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      reloading = true;
      button.disabled = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    bar.append(text, button);
    document.body.append(bar);
  };
  const watch = (worker) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  };
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then((reg) => {
        if (reg.waiting) offer(reg.waiting);
        if (reg.installing) watch(reg.installing);
        reg.addEventListener('updatefound', () => reg.installing && watch(reg.installing));
      })
      .catch((e) => console.warn('service worker not registered:', e));
  });
})();
