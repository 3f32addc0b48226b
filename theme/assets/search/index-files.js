// Reads the static export of the Lucene index (src/PolicyKb.Search/Export/SearchIndexExporter.cs; the format is in
// src/PolicyKb.Search/README.md): the manifest, then only the shards a query's terms need, each fetched once.

const utf8 = new TextDecoder();

/** Compares strings by Unicode code points: Lucene's term order, in which the shards are cut. */
export function compareCodePoints(a, b) {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(j);
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return (a.length - i) - (b.length - j);
}

/** A cursor over bytes of the export: LEB128 integers, single bytes, front-coded strings. */
class Reader {
  constructor(bytes, offset = 0) {
    this.bytes = bytes;
    this.offset = offset;
  }

  varInt() {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.offset++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }

  byte() {
    return this.bytes[this.offset++];
  }

  frontCoded(previous) {
    const shared = this.varInt();
    const length = this.varInt();
    const rest = utf8.decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return previous.slice(0, shared) + rest;
  }
}

/** The index of the shard whose range holds key: the last shard whose key sorts at or before it, or -1. */
function shardOf(keys, key) {
  let low = 0;
  let high = keys.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (compareCodePoints(keys[mid], key) <= 0) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The indexes of the shards that may hold keys starting with prefix. */
function shardsWithPrefix(keys, prefix) {
  const result = [];
  if (keys.length === 0) return result;
  let i = Math.max(0, shardOf(keys, prefix));
  result.push(i);
  while (i + 1 < keys.length && keys[i + 1].startsWith(prefix)) result.push(++i);
  return result;
}

/** The path of shard i of a shard list of the manifest: { dir, keys, files }. */
const shardPath = (list, i) => `${list.dir}${list.files[i]}.bin`;

/** The export of one index, behind a function that fetches a file's bytes by its URL. */
export class IndexFiles {
  constructor(manifestUrl, manifest, fetchBytes) {
    this.base = manifestUrl;
    this.manifest = manifest;
    this.fetchBytes = fetchBytes;
    this.fields = manifest.fields.map((f) => f.name);
    this.cache = new Map();
  }

  static async open(manifestUrl, fetchBytes) {
    const manifest = JSON.parse(utf8.decode(await fetchBytes(manifestUrl)));
    if (manifest.format !== 2) throw new Error(`Unknown search index format ${manifest.format}`);
    return new IndexFiles(manifestUrl, manifest, fetchBytes);
  }

  /** Fetches and decodes a file of the export once; later calls share the same promise. */
  file(path, decode) {
    let entry = this.cache.get(path);
    if (!entry) {
      const url = new URL(path, this.base).href;
      entry = this.fetchBytes(url).then((buffer) => decode(new Uint8Array(buffer)));
      entry.catch(() => this.cache.delete(path));
      this.cache.set(path, entry);
    }
    return entry;
  }

  /** Per section: whether it is current, whether it is a memo, and its audiences as bits. */
  docs() {
    return this.file(this.manifest.docs, (bytes) => {
      const reader = new Reader(bytes);
      const count = reader.varInt();
      const flags = new Uint32Array(count);
      for (let d = 0; d < count; d++) flags[d] = reader.varInt();
      return flags;
    });
  }

  /** The entry of a term ('terms') or a pair of adjacent terms ('pairs'), or null when the index does not have it. */
  async term(kind, term) {
    const list = this.manifest[kind];
    const index = shardOf(list.keys, term);
    if (index < 0) return null;
    const entries = await this.file(shardPath(list, index), (bytes) => this.decodeTermShard(bytes));
    return entries.get(term) ?? null;
  }

  decodeTermShard(bytes) {
    const reader = new Reader(bytes);
    const count = reader.varInt();
    const entries = new Map();
    let previous = '';
    for (let t = 0; t < count; t++) {
      const term = reader.frontCoded(previous);
      previous = term;
      const mask = reader.varInt();
      const fields = new Map();
      for (let f = 0; f < this.fields.length; f++) {
        if ((mask & (1 << f)) === 0) continue;
        const df = reader.varInt();
        const docs = new Int32Array(df);
        const freqs = new Int32Array(df);
        const norms = new Uint8Array(df);
        const pages = this.manifest.fields[f].pages ? new Uint32Array(df) : null;
        let doc = -1;
        for (let p = 0; p < df; p++) {
          doc += reader.varInt() + 1;
          docs[p] = doc;
          freqs[p] = reader.varInt();
          norms[p] = reader.byte();
          if (pages) pages[p] = reader.varInt();
        }
        const postings = { df, docs, freqs, norms, pages, positions: null };
        if (this.manifest.fields[f].positions) {
          postings.positions = { shard: reader.varInt(), offset: reader.varInt() };
        }
        fields.set(this.fields[f], postings);
      }
      entries.set(term, fields);
    }
    return entries;
  }

  /** The positions of a term's postings in one field: one Int32Array per document of the postings, in order. */
  async positions(postings) {
    if (postings.decodedPositions) return postings.decodedPositions;
    const { shard, offset } = postings.positions;
    const bytes = await this.file(shardPath(this.manifest.positions, shard), (b) => b);
    const reader = new Reader(bytes, offset);
    const result = new Array(postings.df);
    for (let p = 0; p < postings.df; p++) {
      const list = new Int32Array(postings.freqs[p]);
      let position = -1;
      for (let i = 0; i < list.length; i++) {
        position += reader.varInt() + 1;
        list[i] = position;
      }
      result[p] = list;
    }
    postings.decodedPositions = result;
    return result;
  }

  /** The vocabulary's words that start with prefix, with the number of sections using each, in index order. */
  async wordsStartingWith(prefix) {
    const list = this.manifest.words;
    const lists = await Promise.all(shardsWithPrefix(list.keys, prefix).map((i) => this.file(shardPath(list, i), decodeWordShard)));
    const result = [];
    for (const list of lists) {
      for (const entry of list) if (entry.word.startsWith(prefix)) result.push(entry);
    }
    return result;
  }

  /** A section: id, url, title, heading, path, kind, document, version, current, audiences, length, text (its first page). */
  section(doc) {
    return this.file(`${sectionFile(this.manifest.sections, doc)}.json`, (bytes) => JSON.parse(utf8.decode(bytes)));
  }

  /** The text of a further page of a section (page 1 and on; see TextPages.cs). */
  page(doc, page) {
    return this.file(`${sectionFile(this.manifest.sections, doc)}-${page}.txt`, (bytes) => utf8.decode(bytes));
  }
}

/** A section's files are in its group's folder, named by its number in the group: the last group starting at or before it. */
function sectionFile(groups, doc) {
  let low = 0;
  let high = groups.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (groups.starts[middle] <= doc) low = middle;
    else high = middle - 1;
  }
  return `${groups.dirs[low]}${doc - groups.starts[low]}`;
}

export function decodeWordShard(bytes) {
  const reader = new Reader(bytes);
  const count = reader.varInt();
  const words = new Array(count);
  let previous = '';
  for (let w = 0; w < count; w++) {
    const word = reader.frontCoded(previous);
    previous = word;
    words[w] = { word, df: reader.varInt() };
  }
  return words;
}
