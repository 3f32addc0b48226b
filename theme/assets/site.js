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

// The audience filter: CSS does the hiding; the script keeps the choice in the URL so a link can be shared.
const onlyRelevant = document.getElementById('only-relevant');
if (onlyRelevant instanceof HTMLInputElement) {
  const apply = () => document.body.classList.toggle('only-relevant', onlyRelevant.checked);
  onlyRelevant.checked = new URLSearchParams(window.location.search).get('only') === '1';
  apply();
  onlyRelevant.addEventListener('change', () => {
    const url = new URL(window.location.href);
    if (onlyRelevant.checked) {
      url.searchParams.set('only', '1');
    } else {
      url.searchParams.delete('only');
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
