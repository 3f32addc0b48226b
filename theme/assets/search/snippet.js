// A snippet of a section's text around the words a query matched, as SnippetBuilder.cs cuts it: the window of at
// most maxLength characters holding the most distinct matched terms (then the most matches, the earliest on ties),
// starting lead characters before a match, moved to word boundaries, whitespace runs collapsed.

const ELLIPSIS = '\u2026';

/** The same whitespace as SnippetBuilder.IsSpace. */
export function isSpace(c) {
  const code = c.charCodeAt(0);
  return code <= 0x20 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

function collapse(text) {
  let out = '';
  let space = false;
  for (const c of text) {
    if (isSpace(c)) {
      space = true;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return space ? `${out} ` : out;
}

// Windows move right as their anchor does (matches are sorted and do not overlap), so one pass with two pointers
// and a count per term finds the best, as SnippetBuilder.cs does by trying each anchor.
function window(text, matches, { maxLength, lead }) {
  if (text.length <= maxLength) return [0, text.length];
  if (matches.length === 0) return [0, maxLength];
  let best = [0, 0];
  let bestDistinct = -1;
  let bestCount = -1;
  const counts = new Map();
  let first = 0;
  let next = 0;
  for (const anchor of matches) {
    const end = Math.min(text.length, Math.max(0, anchor.start - lead) + maxLength);
    const start = Math.max(0, end - maxLength);
    for (; next < matches.length && matches[next].end <= end; next++) {
      counts.set(matches[next].term, (counts.get(matches[next].term) ?? 0) + 1);
    }
    for (; first < next && matches[first].start < start; first++) {
      const left = counts.get(matches[first].term) - 1;
      if (left === 0) counts.delete(matches[first].term);
      else counts.set(matches[first].term, left);
    }
    const distinct = counts.size;
    const count = next - first;
    if (distinct > bestDistinct || (distinct === bestDistinct && count > bestCount)) {
      best = [start, end];
      bestDistinct = distinct;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Cuts the snippet of a region of a section's text (SnippetBuilder.Cut): [{ text, highlighted }]. textBefore and
 * textAfter say whether the text goes on beyond the region.
 * @param {string} text
 * @param {{ start: number, end: number, term: string }[]} matchList
 * @param {import('./index-files.js').SnippetSettings} settings
 * @param {boolean} [textBefore]
 * @param {boolean} [textAfter]
 */
export function buildSnippet(text, matchList, settings, textBefore = false, textAfter = false) {
  const sorted = [...matchList].sort((a, b) => (a.start - b.start) || (a.end - b.end));
  let [start, end] = window(text, sorted, settings);
  const inside = sorted.filter((m) => m.start >= start && m.end <= end);
  const cutBefore = start > 0 || textBefore;
  const cutAfter = end < text.length || textAfter;
  if (cutBefore) {
    const limit = inside.length > 0 ? inside[0].start : end;
    for (let i = start; i < limit; i++) {
      if (isSpace(text[i])) {
        start = i + 1;
        break;
      }
    }
  }
  if (cutAfter) {
    const limit = inside.length > 0 ? inside[inside.length - 1].end : start;
    for (let i = end - 1; i >= limit; i--) {
      if (isSpace(text[i])) {
        end = i;
        break;
      }
    }
  }
  const parts = [];
  let position = start;
  for (const match of inside) {
    if (match.start < position) continue;
    parts.push({ text: collapse(text.slice(position, match.start)), highlighted: false });
    parts.push({ text: text.slice(match.start, match.end), highlighted: true });
    position = match.end;
  }
  parts.push({ text: collapse(text.slice(position, end)), highlighted: false });
  parts[0] = { ...parts[0], text: (cutBefore ? ELLIPSIS : '') + parts[0].text.replace(/^\s+/, '') };
  const last = parts.length - 1;
  parts[last] = { ...parts[last], text: parts[last].text.replace(/\s+$/, '') + (cutAfter ? ELLIPSIS : '') };
  return parts.filter((p) => p.text.length > 0);
}
