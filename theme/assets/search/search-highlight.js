// On a policy page reached from a search hit (…/?hl=stems#section), marks the matched words in the target section:
// with the CSS Custom Highlight API where the browser has it (no change to the DOM), else with <mark> elements.
// Words are found by analyzing the section's text as the index did, so "deleting" lights up for the stem "delet".

import { analyze } from './analyzer.js';

const HIGHLIGHT = 'search-term';
const HEADING = /^H[1-6]$/;

/**
 * The part of the page a fragment points at: a section element without its subsections (they are hits of their
 * own), or a heading with what follows up to the next heading of its level.
 */
function region(target) {
  if (!HEADING.test(target.tagName)) return [target.closest('section, article') ?? target];
  const level = Number(target.tagName[1]);
  const nodes = [target];
  for (let next = target.nextElementSibling; next; next = next.nextElementSibling) {
    if (HEADING.test(next.tagName) && Number(next.tagName[1]) <= level) break;
    nodes.push(next);
  }
  return nodes;
}

function textNodes(roots) {
  const nodes = [];
  for (const root of roots) {
    const own = (node) => root.tagName !== 'SECTION' || node.parentElement?.closest('section') === root;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('script, style, template') || !own(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  }
  return nodes;
}

/** Highlights the words whose stems are in `terms` inside the element the URL's fragment names; returns how many. */
export function highlightSearchTerms(terms, target) {
  const wanted = new Set(terms);
  const ranges = [];
  for (const node of textNodes(region(target))) {
    for (const token of analyze(node.data)) {
      if (!wanted.has(token.term)) continue;
      const range = document.createRange();
      range.setStart(node, token.start);
      range.setEnd(node, token.end);
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return 0;
  if (globalThis.CSS?.highlights && typeof Highlight === 'function') {
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
  } else {
    // Later ranges first, so that splitting a text node leaves the earlier ranges' offsets valid.
    for (const range of ranges.reverse()) {
      const mark = document.createElement('mark');
      mark.className = HIGHLIGHT;
      range.surroundContents(mark);
    }
  }
  return ranges.length;
}

const terms = (new URLSearchParams(window.location.search).get('hl') ?? '').split(/\s+/).filter(Boolean);
const id = decodeURIComponent(window.location.hash.slice(1));
const target = id ? document.getElementById(id) : document.querySelector('main');
if (terms.length > 0 && target) highlightSearchTerms(terms, target);
