// Progressive enhancements. Every page works without this script; it only adds comfort.

const wide = window.matchMedia('(min-width: 64rem)');

// The table of contents is open beside the text on wide screens and folded above it on small ones.
function syncTableOfContents() {
  const toc = document.getElementById('contents');
  if (toc) {
    toc.open = wide.matches;
  }
}

syncTableOfContents();
wide.addEventListener('change', syncTableOfContents);

// Filters (the audience's sections, changes in wording only): CSS does the hiding from the checkbox alone; the
// script also keeps the choice in the URL so that a link can be shared. The checkbox names its URL parameter.
for (const filter of document.querySelectorAll('input[type="checkbox"][data-filter]')) {
  if (!(filter instanceof HTMLInputElement)) {
    continue;
  }
  const parameter = filter.dataset.filter ?? '';
  const apply = () => document.body.classList.toggle(filter.id, filter.checked);
  filter.checked = new URLSearchParams(window.location.search).get(parameter) === '1';
  apply();
  filter.addEventListener('change', () => {
    const url = new URL(window.location.href);
    if (filter.checked) {
      url.searchParams.set(parameter, '1');
    } else {
      url.searchParams.delete(parameter);
    }
    window.history.replaceState(null, '', url);
    apply();
  });
}

// "/" focuses the search box from anywhere, as on most documentation sites.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
    return;
  }
  const box = document.getElementById('search-q') ?? document.getElementById('site-search-q');
  if (box instanceof HTMLInputElement) {
    event.preventDefault();
    box.focus();
    box.select();
  }
});
