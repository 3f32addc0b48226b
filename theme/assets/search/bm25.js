// Lucene 4.8's BM25Similarity in single precision, operation for operation (Math.fround after each float operation
// Lucene does in float), so that the page computes the very scores Lucene does. Coord and query norm are 1 in BM25.

const f = Math.fround;
const bits = new DataView(new ArrayBuffer(4));

/** SmallFloat.byte315ToFloat: the length a norm byte stands for, as 1/sqrt(length). */
function byte315ToFloat(b) {
  if (b === 0) return 0;
  bits.setInt32(0, ((b & 0xff) << (24 - 3)) + ((63 - 15) << 24));
  return bits.getFloat32(0);
}

/** BM25Similarity.NORM_TABLE: a norm byte decoded to a field length (byte 0, a missing field, is infinite). */
const NORM_TABLE = Float32Array.from({ length: 256 }, (_, i) => {
  const v = byte315ToFloat(i);
  return f(1 / f(v * v));
});

/** BM25Similarity.Idf. */
export function idf(docFreq, maxDoc) {
  return f(Math.log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5)));
}

/**
 * The scorer of one clause: idf (summed in float over a phrase's terms), boost, and the field's length statistics.
 * @param {import('./index-files.js').Bm25Settings} similarity
 * @param {import('./index-files.js').FieldStatistics} field
 * @param {number} maxDoc
 * @param {number[]} docFreqs
 * @param {number} boost
 * @returns {(freq: number, norm: number) => number}
 */
export function clauseScorer(similarity, field, maxDoc, docFreqs, boost) {
  const k1 = f(similarity.k1);
  const b = f(similarity.b);
  let weightIdf = f(0);
  for (const df of docFreqs) weightIdf = f(weightIdf + idf(df, maxDoc));
  const avgdl = field.sumTotalTermFreq <= 0 ? 1 : f(field.sumTotalTermFreq / maxDoc);
  const cache = new Float32Array(256);
  for (let i = 0; i < 256; i++) cache[i] = f(k1 * f(f(1 - b) + f(f(b * NORM_TABLE[i]) / avgdl)));
  // BM25Stats.Normalize with a top-level boost of 1, then BM25DocScorer's weight times (k1 + 1).
  const weight = f(f(weightIdf * f(boost)) * 1);
  const weightValue = f(weight * f(k1 + 1));
  return (freq, norm) => f(f(weightValue * freq) / f(freq + cache[norm]));
}
