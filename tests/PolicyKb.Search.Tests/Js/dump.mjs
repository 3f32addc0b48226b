// Reads a whole export back with the page's reader: { folder } answers { terms: { "kind field term": [df, docs, freqs,
// norms, positions] (sums, positions weighted by their rank) }, words: { word: df }, docs: [flags], meta: [id] }.
import { answer, openIndex, readRequest, theme } from './io.mjs';

const { decodeWordShard } = await import(new URL('index-files.js', theme));

const { folder } = await readRequest();
const index = await openIndex(folder);
const files = index.files;
const terms = {};
for (const kind of ['terms', 'pairs']) {
  for (const [, file] of files.manifest[kind]) {
    const entries = await files.file(file, (bytes) => files.decodeTermShard(bytes));
    for (const [term, fields] of entries) {
      for (const [field, p] of fields) {
        let positions = 0;
        if (p.positions) {
          for (const list of await files.positions(p)) list.forEach((pos, i) => { positions += pos * (i + 1); });
        }
        terms[`${kind} ${field} ${term}`] = [p.df, p.docs.reduce((a, b) => a + b, 0), p.freqs.reduce((a, b) => a + b, 0), p.norms.reduce((a, b) => a + b, 0), positions];
      }
    }
  }
}
const words = {};
for (const [, file] of files.manifest.words) {
  for (const w of await files.file(file, decodeWordShard)) words[w.word] = w.df;
}
const docs = [...await files.docs()];
const meta = [];
for (let d = 0; d < files.manifest.maxDoc; d++) meta.push((await files.meta(d)).id);
answer({ terms, words, docs, meta });
