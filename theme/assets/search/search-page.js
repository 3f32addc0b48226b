// The search page's controller (entry point; DOM contract in src/PolicyKb.Search/README.md and theme/Pages/SearchPage.razor).
// Searches as the reader types, keeps the query in the URL, groups hits by document, filters by audience with
// counts, and is a combobox with a listbox for keyboards and screen readers. Text is only ever inserted as text.

import { SearchIndex } from './engine.js';

const DEFAULT_INDEX = '/search-index/';
const DEBOUNCE_MS = 80;
const PAGE_SIZE = 10;

const $ = (id) => document.getElementById(id);

function element(tag, attributes = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== null) node.textContent = text;
  return node;
}

/** The element with this id, created after `after` when the page does not have it. */
function ensure(id, tag, after, attributes = {}) {
  let node = $(id);
  if (!node) {
    node = element(tag, { id, ...attributes });
    after.after(node);
  }
  return node;
}

/** A hit's link: the section's URL with the stems to highlight on arrival (?hl=) before its fragment. */
export function hitHref(url, terms) {
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  if (terms.length === 0) return url;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}hl=${encodeURIComponent(terms.join(' '))}${fragment}`;
}

class SearchPage {
  constructor(input, results) {
    this.input = input;
    this.results = results;
    this.form = input.form;
    this.status = ensure('search-status', 'p', results.previousElementSibling ?? input, { role: 'status', 'aria-live': 'polite' });
    this.suggestions = ensure('search-suggestions', 'p', this.status);
    this.audiences = $('search-audience');
    this.archived = $('search-archived');
    this.more = ensure('search-more', 'p', results);
    this.sequence = 0;
    this.timer = 0;
    this.limit = PAGE_SIZE;
    this.active = -1;
    this.options = [];
    this.index = null;
    const indexUrl = document.querySelector('[data-index]')?.getAttribute('data-index') || DEFAULT_INDEX;
    this.manifestUrl = new URL('manifest.json', new URL(indexUrl, window.location.href)).href;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', results.id);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('autocomplete', 'off');
  }

  async start() {
    const params = new URLSearchParams(window.location.search);
    this.input.value = params.get('q') ?? this.input.value;
    this.audience = params.get('audience') || null;
    if (this.archived) this.archived.checked = params.get('archived') === '1';

    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run();
    });
    this.archived?.addEventListener('change', () => this.run());
    for (const radio of this.audienceRadios()) {
      radio.checked = (radio.value || null) === this.audience;
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        this.audience = radio.value || null;
        this.limit = PAGE_SIZE;
        this.run();
      });
    }
    // site.js focuses the box on "/" on every page; this covers a page without it.
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented) return;
      const target = event.target;
      const editing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === '/' && !editing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        this.input.focus();
        this.input.select();
      }
    });

    try {
      this.index = await SearchIndex.open(this.manifestUrl);
    } catch (error) {
      this.status.textContent = `Search is not available right now (${error.message}).`;
      return;
    }
    if (this.input.value.trim()) this.run();
  }

  schedule() {
    clearTimeout(this.timer);
    this.limit = PAGE_SIZE;
    this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  async run() {
    clearTimeout(this.timer);
    if (!this.index) return;
    const sequence = ++this.sequence;
    const started = performance.now();
    const query = this.input.value;
    const archived = this.archived?.checked ?? false;
    this.keepInUrl(query, archived);
    if (!query.trim()) {
      this.clear();
      this.status.textContent = '';
      for (const span of this.audiences?.querySelectorAll('.count[data-audience]') ?? []) span.textContent = '';
      return;
    }
    let result;
    let details;
    try {
      result = await this.index.search(query, { audience: this.audience, archived, limit: this.limit });
      details = await Promise.all(result.hits.map((hit) => this.index.details(hit, result.plan)));
    } catch (error) {
      if (sequence === this.sequence) this.status.textContent = `Search failed (${error.message}).`;
      return;
    }
    if (sequence !== this.sequence) return; // a later query has started; its answer wins
    this.render(query, result, details, archived);
    const elapsed = performance.now() - started;
    this.form?.dispatchEvent(new CustomEvent('search:results', {
      detail: { query, total: result.total, shown: details.length, elapsed, ids: details.map((d) => d.id) },
    }));
  }

  keepInUrl(query, archived) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (this.audience) params.set('audience', this.audience);
    if (archived) params.set('archived', '1');
    const search = params.toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }

  audienceRadios() {
    return this.audiences ? [...this.audiences.querySelectorAll('input[type="radio"][name="audience"]')] : [];
  }

  clear() {
    this.results.replaceChildren();
    // An empty listbox is not allowed, and neither is a label on a plain div: both come and go with the options.
    this.results.removeAttribute('role');
    this.results.removeAttribute('aria-label');
    this.suggestions.replaceChildren();
    this.more.replaceChildren();
    this.options = [];
    this.setActive(-1);
    this.input.setAttribute('aria-expanded', 'false');
  }

  render(query, result, details, archived = false) {
    this.clear();
    this.renderAudiences(result.audiences, result.totalAllAudiences);
    if (details.length === 0) {
      this.status.textContent = `No results for “${query.trim()}”.`;
      if (result.suggestions.length > 0) this.renderSuggestions(query, result.suggestions);
      return;
    }
    const groups = new Map();
    for (const hit of details) {
      const key = `${hit.document}@${hit.version}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(hit);
    }
    let n = 0;
    for (const hits of groups.values()) {
      const first = hits[0];
      const groupId = `search-group-${n}`;
      const group = element('div', { role: 'group', 'aria-labelledby': groupId, class: 'search-group' });
      const title = first.current ? first.title : `${first.title} (archived version of ${first.version})`;
      group.append(element('div', { role: 'presentation', id: groupId, class: 'search-group-title' }, title));
      for (const hit of hits) {
        // An option holds no link (nothing interactive may sit inside one): it opens its section itself.
        const href = hitHref(hit.url, result.plan.highlightTerms);
        const option = element('div', { role: 'option', id: `search-hit-${n++}`, 'aria-selected': 'false', class: 'search-hit', 'data-href': href });
        option.append(element('span', { class: 'search-hit-heading' }, hit.headingPath.length > 0 ? hit.headingPath.join(' › ') : hit.title));
        const snippet = element('span', { class: 'search-hit-snippet' });
        for (const part of hit.snippet) snippet.append(part.highlighted ? element('mark', {}, part.text) : document.createTextNode(part.text));
        option.append(snippet);
        // A section the same in several versions is one hit that names them (SearchHit.VersionSpan writes the same words).
        if (archived && hit.versions.length > 1) {
          option.append(element('span', { class: 'search-hit-versions' }, `in ${hit.versions.length} versions: ${hit.versions[0]} to ${hit.versions[hit.versions.length - 1]}`));
        }
        option.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
        option.addEventListener('click', (event) => open(href, event.ctrlKey || event.metaKey || event.button === 1));
        option.addEventListener('auxclick', (event) => {
          if (event.button === 1) open(href, true);
        });
        group.append(option);
        this.options.push(option);
      }
      this.results.append(group);
    }
    this.results.setAttribute('role', 'listbox');
    this.results.setAttribute('aria-label', 'Search results');
    this.input.setAttribute('aria-expanded', 'true');
    const sections = result.total === 1 ? 'section' : 'sections';
    this.status.textContent = `${result.total} ${sections} found for “${query.trim()}”${result.total > details.length ? `, showing the first ${details.length}` : ''}.`;
    if (result.total > details.length) {
      const button = element('button', { type: 'button' }, 'More results');
      button.addEventListener('click', () => {
        this.limit += PAGE_SIZE;
        this.run();
      });
      this.more.append(button);
    }
  }

  renderSuggestions(query, suggestions) {
    this.suggestions.append(document.createTextNode('Did you mean: '));
    suggestions.forEach((word, i) => {
      if (i > 0) this.suggestions.append(document.createTextNode(', '));
      const button = element('button', { type: 'button', class: 'search-suggestion' }, word);
      button.addEventListener('click', () => {
        this.input.value = replaceNearest(query, word);
        this.input.focus();
        this.run();
      });
      this.suggestions.append(button);
    });
    this.suggestions.append(document.createTextNode('?'));
  }

  /** Writes how many sections match for each audience (and for everyone) beside its radio button. */
  renderAudiences(audiences, total) {
    if (!this.audiences) return;
    const counts = new Map([['', total], ...audiences.map((a) => [a.id, a.count])]);
    for (const span of this.audiences.querySelectorAll('.count[data-audience]')) {
      const count = counts.get(span.getAttribute('data-audience'));
      span.textContent = count === undefined ? '' : `(${count})`;
    }
  }

  onKey(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = this.active < 0 ? (step > 0 ? 0 : this.options.length - 1) : (this.active + step + this.options.length) % this.options.length;
      this.setActive(next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) open(this.options[this.active].dataset.href, event.ctrlKey || event.metaKey);
      else this.run();
    } else if (event.key === 'Escape') {
      if (this.active >= 0) this.setActive(-1);
      else {
        this.input.value = '';
        this.run();
      }
    }
  }

  setActive(index) {
    if (this.active >= 0 && this.options[this.active]) this.options[this.active].setAttribute('aria-selected', 'false');
    this.active = index;
    if (index < 0) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    const option = this.options[index];
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }
}

/** Goes to a hit, or opens it in a new tab. */
function open(href, newTab) {
  if (newTab) window.open(href, '_blank', 'noopener');
  else window.location.assign(href);
}

/** The query with the word nearest to the suggestion replaced by it. */
function replaceNearest(query, suggestion) {
  const words = query.split(/(\s+)/);
  let best = -1;
  let bestScore = Infinity;
  words.forEach((word, i) => {
    if (!word.trim()) return;
    const score = Math.abs(word.length - suggestion.length) + (word[0]?.toLowerCase() === suggestion[0] ? 0 : 10);
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best >= 0) words[best] = suggestion;
  return words.join('');
}

const input = $('search-q');
const results = $('search-results');
if (input && results) new SearchPage(input, results).start();
