'use strict';
// The live results page: hears of each new version over server-sent events and swaps in that version's
// figures (an HTML fragment the server renders), without a reload. Sections a reader opened stay open. A
// newsroom's call or certification is announced the same way: the same version with a newer declaration.
(() => {
  const main = document.getElementById('live');
  const line = document.getElementById('connection');
  if (!main || !window.EventSource) {
    return;
  }
  const key = main.dataset.election;
  // What is shown and what is being fetched: [version, newest declaration].
  let shown = [Number(main.dataset.version), Number(main.dataset.declarations || 0)];
  let wanted = shown;
  const newer = (a, b) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

  const openSections = () => Array.from(main.querySelectorAll('details[open]'))
    .map((d) => d.closest('section').id + ' ' + d.className);

  const reopen = (open) => {
    for (const d of main.querySelectorAll('details')) {
      if (open.includes(d.closest('section').id + ' ' + d.className)) {
        d.open = true;
      }
    }
  };

  // The map's colouring the reader chose (leader's margin or swing) survives the swap.
  const mapMode = () => {
    const checked = main.querySelector('input[name="map-mode"]:checked');
    return checked ? checked.id : null;
  };
  const restoreMapMode = (id) => {
    const input = id && document.getElementById(id);
    if (input) {
      input.checked = true;
    }
  };

  const show = (at, url) => {
    wanted = at;
    fetch(url)
      .then((r) => {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.text();
      })
      .then((html) => {
        if (newer(at, shown)) {
          const open = openSections();
          const mode = mapMode();
          main.innerHTML = html;
          reopen(open);
          restoreMapMode(mode);
          shown = at;
          main.dataset.version = String(at[0]);
          main.dataset.declarations = String(at[1]);
          main.dataset.shownAt = String(Date.now());
        }
      })
      .catch((e) => {
        line.textContent = 'Could not load version ' + at[0] + ': ' + e.message;
        wanted = shown;
      });
  };

  const events = new EventSource('/api/v1/events');
  events.addEventListener('version', (ev) => {
    const d = JSON.parse(ev.data);
    const at = [d.version, d.declarations || 0];
    if (d.election === key && newer(at, shown) && newer(at, wanted)) {
      show(at, d.page);
    }
  });
  events.onopen = () => {
    line.textContent = 'Live: new results appear here as they are counted.';
  };
  events.onerror = () => {
    line.textContent = 'Reconnecting to the live results\u2026';
  };
})();
