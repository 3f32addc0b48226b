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

// Term popovers. A term link leads to its glossary entry; with this script it also shows the term's definition on
// hover and on keyboard focus, stays while the pointer is over the definition, and hides on Escape. On a touch
// screen the first tap shows the definition and a second tap follows the link.
const termLinks = 'a.term[aria-describedby]';
let shown = null;
let hideTimer = 0;
// The term link a finger went down on, until its click: that click decides what the tap does.
let tapped = null;

function popoverOf(link) {
  const popover = document.getElementById(link.getAttribute('aria-describedby'));
  return popover instanceof HTMLElement && popover.classList.contains('term-popover') ? popover : null;
}

function place(link, popover) {
  const margin = 8;
  const box = link.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const left = Math.max(margin, Math.min(box.left, width - popover.offsetWidth - margin));
  const below = box.bottom + 6;
  const above = box.top - popover.offsetHeight - 6;
  const top = below + popover.offsetHeight > window.innerHeight - margin && above > margin ? above : below;
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
}

function show(link) {
  const popover = popoverOf(link);
  if (!popover) {
    return;
  }
  window.clearTimeout(hideTimer);
  if (shown && shown.link !== link) {
    hide();
  }
  popover.hidden = false;
  place(link, popover);
  shown = { link, popover };
}

function hide() {
  window.clearTimeout(hideTimer);
  if (shown) {
    shown.popover.hidden = true;
    shown = null;
  }
}

// A short delay lets the pointer travel from the link onto the definition without it closing.
function hideSoon() {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 300);
}

const isInside = (node) => shown !== null && node instanceof Node && (shown.link.contains(node) || shown.popover.contains(node));
const termLinkOf = (target) => (target instanceof Element ? target.closest(termLinks) : null);

document.addEventListener('pointerdown', (event) => {
  tapped = event.pointerType === 'touch' ? termLinkOf(event.target) : null;
  if (shown && !isInside(event.target)) {
    hide();
  }
}, { capture: true });

document.addEventListener('pointercancel', () => {
  tapped = null;
});

document.addEventListener('pointerover', (event) => {
  if (event.pointerType === 'touch') {
    return;
  }
  const link = termLinkOf(event.target);
  if (link) {
    show(link);
  } else if (isInside(event.target)) {
    window.clearTimeout(hideTimer);
  }
});

document.addEventListener('pointerout', (event) => {
  if (event.pointerType !== 'touch' && isInside(event.target) && !isInside(event.relatedTarget) && shown.link !== document.activeElement) {
    hideSoon();
  }
});

document.addEventListener('focusin', (event) => {
  const link = termLinkOf(event.target);
  if (link && link !== tapped) {
    show(link);
  }
});

document.addEventListener('focusout', (event) => {
  if (shown && event.target === shown.link && !isInside(event.relatedTarget)) {
    hide();
  }
});

document.addEventListener('click', (event) => {
  const link = termLinkOf(event.target);
  if (link && link === tapped) {
    tapped = null;
    if (!shown || shown.link !== link) {
      event.preventDefault();
      show(link);
    }
  }
});

document.addEventListener('keydown', (event) => {
  tapped = null;
  if (event.key === 'Escape' && shown) {
    hide();
  }
});

window.addEventListener('scroll', () => shown && place(shown.link, shown.popover), { passive: true });
window.addEventListener('resize', () => shown && place(shown.link, shown.popover));
