// Analyzes texts with the page's analyzer: { texts: [..], words: [..] } answers { tokens: [[term, position, start,
// end, ...] per text], stems: [stem or null per word] }.
import { answer, readRequest, theme } from './io.mjs';

const { analyze, stemWord } = await import(new URL('analyzer.js', theme));
const request = await readRequest();
answer({
  tokens: request.texts.map((text) => analyze(text).flatMap((t) => [t.term, t.position, t.start, t.end])),
  stems: request.words.map((w) => stemWord(w)),
});
