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

const classCache = new Map();

function classOf(codePoint) {
  if (codePoint < 0x80) {
    // The common case, without regular expressions.
    if ((codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a)) return 'A';
    if (codePoint >= 0x30 && codePoint <= 0x39) return 'N';
  }
  let c = classCache.get(codePoint);
  if (c === undefined) {
    const ch = String.fromCodePoint(codePoint);
    c = 'O';
    for (const [letter, test] of CLASS_TESTS) {
      if (test.test(ch)) {
        c = letter;
        break;
      }
    }
    classCache.set(codePoint, c);
  }
  return c;
}

// StandardTokenizerImpl.jflex's word rule: (ExtendNumLet)* then letters, numbers or Katakana joined by the
// MidLetter/MidNum rules, possibly several such runs joined by ExtendNumLet, each code point followed by any number
// of Format/Extend code points.
const X = (c) => `${c}F*`;
const EXS = `(?:${X('E')})*`;
const LETTERS = `[AH]F*(?:(?:${EXS}|[LMQ]F*)[AH]F*)*`;
const NUMBERS = `NF*(?:(?:${EXS}|[UMQ]F*)NF*)*`;
const HEBREW = `HF*(?:QF*|DF*HF*)`;
const KATAKANA = `KF*(?:${EXS}KF*)*`;
const RUN = `(?:${KATAKANA}|(?:${HEBREW}|${NUMBERS}|${LETTERS})+)`;
const WORD = new RegExp(`${EXS}${RUN}(?:(?:${X('E')})+${RUN})*${EXS}`, 'y');
const SOUTHEAST_ASIAN = /(?:SF*)+/y;
const SINGLE = /[CG]F*/y;

/**
 * The raw tokens of a text: their UTF-16 start and end offsets, and how many tokens before each were skipped for
 * being too long (they still take a position).
 */
export function tokenize(text) {
  const classes = [];
  const starts = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i);
    classes.push(classOf(cp));
    starts.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  starts.push(text.length);
  const line = classes.join('');
  const tokens = [];
  let skipped = 0;
  for (let p = 0; p < line.length;) {
    let length = 0;
    for (const rule of [WORD, SOUTHEAST_ASIAN, SINGLE]) {
      rule.lastIndex = p;
      const match = rule.exec(line);
      if (match && match[0].length > length) length = match[0].length;
    }
    if (length === 0) {
      p++;
      continue;
    }
    const start = starts[p];
    const end = starts[p + length];
    if (end - start <= MAX_TOKEN_LENGTH) {
      tokens.push({ start, end, skippedBefore: skipped });
      skipped = 0;
    } else {
      skipped++;
    }
    p += length;
  }
  return tokens;
}

// Character.toLowerCase per code point (simple case mapping): a code point whose full lower case has several code
// points (only U+0130) maps to the first.
function lowerCase(token) {
  let out = '';
  for (const ch of token) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : String.fromCodePoint(lower.codePointAt(0));
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

/**
 * Analyzes a text as the index's text fields are: tokens with their term (the stem), surface (lower case, before
 * stemming), position and offsets. With <c>stemmed: false</c>, term is the surface (the vocabulary's analysis).
 */
export function analyze(text, { stemmed = true } = {}) {
  const result = [];
  let position = -1;
  for (const token of tokenize(text)) {
    position += 1 + token.skippedBefore;
    const surface = stripPossessive(lowerCase(text.slice(token.start, token.end)));
    if (STOP_WORDS.has(surface)) continue;
    result.push({ term: stemmed ? stem(surface) : surface, surface, position, start: token.start, end: token.end });
  }
  return result;
}

/** The stem of one surface word of the vocabulary (null when analysis drops it). */
export function stemWord(word) {
  const tokens = analyze(word);
  return tokens.length === 1 ? tokens[0].term : null;
}
