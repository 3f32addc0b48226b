// Reads a whole export back with the page's reader: { folder } answers { terms: { "kind field term": [df, docs, freqs,
// norms, positions] (sums, positions weighted by their rank) }, words: { word: df }, docs: [flags], sections: [id] }.
import { answer, openIndex, readRequest, theme } from './io.mjs';

const { decodeWordShard } = await import(new URL('index-files.js', theme));

const { folder } = await readRequest();
const index = await openIndex(folder);
const files = index.files;
const terms = {};
for (const kind of ['terms', 'pairs']) {
  const list = files.manifest[kind];
  for (const hash of list.files) {
    const entries = await files.file(`${list.dir}${hash}.bin`, (bytes) => files.decodeTermShard(bytes));
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
for (const hash of files.manifest.words.files) {
  for (const w of await files.file(`${files.manifest.words.dir}${hash}.bin`, decodeWordShard)) words[w.word] = w.df;
}
const docs = [...await files.docs()];
const sections = [];
for (let d = 0; d < files.manifest.maxDoc; d++) sections.push((await files.section(d)).id);
answer({ terms, words, docs, sections });
