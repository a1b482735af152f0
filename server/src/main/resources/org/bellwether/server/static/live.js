'use strict';
// The live results page: hears of each new version over server-sent events and swaps in that version's
// figures (an HTML fragment the server renders), without a reload. Sections a reader opened stay open.
(() => {
  const main = document.getElementById('live');
  const line = document.getElementById('connection');
  if (!main || !window.EventSource) {
    return;
  }
  const key = main.dataset.election;
  let shown = Number(main.dataset.version);
  let wanted = shown;

  const openSections = () => Array.from(main.querySelectorAll('details[open]'))
    .map((d) => d.closest('section').id + ' ' + d.className);

  const reopen = (open) => {
    for (const d of main.querySelectorAll('details')) {
      if (open.includes(d.closest('section').id + ' ' + d.className)) {
        d.open = true;
      }
    }
  };

  const show = (version, url) => {
    wanted = version;
    fetch(url)
      .then((r) => {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.text();
      })
      .then((html) => {
        if (version > shown) {
          const open = openSections();
          main.innerHTML = html;
          reopen(open);
          shown = version;
          main.dataset.version = String(version);
          main.dataset.shownAt = String(Date.now());
        }
      })
      .catch((e) => {
        line.textContent = 'Could not load version ' + version + ': ' + e.message;
        wanted = shown;
      });
  };

  const events = new EventSource('/api/v1/events');
  events.addEventListener('version', (ev) => {
    const d = JSON.parse(ev.data);
    if (d.election === key && d.version > shown && d.version > wanted) {
      show(d.version, d.page);
    }
  });
  events.onopen = () => {
    line.textContent = 'Live: new results appear here as they are counted.';
  };
  events.onerror = () => {
    line.textContent = 'Reconnecting to the live results\u2026';
  };
})();
