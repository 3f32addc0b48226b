// The query semantics of src/PolicyKb.Search/README.md, step for step as QueryPlanner.cs implements them, so that
// the page plans exactly the clauses Lucene scores. The weights come from the manifest (QuerySettings.cs, from
// QueryWeights.cs).

import { analyze, stemWord } from './analyzer.js';

const f = Math.fround;
const QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);
const PAIR_SEPARATOR = ' ';

/** Splits a query into loose words and quoted phrases; see QueryText.cs. */
export function parseQuery(query) {
  const parts = [];
  let inPhrase = false;
  let start = 0;
  for (let i = 0; i <= query.length; i++) {
    if (i < query.length && !QUOTES.has(query[i])) continue;
    if (i > start) parts.push({ text: query.slice(start, i), isPhrase: inPhrase });
    inPhrase = !inPhrase;
    start = i + 1;
  }
  const endsOpen = query.length > 0 && /[\p{L}\p{Nd}]/u.test(query[query.length - 1])
    && parts.length > 0 && !parts[parts.length - 1].isPhrase;
  return { parts, endsOpen };
}

/** Optimal string alignment distance on UTF-16 code units, or max + 1 when it is more than max; see EditDistance.cs. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2 = new Array(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return Math.min(previous[b.length], max + 1);
}

export const isOneEdit = (a, b) => Math.abs(a.length - b.length) <= 1 && editDistance(a, b, 1) === 1;

const byUseThenWord = (a, b) => (b.df - a.df) || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);

const termClause = (field, term, boost) => ({ field, terms: [term], positions: [0], boost });

const keyOf = (c) => `${c.field}\u0001${c.terms.join('\u0002')}\u0001${c.positions.join(',')}`;

/**
 * Plans a query against an index whose vocabulary answers wordsStartingWith(prefix) and docFreq(field, term)
 * (both may fetch shards). Returns { clauses, required, words, highlightTerms }.
 * @param {string} query
 * @param {import('./index-files.js').QuerySettings} settings
 * @param {import('./index-files.js').SynonymForm[][]} synonyms
 * @param {{ wordsStartingWith: (prefix: string) => Promise<import('./index-files.js').WordEntry[]>, docFreq: (field: string, term: string) => Promise<number> }} vocabulary
 */
export async function planQuery(query, settings, synonyms, vocabulary) {
  const { parts: textParts, endsOpen } = parseQuery(query);
  const parts = [];
  let budget = settings.maxWords;
  for (const part of textParts) {
    const words = analyze(part.text).slice(0, Math.max(0, budget))
      .map((t) => ({ surface: t.surface, stem: t.term, position: t.position, endsPart: t.end === part.text.length }));
    budget -= words.length;
    if (words.length > 0) parts.push({ part, words });
  }
  if (parts.length === 0) return { clauses: [], required: [], words: [], highlightTerms: [] };

  const clauses = [];
  const keys = new Set();
  const add = (clause) => {
    const key = keyOf(clause);
    if (!keys.has(key)) {
      keys.add(key);
      clauses.push(clause);
    }
  };
  const required = [];
  const fieldBoost = (field) => f(settings.fieldBoosts[field]);
  const phraseBoost = (field) => f(settings.phraseBoosts[field]);
  const allWords = parts.flatMap((p) => p.words);

  // 1. Every word, exactly, in every word field.
  for (const word of allWords) {
    for (const field of settings.wordFields) add(termClause(field, word.stem, fieldBoost(field)));
  }

  // 2. Quoted phrases: scored as phrases, and required.
  for (const { part, words } of parts) {
    if (!part.isPhrase) continue;
    if (words.length === 1) {
      required.push(settings.wordFields.map((field) => termClause(field, words[0].stem, fieldBoost(field))));
      continue;
    }
    const phrase = settings.phraseFields.map((field) => ({
      field,
      terms: words.map((w) => w.stem),
      positions: words.map((w) => w.position - words[0].position),
      boost: phraseBoost(field),
    }));
    phrase.forEach(add);
    required.push(phrase);
  }

  // 3. Adjacent words, within a part.
  for (const { words } of parts) {
    for (let i = 1; i < words.length; i++) {
      add(termClause('pairs', words[i - 1].stem + PAIR_SEPARATOR + words[i].stem, f(settings.pair)));
    }
  }

  // 4. Glossary synonyms of loose words.
  for (const { part, words } of parts) {
    if (part.isPhrase) continue;
    const stems = words.map((w) => w.stem);
    for (const group of synonyms) {
      for (const form of group) {
        if (!occurs(form.terms, stems)) continue;
        for (const other of group) {
          if (other === form) continue;
          if (other.terms.length === 1) {
            for (const field of settings.wordFields) add(termClause(field, other.terms[0], f(fieldBoost(field) * f(settings.synonym))));
          } else {
            // A spelling of several words counts as one word: its boost is shared by its words.
            for (const field of settings.phraseFields) {
              const boost = f(f(fieldBoost(field) * f(settings.synonym)) / other.terms.length);
              add({ field, terms: [...other.terms], positions: [...other.positions], boost });
            }
          }
        }
      }
    }
  }

  const expand = (candidates, own, max) => {
    const stems = [];
    for (const candidate of [...candidates].sort(byUseThenWord)) {
      const s = stemWord(candidate.word);
      if (s === null || s === own || stems.includes(s)) continue;
      stems.push(s);
      if (stems.length === max) break;
    }
    return stems;
  };
  const addExpansions = (stems, factor) => {
    for (const s of stems) {
      for (const field of settings.wordFields) add(termClause(field, s, f(fieldBoost(field) * f(factor))));
    }
  };

  // 5. The last word, while it is being typed, also as the start of longer words.
  const lastPart = parts[parts.length - 1];
  const lastWord = lastPart.words[lastPart.words.length - 1];
  const open = endsOpen && !lastPart.part.isPhrase && lastWord.endsPart ? lastWord : null;
  let completions = [];
  if (open && open.surface.length >= settings.prefixMinLength) {
    const candidates = (await vocabulary.wordsStartingWith(open.surface)).filter((w) => w.word !== open.surface);
    completions = expand(candidates, open.stem, settings.prefixMaxExpansions);
    addExpansions(completions, settings.prefix);
  }

  // 6. A word the index does not have, one typo away from words it has.
  for (const { part, words } of parts) {
    if (part.isPhrase) continue;
    for (const word of words) {
      if (word.surface.length < settings.typoMinLength || (word === open && completions.length > 0)) continue;
      const frequencies = await Promise.all(settings.wordFields.map((field) => vocabulary.docFreq(field, word.stem)));
      if (frequencies.some((df) => df > 0)) continue;
      const prefix = word.surface.slice(0, settings.typoPrefixLength);
      const candidates = (await vocabulary.wordsStartingWith(prefix)).filter((w) => isOneEdit(w.word, word.surface));
      addExpansions(expand(candidates, word.stem, settings.typoMaxExpansions), settings.typo);
    }
  }

  const highlightTerms = [...new Set(clauses.filter((c) => c.field === 'text').flatMap((c) => c.terms))];
  return { clauses, required, words: allWords.map((w) => w.surface), highlightTerms };
}

function occurs(form, stems) {
  for (let start = 0; start + form.length <= stems.length; start++) {
    if (form.every((t, i) => stems[start + i] === t)) return true;
  }
  return false;
}

/**
 * Suggestions for a query that finds nothing; see NearestWords.cs.
 * @param {string[]} words
 * @param {import('./index-files.js').SuggestSettings} settings
 * @param {{ wordsStartingWith: (prefix: string) => Promise<import('./index-files.js').WordEntry[]> }} vocabulary
 * @returns {Promise<string[]>}
 */
export async function nearestWords(words, settings, vocabulary) {
  const result = [];
  for (const word of [...new Set(words)]) {
    if (word.length < settings.minLength) continue;
    const nearest = (await vocabulary.wordsStartingWith(word[0]))
      .filter((w) => w.word !== word)
      .map((w) => ({ ...w, distance: editDistance(w.word, word, 2) }))
      .filter((w) => w.distance <= 2)
      .sort((a, b) => (a.distance - b.distance) || byUseThenWord(a, b))
      .slice(0, settings.perWord);
    for (const w of nearest) {
      if (result.length < settings.max && !result.includes(w.word)) result.push(w.word);
    }
  }
  return result;
}
