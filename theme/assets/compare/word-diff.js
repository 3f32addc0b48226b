// A word diff of two texts, for the compare page: words (letters and digits, with inner apostrophes) and single
// marks are compared, each keeping the white space before it, so the runs read as the text does.

/**
 * A run of the diff. `cosmetic` marks an inserted or deleted run of a change that change pages show as cosmetic and
 * do not count as wording: punctuation style only (curly and straight quotes, dashes, an ellipsis), or, with
 * `lostLink`, text where one version lost its links' words.
 * @typedef {{ kind: 'equal' | 'inserted' | 'deleted', text: string, cosmetic?: boolean, lostLink?: boolean }} Run
 */

// Words (letters and digits, with inner apostrophes), single marks, each with the white space before it.
const tokenPattern = /(\s*)([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}])/gu;

/** @param {string} text @returns {{ space: string, word: string }[]} */
function tokens(text) {
  // A text's first token has no space before it; after a run of the other text, it needs one.
  return [...text.matchAll(tokenPattern)].map((m, i) => ({ space: i === 0 && m[1] === '' ? ' ' : m[1], word: m[2] }));
}

/**
 * The shortest edit script between two token lists (Myers' O(ND) algorithm), after trimming their common start and
 * end. Returns the runs of the newer text with the older text's deleted tokens in place.
 * @param {string} older @param {string} newer @returns {Run[]}
 */
export function wordDiff(older, newer) {
  const a = tokens(older);
  const b = tokens(newer);
  let start = 0;
  while (start < a.length && start < b.length && a[start].word === b[start].word) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1].word === b[endB - 1].word) {
    endA--;
    endB--;
  }
  /** @type {Array<['equal' | 'inserted' | 'deleted', { space: string, word: string }]>} */
  const ops = [];
  for (let i = 0; i < start; i++) {
    ops.push(['equal', b[i]]);
  }
  ops.push(...middle(a.slice(start, endA), b.slice(start, endB)));
  for (let i = endB; i < b.length; i++) {
    ops.push(['equal', b[i]]);
  }
  /** @type {Run[]} */
  const runs = [];
  for (const [kind, token] of ops) {
    const last = runs[runs.length - 1];
    const text = (runs.length === 0 ? '' : token.space) + token.word;
    if (last && last.kind === kind) {
      last.text += text;
    } else {
      runs.push({ kind, text });
    }
  }
  labelStyleOnly(runs);
  return runs;
}

/**
 * Marks each change (the inserted and deleted runs between two equal runs) that is cosmetic, as WordDiff.NatureOf
 * does on change pages: one side only links whose words were lost ("[…]"), or both sides the same but for
 * punctuation style.
 * @param {Run[]} runs
 */
function labelStyleOnly(runs) {
  for (let start = 0; start < runs.length; ) {
    if (runs[start].kind === 'equal') {
      start++;
      continue;
    }
    let end = start;
    let deleted = '';
    let inserted = '';
    while (end < runs.length && runs[end].kind !== 'equal') {
      if (runs[end].kind === 'deleted') deleted += runs[end].text;
      else inserted += runs[end].text;
      end++;
    }
    if (onlyLostLinks(deleted) || onlyLostLinks(inserted)) {
      // One side recorded links without their words ("[…]"): whatever the other says there cannot be compared.
      for (let i = start; i < end; i++) {
        runs[i].cosmetic = true;
        runs[i].lostLink = true;
      }
    } else if (deleted !== '' && inserted !== '' && foldStyle(deleted) === foldStyle(inserted)) {
      for (let i = start; i < end; i++) runs[i].cosmetic = true;
    }
    start = end;
  }
}

/** Whether a side of a change is only the marks of links whose words a plain-text recording lost. @param {string} text */
function onlyLostLinks(text) {
  return /^(?:\s*\[…\])+\s*$/u.test(text);
}

/**
 * PunctuationStyle.Fold: one form for the typographic variants of a mark, white space and zero-width characters
 * dropped, a run of dashes as one dash.
 * @param {string} text
 */
export function foldStyle(text) {
  let folded = '';
  for (const c of text) {
    if (/\s/u.test(c) || c === '\u200B' || c === '\u200C' || c === '\u200D' || c === '\u2060' || c === '\uFEFF' || c === '\u00AD') continue;
    if ('\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4'.includes(c)) folded += "'";
    else if ('\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'.includes(c)) folded += '"';
    else if ('\u2010\u2011\u2012\u2013\u2014\u2015\u2212-'.includes(c)) {
      if (!folded.endsWith('-')) folded += '-';
    } else if (c === '\u2026') folded += '...';
    else folded += c;
  }
  return folded;
}

/**
 * @param {{ space: string, word: string }[]} a @param {{ space: string, word: string }[]} b
 * @returns {Array<['equal' | 'inserted' | 'deleted', { space: string, word: string }]>}
 */
function middle(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return [...a.map((t) => /** @type {['deleted', typeof t]} */ (['deleted', t])), ...b.map((t) => /** @type {['inserted', typeof t]} */ (['inserted', t]))];
  }
  const max = n + m;
  const offset = max;
  const v = new Int32Array(2 * max + 2);
  // trace[d]: the furthest x on each diagonal k in -d-1..d+1 before step d (only that window, so memory grows with
  // the square of the edit distance, not with the texts' length).
  /** @type {Int32Array[]} */
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x].word === b[y].word) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  /** @type {Array<['equal' | 'inserted' | 'deleted', { space: string, word: string }]>} */
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const w = trace[d];
    /** @param {number} k */
    const at = (k) => w[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(['equal', b[y - 1]]);
      x--;
      y--;
    }
    if (d > 0) {
      if (down) {
        ops.push(['inserted', b[y - 1]]);
        y--;
      } else {
        ops.push(['deleted', a[x - 1]]);
        x--;
      }
    }
  }
  return ops.reverse();
}
