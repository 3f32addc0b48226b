// Compare any two versions of a policy, in the browser, from the versions' data files
// (/data/policies/<id>/versions/<version>.json, written by WriteVersionTexts; the README's "Compare any two versions"
// describes them). The two versions are aligned section by section by their lineage key (the build matched each
// version's sections to the version before it, as change pages do), and each pair of texts is diffed word by word.
// Everything from the documents is put in the page as text (textContent), never as markup.

/**
 * @typedef {{ key: string, id: string, heading: string, level: number, text: string }} SectionText
 * @typedef {{ policy: string, version: string, label: string, url: string, preamble: string, sections: SectionText[] }} VersionText
 * @typedef {import('./word-diff.js').Run} Run
 */

import { wordDiff } from './word-diff.js';

const form = document.querySelector('form.compare-form');
const result = document.getElementById('compare-result');
const from = /** @type {HTMLSelectElement | null} */ (document.getElementById('compare-from'));
const to = /** @type {HTMLSelectElement | null} */ (document.getElementById('compare-to'));

/** @type {Map<string, Promise<VersionText>>} */
const loaded = new Map();

/** @param {HTMLSelectElement} select @param {string} id */
function option(select, id) {
  return [...select.options].find((o) => o.value === id) ?? null;
}

/** @param {HTMLSelectElement} select @param {string} id @returns {Promise<VersionText>} */
function load(select, id) {
  const source = option(select, id)?.dataset.text;
  if (!source) {
    return Promise.reject(new Error(`There is no version ${id}.`));
  }
  if (!loaded.has(source)) {
    loaded.set(source, fetch(source).then((response) => {
      if (!response.ok) {
        throw new Error(`The version's text could not be loaded (${response.status}).`);
      }
      return response.json();
    }));
  }
  return /** @type {Promise<VersionText>} */ (loaded.get(source));
}

/** @param {string} tag @param {string} [className] @param {string} [text] */
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** @param {Run[]} runs @returns {HTMLElement} */
function diffView(runs) {
  const view = element('div', 'diff');
  let paragraph = element('p');
  view.append(paragraph);
  for (const run of runs) {
    const parts = run.text.split('\n\n');
    parts.forEach((part, index) => {
      if (index > 0) {
        paragraph = element('p');
        view.append(paragraph);
      }
      const text = part.replace(/\n/g, ' ');
      if (text.length === 0) {
        return;
      }
      if (run.kind === 'equal') {
        paragraph.append(text);
      } else {
        const mark = element(run.kind === 'inserted' ? 'ins' : 'del', run.lostLink ? 'cosmetic lost-link' : run.cosmetic ? 'cosmetic' : 'wording');
        mark.append(element('span', 'visually-hidden', run.kind === 'inserted' ? '[added: ]' : '[removed: ]'), text);
        paragraph.append(mark);
      }
    });
  }
  return view;
}

/** @param {Run[]} runs @param {'inserted' | 'deleted'} kind */
function wordsIn(runs, kind) {
  return runs.filter((r) => r.kind === kind && !r.cosmetic).reduce((sum, r) => sum + (r.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}

/**
 * The two versions' sections in reading order: the newer version's order, each removed section after the section
 * that preceded it in the older version (as change pages show them).
 * @param {VersionText} older @param {VersionText} newer
 * @returns {Array<{ older: SectionText | null, newer: SectionText | null }>}
 */
function align(older, newer) {
  const newerKeys = new Set(newer.sections.map((s) => s.key));
  const olderByKey = new Map(older.sections.map((s) => [s.key, s]));
  /** @type {Map<string, SectionText[]>} */
  const removedAfter = new Map();
  /** @type {SectionText[]} */
  const leading = [];
  let last = null;
  for (const section of older.sections) {
    if (newerKeys.has(section.key)) {
      last = section.key;
    } else if (last === null) {
      leading.push(section);
    } else {
      removedAfter.set(last, [...(removedAfter.get(last) ?? []), section]);
    }
  }
  const pairs = leading.map((s) => ({ older: s, newer: null }));
  for (const section of newer.sections) {
    pairs.push({ older: olderByKey.get(section.key) ?? null, newer: section });
    for (const removed of removedAfter.get(section.key) ?? []) {
      pairs.push({ older: removed, newer: null });
    }
  }
  return pairs;
}

/** @param {VersionText} older @param {VersionText} newer @returns {DocumentFragment} */
function comparison(older, newer) {
  const fragment = document.createDocumentFragment();
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0, wordsAdded: 0, wordsRemoved: 0 };
  const changes = element('div', 'compare-changes');
  /** @type {HTMLElement[]} */
  const unchanged = [];

  /**
   * @param {string} heading @param {string} kind @param {string} className @param {Run[] | null} runs
   * @param {string | null} href @param {string} [id]
   */
  const change = (heading, kind, className, runs, href, id) => {
    const section = element('section', `change ${className}`);
    if (id) {
      section.id = `change-${id}`;
    }
    const title = element('h2', 'section-heading', heading);
    title.append(' ', element('span', 'change-kind', kind));
    section.append(title);
    if (href) {
      const meta = element('p', 'change-meta');
      const link = element('a', undefined, 'Read this section');
      link.setAttribute('href', href);
      meta.append(link);
      section.append(meta);
    }
    if (runs) {
      section.append(diffView(runs));
      counts.wordsAdded += wordsIn(runs, 'inserted');
      counts.wordsRemoved += wordsIn(runs, 'deleted');
    }
    changes.append(section);
  };

  if (older.preamble !== newer.preamble) {
    counts.changed++;
    change('Introduction', 'changed', 'change-changed', wordDiff(older.preamble, newer.preamble), null);
  }
  for (const { older: was, newer: is } of align(older, newer)) {
    if (was && is) {
      const renamed = was.heading !== is.heading;
      if (was.text === is.text && !renamed) {
        counts.unchanged++;
        const item = element('li');
        const link = element('a', undefined, is.heading);
        link.setAttribute('href', `${newer.url}#${is.id}`);
        item.append(link);
        unchanged.push(item);
        continue;
      }
      counts.changed++;
      const kind = was.text === is.text ? 'renamed' : renamed ? 'renamed and changed' : 'changed';
      const heading = renamed ? `${is.heading} (was “${was.heading}”)` : is.heading;
      change(heading, kind, 'change-changed', was.text === is.text ? null : wordDiff(was.text, is.text), `${newer.url}#${is.id}`, is.id);
    } else if (is) {
      counts.added++;
      change(is.heading, 'added', 'change-added', wordDiff('', is.text), `${newer.url}#${is.id}`, is.id);
    } else if (was) {
      counts.removed++;
      change(was.heading, 'removed', 'change-removed', wordDiff(was.text, ''), `${older.url}#${was.id}`, was.id);
    }
  }

  const summary = element('section', 'change-summary');
  summary.setAttribute('aria-labelledby', 'compare-summary-heading');
  const heading = element('h2', undefined, `${older.label} → ${newer.label}`);
  heading.id = 'compare-summary-heading';
  const list = element('ul', 'summary-counts');
  list.append(
    element('li', undefined, `${counts.changed} sections changed`),
    element('li', undefined, `${counts.added} added`),
    element('li', undefined, `${counts.removed} removed`),
    element('li', undefined, `${counts.unchanged} unchanged`),
    element('li', undefined, `words: +${counts.wordsAdded.toLocaleString('en')} −${counts.wordsRemoved.toLocaleString('en')}`));
  const links = element('p');
  const olderLink = element('a', undefined, `Read ${older.label}`);
  olderLink.setAttribute('href', older.url);
  const newerLink = element('a', undefined, `Read ${newer.label}`);
  newerLink.setAttribute('href', newer.url);
  links.append(olderLink, ' · ', newerLink);
  summary.append(heading, list, links);
  fragment.append(summary);
  if (changes.childElementCount === 0) {
    fragment.append(element('p', 'notice', 'The two versions have the same text.'));
  }
  fragment.append(changes);
  if (unchanged.length > 0) {
    const details = element('details', 'unchanged');
    details.append(element('summary', undefined, `${unchanged.length} sections unchanged`));
    const ul = element('ul');
    ul.append(...unchanged);
    details.append(ul);
    fragment.append(details);
  }
  return fragment;
}

/** Shows the comparison the URL asks for (or the form's defaults). */
async function show() {
  if (!(form instanceof HTMLFormElement) || !result || !from || !to) {
    return;
  }
  const query = new URLSearchParams(window.location.search);
  for (const [select, name] of /** @type {const} */ ([[from, 'from'], [to, 'to']])) {
    // A version the URL names, else the page's own default (the version before the current one, and the current one).
    const asked = query.get(name);
    const chosen = (asked ? option(select, asked) : null) ?? [...select.options].find((o) => o.defaultSelected);
    if (chosen) {
      select.value = chosen.value;
    }
  }
  result.setAttribute('aria-busy', 'true');
  try {
    if (from.value === to.value) {
      result.replaceChildren(element('p', 'notice', 'Pick two different versions to compare.'));
      return;
    }
    const [older, newer] = await Promise.all([load(from, from.value), load(to, to.value)]);
    result.replaceChildren(comparison(older, newer));
  } catch (error) {
    result.replaceChildren(element('p', 'notice', error instanceof Error ? error.message : String(error)));
  } finally {
    result.setAttribute('aria-busy', 'false');
    result.dataset.shown = `${from.value}..${to.value}`;
  }
}

if (form instanceof HTMLFormElement && from && to) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('from', from.value);
    url.searchParams.set('to', to.value);
    window.history.pushState(null, '', url);
    show();
  });
  window.addEventListener('popstate', show);
  show();
}
