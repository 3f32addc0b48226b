// The index's analysis (src/PolicyKb.Search/Analysis/PolicyAnalyzer.cs), token for token: Lucene 4.8's
// StandardTokenizer (Unicode word boundaries, UAX #29, as its grammar states them), lower case, English possessive,
// English stop words (leaving a position gap), Porter stems. Lucene's RemoveDuplicatesTokenFilter ends the chain
// there; it has nothing to do here because no filter of the chain stacks tokens at one position.

import { stem } from './porter.js';

/** Lucene's StopAnalyzer.ENGLISH_STOP_WORDS_SET. */
export const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

// StandardTokenizer skips tokens longer than this, keeping their position.
const MAX_TOKEN_LENGTH = 255;

// Word-break classes, one letter per code point, so that the grammar becomes a regular expression over the letters:
// A ALetter, H Hebrew_Letter, N Numeric, K Katakana, L MidLetter, M MidNumLet, U MidNum, Q Single_Quote,
// D Double_Quote, E ExtendNumLet, F Format or Extend, C Han, G Hiragana, S Complex_Context, O anything else.
const CLASS_TESTS = [
  ['F', /[\p{M}\u200C\u200D\uFF9E\uFF9F]|(?![\u200B])\p{Cf}/u],
  ['K', /[\p{Script=Katakana}\u3031-\u3035\u309B\u309C\u30A0\u30FC\uFF70]/u],
  ['H', /(?=\p{Script=Hebrew})\p{L}/u],
  ['N', /[\p{Nd}\u066B]/u],
  ['L', /[:\u00B7\u0387\u05F4\u2027\uFE13\uFE55\uFF1A]/u],
  ['M', /[.\u2018\u2019\u2024\uFE52\uFF07\uFF0E]/u],
  ['U', /[,;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B]/u],
  ['Q', /'/u],
  ['D', /"/u],
  ['E', /\p{Pc}/u],
  ['C', /\p{Script=Han}/u],
  ['G', /\p{Script=Hiragana}/u],
  ['S', /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}\p{Script=Tai_Tham}\p{Script=Tai_Viet}]/u],
  ['A', /[\p{Alphabetic}\u02C2-\u02C5\u02D2-\u02D7\u02DE\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u05F3\uA720\uA721\uA789\uA78A\uAB5B]/u],
];

const CLASSES = 'FKHNLMUQDECGSAO';
const F = 0;
const OTHER = CLASSES.length - 1;

function classify(codePoint) {
  const ch = String.fromCodePoint(codePoint);
  for (const [letter, test] of CLASS_TESTS) {
    if (test.test(ch)) return CLASSES.indexOf(letter);
  }
  return OTHER;
}

// ASCII from a table; anything else classified once and remembered.
const ASCII = Uint8Array.from({ length: 128 }, (_, cp) => classify(cp));
const classCache = new Map();

function classOf(codePoint) {
  if (codePoint < 128) return ASCII[codePoint];
  let c = classCache.get(codePoint);
  if (c === undefined) {
    c = classify(codePoint);
    classCache.set(codePoint, c);
  }
  return c;
}

// StandardTokenizerImpl.jflex's rules as an automaton over the classes: a word is (ExtendNumLet)* then runs of
// letters, numbers or Katakana joined by the MidLetter/MidNum rules, several runs joined by ExtendNumLet; Southeast
// Asian letters run together; a Han or Hiragana character is a token of its own. Like JFlex, the tokenizer takes the
// longest match (a regular expression would take the first), and Format/Extend code points after a matched code
// point belong to the token.
const sym = (classes) => ({ classes });
const seq = (...items) => ({ seq: items });
const alt = (...items) => ({ alt: items });
const star = (item) => ({ star: item });
const plus = (item) => seq(item, star(item));

const EXTEND_NUM_LETS = star(sym('E'));
const LETTERS = seq(sym('AH'), star(seq(alt(EXTEND_NUM_LETS, sym('LMQ')), sym('AH'))));
const NUMBERS = seq(sym('N'), star(seq(alt(EXTEND_NUM_LETS, sym('UMQ')), sym('N'))));
const HEBREW = seq(sym('H'), alt(sym('Q'), seq(sym('D'), sym('H'))));
const KATAKANA = seq(sym('K'), star(seq(EXTEND_NUM_LETS, sym('K'))));
const RUN = alt(KATAKANA, plus(alt(HEBREW, NUMBERS, LETTERS)));
const WORD = seq(EXTEND_NUM_LETS, RUN, star(seq(plus(sym('E')), RUN)), EXTEND_NUM_LETS);
const TOKEN = alt(WORD, plus(sym('S')), sym('CG'));

// Thompson's construction: states with epsilon edges and class edges; the last state accepts.
const states = [];
function state() {
  states.push({ epsilon: [], edges: [] });
  return states.length - 1;
}
function build(node, from) {
  if (node.classes) {
    const to = state();
    states[from].edges.push([node.classes, to]);
    return to;
  }
  if (node.seq) return node.seq.reduce((at, item) => build(item, at), from);
  if (node.alt) {
    const to = state();
    for (const item of node.alt) {
      const start = state();
      states[from].epsilon.push(start);
      states[build(item, start)].epsilon.push(to);
    }
    return to;
  }
  const loop = state();
  states[from].epsilon.push(loop);
  const end = build(node.star, loop);
  states[end].epsilon.push(loop);
  return loop;
}
const START = state();
const ACCEPT = build(TOKEN, START);

function closure(set) {
  const stack = [...set];
  const seen = new Set(set);
  while (stack.length > 0) {
    for (const next of states[stack.pop()].epsilon) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}

// The automaton made deterministic as it is used: a state set by its key, and its transitions by class.
const dfa = new Map();
function dfaState(set) {
  const key = set.join(',');
  let node = dfa.get(key);
  if (!node) {
    node = { set, accepts: set.includes(ACCEPT), next: new Array(CLASSES.length) };
    dfa.set(key, node);
  }
  return node;
}
function step(node, c) {
  let next = node.next[c];
  if (next === undefined) {
    const letter = CLASSES[c];
    const targets = [];
    for (const s of node.set) for (const [classes, to] of states[s].edges) if (classes.includes(letter)) targets.push(to);
    next = targets.length === 0 ? null : dfaState(closure(targets));
    node.next[c] = next;
  }
  return next;
}
const INITIAL = dfaState(closure([START]));

/** The length, in code points, of the longest token starting at p (0 when none does). */
function longestMatch(classes, p) {
  let node = INITIAL;
  let longest = 0;
  for (let i = p; i < classes.length; i++) {
    const c = classes[i];
    if (c === F && i > p) {
      if (node.accepts) longest = i + 1 - p;
      continue;
    }
    node = step(node, c);
    if (node === null) break;
    if (node.accepts) longest = i + 1 - p;
  }
  return longest;
}

/**
 * Calls onToken(start, end, skippedBefore) for each raw token of a text: its UTF-16 start and end offsets, and how
 * many tokens before it were skipped for being too long (they still take a position).
 */
function scan(text, onToken) {
  const classes = new Uint8Array(text.length);
  const starts = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i);
    classes[n] = classOf(cp);
    starts[n++] = i;
    i += cp > 0xffff ? 2 : 1;
  }
  starts[n] = text.length;
  const line = classes.subarray(0, n);
  let skipped = 0;
  for (let p = 0; p < n;) {
    if (line[p] === OTHER) {
      p++;
      continue;
    }
    const length = longestMatch(line, p);
    if (length === 0) {
      p++;
      continue;
    }
    const start = starts[p];
    const end = starts[p + length];
    if (end - start <= MAX_TOKEN_LENGTH) {
      onToken(start, end, skipped);
      skipped = 0;
    } else {
      skipped++;
    }
    p += length;
  }
}

/** The raw tokens of a text: [{ start, end, skippedBefore }] (see scan). */
export function tokenize(text) {
  const tokens = [];
  scan(text, (start, end, skippedBefore) => tokens.push({ start, end, skippedBefore }));
  return tokens;
}

// Lower case per code point, as Lucene.Net does: a code point whose lower case is several code points (U+0130, whose
// full lower case is i and a combining dot) stays as it is.
function lowerCase(token) {
  const lower = token.toLowerCase();
  if (lower.length === token.length && !/[\u03A3\u0130]/u.test(token)) return lower;
  let out = '';
  for (const ch of token) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function stripPossessive(term) {
  const n = term.length;
  if (n >= 2 && (term[n - 1] === 's' || term[n - 1] === 'S')) {
    const q = term[n - 2];
    if (q === '\'' || q === '\u2019' || q === '\uFF07') return term.slice(0, n - 2);
  }
  return term;
}

const stems = new Map();

function stemOf(surface) {
  let s = stems.get(surface);
  if (s === undefined) {
    s = stem(surface);
    stems.set(surface, s);
  }
  return s;
}

/**
 * Analyzes a text as the index's text fields are: tokens with their term (the stem), surface (lower case, before
 * stemming), position and offsets. With <c>stemmed: false</c>, term is the surface (the vocabulary's analysis).
 */
export function analyze(text, { stemmed = true } = {}) {
  const result = [];
  let position = -1;
  scan(text, (start, end, skippedBefore) => {
    position += 1 + skippedBefore;
    const surface = stripPossessive(lowerCase(text.slice(start, end)));
    if (STOP_WORDS.has(surface)) return;
    result.push({ term: stemmed ? stemOf(surface) : surface, surface, position, start, end });
  });
  return result;
}

/**
 * Where the given stems occur in a text: [{ start, end, term }], as analyze would find them, faster: a stem keeps
 * its word's first letter, so tokens starting with another letter are never lower-cased or stemmed.
 */
export function findTerms(text, terms) {
  const wanted = new Set(terms);
  const firsts = new Set([...wanted].map((t) => String.fromCodePoint(t.codePointAt(0))));
  const result = [];
  scan(text, (start, end) => {
    if (!firsts.has(lowerCase(String.fromCodePoint(text.codePointAt(start))))) return;
    const surface = stripPossessive(lowerCase(text.slice(start, end)));
    if (STOP_WORDS.has(surface)) return;
    const term = stemOf(surface);
    if (wanted.has(term)) result.push({ start, end, term });
  });
  return result;
}

/** The stem of one surface word of the vocabulary (null when analysis drops it). */
export function stemWord(word) {
  const tokens = analyze(word);
  return tokens.length === 1 ? tokens[0].term : null;
}
