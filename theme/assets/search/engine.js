// Searches the static export of the Lucene index in the browser (or in Node, for the parity tests): plans the query
// as QueryPlanner.cs does, fetches only the shards its terms need, and scores it with Lucene's BM25 exactly, so the
// ranking is the one the CLI and /api/search give.

import { analyze, findTerms } from './analyzer.js';
import { clauseScorer } from './bm25.js';
import { IndexFiles } from './index-files.js';
import { nearestWords, parseQuery, planQuery } from './query.js';
import { buildSnippet } from './snippet.js';

const f = Math.fround;
const CURRENT = 1;

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.arrayBuffer();
}

export class SearchIndex {
  constructor(files) {
    this.files = files;
    this.manifest = files.manifest;
    this.fieldStats = new Map(files.manifest.fields.map((field) => [field.name, field]));
    this.vocabulary = {
      wordsStartingWith: (prefix) => files.wordsStartingWith(prefix),
      docFreq: async (field, term) => (await files.term('terms', term))?.get(field)?.df ?? 0,
    };
  }

  /** Opens the export whose manifest is at manifestUrl; fetchBytes(url) returns a promise of an ArrayBuffer. */
  static async open(manifestUrl, fetcher = fetchBytes) {
    return new SearchIndex(await IndexFiles.open(manifestUrl, fetcher));
  }

  /**
   * The audiences to filter by.
   * @returns {import('./index-files.js').AudienceLabel[]}
   */
  get audiences() {
    return this.manifest.audiences;
  }

  /** Starts fetching what a query will certainly need, so that planning and scoring find it in the cache. */
  prefetch(query) {
    // A failed prefetch is retried, and reported, when the search itself needs the file.
    const ignore = () => {};
    this.files.docs().catch(ignore);
    for (const part of parseQuery(query).parts) {
      const stems = analyze(part.text).map((t) => t.term);
      for (const stem of stems) this.files.term('terms', stem).catch(ignore);
      for (let i = 1; i < stems.length; i++) this.files.term('pairs', `${stems[i - 1]} ${stems[i]}`).catch(ignore);
    }
  }

  /**
   * Runs a query: { plan, total, totalAllAudiences, hits: [{ doc, score }] (the best `limit`), audiences: [{ id,
   * name, count }], suggestions }. Options: audience (an id), archived (search archived versions too), limit.
   */
  async search(query, { audience = null, archived = false, limit = 10 } = {}) {
    this.prefetch(query);
    const plan = await planQuery(query, this.manifest.query, this.manifest.synonyms, this.vocabulary);
    const audiences = this.manifest.audiences;
    if (plan.clauses.length === 0) {
      return { plan, total: 0, totalAllAudiences: 0, hits: [], audiences: audiences.map((a) => ({ ...a, count: 0 })), suggestions: [] };
    }
    const flags = await this.files.docs();
    const maxDoc = this.manifest.maxDoc;
    const scores = new Float64Array(maxDoc);
    const matched = new Uint8Array(maxDoc);
    const evaluated = await Promise.all(plan.clauses.map((clause) => this.evaluate(clause)));
    plan.clauses.forEach((clause, c) => {
      const postings = evaluated[c];
      if (!postings) return;
      const field = this.fieldStats.get(clause.field);
      const score = clauseScorer(this.manifest.similarity, field, maxDoc, postings.docFreqs, clause.boost);
      const { docs, freqs, norms } = postings;
      for (let p = 0; p < docs.length; p++) {
        scores[docs[p]] += score(freqs[p], norms[p]);
        matched[docs[p]] = 1;
      }
    });

    // Quoted phrases: every hit contains each of them, in one of the fields it is looked up in.
    for (const anyOf of plan.required) {
      const found = new Uint8Array(maxDoc);
      for (const postings of await Promise.all(anyOf.map((clause) => this.evaluate(clause)))) {
        if (postings) for (const doc of postings.docs) found[doc] = 1;
      }
      for (let doc = 0; doc < maxDoc; doc++) if (!found[doc]) matched[doc] = 0;
    }

    const audienceBit = audience === null ? 0 : 1 << audiences.findIndex((a) => a.id === audience);
    const counts = new Array(audiences.length).fill(0);
    const candidates = [];
    let totalAllAudiences = 0;
    for (let doc = 0; doc < maxDoc; doc++) {
      if (!matched[doc] || (!archived && (flags[doc] & CURRENT) === 0)) continue;
      totalAllAudiences++;
      const mask = flags[doc] >>> 2;
      for (let a = 0; a < counts.length; a++) if (mask & (1 << a)) counts[a]++;
      if (audience !== null && (mask & audienceBit) === 0) continue;
      candidates.push({ doc, score: f(scores[doc]), current: flags[doc] & CURRENT });
    }
    // PolicySearcher's order: current text first (with archived versions), then score descending, then document id.
    candidates.sort((a, b) => (b.current - a.current) || (b.score - a.score) || (a.doc - b.doc));
    const suggestions = candidates.length === 0 ? await nearestWords(plan.words, this.manifest.suggest, this.vocabulary) : [];
    return {
      plan,
      total: candidates.length,
      totalAllAudiences,
      hits: candidates.slice(0, limit).map(({ doc, score }) => ({ doc, score })),
      audiences: audiences.map((a, i) => ({ ...a, count: counts[i] })),
      suggestions,
    };
  }

  /** The matching documents of one clause with their frequencies and norms, and the document frequencies of its terms. */
  async evaluate(clause) {
    const kind = clause.field === 'pairs' ? 'pairs' : 'terms';
    const entries = await Promise.all(clause.terms.map((term) => this.files.term(kind, term)));
    const postings = entries.map((entry) => entry?.get(clause.field));
    if (postings.some((p) => !p)) return null;
    const docFreqs = postings.map((p) => p.df);
    if (postings.length === 1) return { docFreqs, ...postings[0] };
    const positions = await Promise.all(postings.map((p) => this.files.positions(p)));
    return { docFreqs, ...exactPhrase(postings, positions, clause.positions) };
  }

  /**
   * What a result list shows of a hit: its metadata and a snippet around the matched words, cut from the page of its
   * text where most of them are (SnippetBuilder.cs), which is all of the text it downloads.
   */
  async details(hit, plan) {
    const settings = this.manifest.snippet;
    const page = await this.bestPage(hit.doc, plan.highlightTerms);
    const [section, pageText] = await Promise.all([this.files.section(hit.doc), page === 0 ? null : this.files.page(hit.doc, page)]);
    const length = section.length;
    const pageLength = Math.max(settings.minPageLength, Math.ceil(length / settings.maxPages));
    const pageOf = (offset) => Math.min(Math.floor(offset / pageLength), settings.maxPages - 1);
    const regionStart = Math.max(0, page * pageLength - settings.margin);
    const regionEnd = Math.min(length, (page + 1) * pageLength + settings.margin);
    const text = pageText ?? section.text;
    const matches = findTerms(text, plan.highlightTerms).filter((m) => pageOf(regionStart + m.start) === page);
    const snippet = buildSnippet(text, matches, settings, regionStart > 0, regionEnd < length);
    const headingPath = section.heading ? [...section.path, section.heading] : [...section.path];
    const { text: _, length: __, ...meta } = section;
    return { ...meta, headingPath, snippet, score: hit.score, doc: hit.doc };
  }

  /** The page of a section's text with the most distinct highlighted terms (the first on ties), from the postings' page bits. */
  async bestPage(doc, terms) {
    const counts = new Map();
    for (const term of terms) {
      const postings = (await this.files.term('terms', term))?.get('text');
      const at = postings ? indexOf(postings.docs, doc) : -1;
      if (at < 0) continue;
      for (let mask = postings.pages[at], page = 0; mask !== 0; mask >>>= 1, page++) {
        if (mask & 1) counts.set(page, (counts.get(page) ?? 0) + 1);
      }
    }
    let best = 0;
    let most = 0;
    for (const [page, count] of counts) {
      if (count > most || (count === most && page < best)) {
        best = page;
        most = count;
      }
    }
    return best;
  }
}

function indexOf(sorted, value) {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Lucene's ExactPhraseScorer: the documents where the terms occur at their offsets, with how many times. */
function exactPhrase(postings, positions, offsets) {
  const docs = [];
  const freqs = [];
  const norms = [];
  const next = new Array(postings.length).fill(0);
  const lead = postings[0];
  for (let p = 0; p < lead.df; p++) {
    const doc = lead.docs[p];
    const at = [p];
    let all = true;
    for (let t = 1; t < postings.length; t++) {
      const other = postings[t];
      while (next[t] < other.df && other.docs[next[t]] < doc) next[t]++;
      if (next[t] >= other.df || other.docs[next[t]] !== doc) {
        all = false;
        break;
      }
      at.push(next[t]);
    }
    if (!all) continue;
    let freq = 0;
    for (const position of positions[0][p]) {
      const start = position - offsets[0];
      let every = true;
      for (let t = 1; t < postings.length && every; t++) every = contains(positions[t][at[t]], start + offsets[t]);
      if (every) freq++;
    }
    if (freq > 0) {
      docs.push(doc);
      freqs.push(freq);
      norms.push(lead.norms[p]);
    }
  }
  return { docs, freqs, norms };
}

function contains(sorted, value) {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
