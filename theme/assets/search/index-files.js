// Reads the static export of the Lucene index: the manifest, then only the shards a query's terms need, each fetched
// once. The format is specified once, by the C# records of src/PolicyKb.Search/Export/Format/ (SearchManifest.cs
// first, which also specifies the binary files); the typedefs below only name those shapes for the script.

/**
 * manifest.json: src/PolicyKb.Search/Export/Format/SearchManifest.cs.
 * @typedef {object} SearchManifest
 * @property {number} format
 * @property {string} generator
 * @property {number} maxDoc
 * @property {Bm25Settings} similarity
 * @property {FieldStatistics[]} fields
 * @property {QuerySettings} query
 * @property {SnippetSettings} snippet
 * @property {SuggestSettings} suggest
 * @property {AudienceLabel[]} audiences
 * @property {SynonymForm[][]} synonyms
 * @property {string} docs
 * @property {ShardList} terms
 * @property {ShardList} pairs
 * @property {ShardList} words
 * @property {PositionFiles} positions
 * @property {SectionGroups} sections
 */

/**
 * src/PolicyKb.Search/Export/Format/Bm25Settings.cs.
 * @typedef {object} Bm25Settings
 * @property {number} k1
 * @property {number} b
 */

/**
 * src/PolicyKb.Search/Export/Format/FieldStatistics.cs.
 * @typedef {object} FieldStatistics
 * @property {string} name
 * @property {number} sumTotalTermFreq
 * @property {number} docCount
 * @property {boolean} positions
 * @property {boolean} pages
 */

/**
 * src/PolicyKb.Search/Export/Format/QuerySettings.cs.
 * @typedef {object} QuerySettings
 * @property {string[]} wordFields
 * @property {string[]} phraseFields
 * @property {Object<string, number>} fieldBoosts
 * @property {Object<string, number>} phraseBoosts
 * @property {number} pair
 * @property {number} prefix
 * @property {number} prefixMinLength
 * @property {number} prefixMaxExpansions
 * @property {number} typo
 * @property {number} typoMinLength
 * @property {number} typoPrefixLength
 * @property {number} typoMaxExpansions
 * @property {number} synonym
 * @property {number} maxWords
 */

/**
 * src/PolicyKb.Search/Export/Format/SnippetSettings.cs.
 * @typedef {object} SnippetSettings
 * @property {number} maxLength
 * @property {number} lead
 * @property {number} minPageLength
 * @property {number} maxPages
 * @property {number} margin
 */

/**
 * src/PolicyKb.Search/Export/Format/SuggestSettings.cs.
 * @typedef {object} SuggestSettings
 * @property {number} minLength
 * @property {number} perWord
 * @property {number} max
 */

/**
 * src/PolicyKb.Search/Indexing/AudienceLabel.cs.
 * @typedef {object} AudienceLabel
 * @property {string} id
 * @property {string} name
 */

/**
 * src/PolicyKb.Search/Indexing/SynonymForm.cs.
 * @typedef {object} SynonymForm
 * @property {string[]} terms
 * @property {number[]} positions
 */

/**
 * src/PolicyKb.Search/Export/Format/ShardList.cs.
 * @typedef {object} ShardList
 * @property {string} dir
 * @property {string[]} keys
 * @property {string[]} files
 */

/**
 * src/PolicyKb.Search/Export/Format/PositionFiles.cs.
 * @typedef {object} PositionFiles
 * @property {string} dir
 * @property {string[]} files
 */

/**
 * src/PolicyKb.Search/Export/Format/SectionGroups.cs.
 * @typedef {object} SectionGroups
 * @property {number[]} starts
 * @property {string[]} dirs
 * @property {number} blockSize
 */

/**
 * A section's entry in its block file b<k>.json (an array of them): src/PolicyKb.Search/Export/Format/SectionFile.cs.
 * @typedef {object} SectionFile
 * @property {string | null} id
 * @property {string | null} url
 * @property {string | null} title
 * @property {string} heading
 * @property {string[]} path
 * @property {string | null} kind
 * @property {string | null} document
 * @property {string | null} version
 * @property {string[]} versions
 * @property {boolean} current
 * @property {string[]} audiences
 * @property {number} length
 * @property {string} text
 */

/**
 * A term's postings in one field as this script decodes them from a term shard (SearchManifest.Terms): parallel
 * arrays over its documents, and where its positions are (decoded on demand into decodedPositions).
 * @typedef {object} Postings
 * @property {number} df
 * @property {Int32Array} docs
 * @property {Int32Array} freqs
 * @property {Uint8Array} norms
 * @property {Uint32Array | null} pages
 * @property {{ shard: number, offset: number } | null} positions
 * @property {Int32Array[]} [decodedPositions]
 */

/**
 * A vocabulary entry as decoded from a word shard (SearchManifest.Words).
 * @typedef {object} WordEntry
 * @property {string} word
 * @property {number} df
 */

/** The format this script reads: SearchManifest.CurrentFormat. */
const FORMAT = 3;

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

/** A cursor over the bytes of a binary file of the export (integers and keys as SearchManifest.cs specifies them). */
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

/**
 * The index of the shard whose range holds key: the last shard whose key sorts at or before it, or -1.
 * @param {string[]} keys ShardList.keys
 * @param {string} key
 * @returns {number}
 */
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

/**
 * The indexes of the shards that may hold keys starting with prefix.
 * @param {string[]} keys ShardList.keys
 * @param {string} prefix
 * @returns {number[]}
 */
function shardsWithPrefix(keys, prefix) {
  const result = [];
  if (keys.length === 0) return result;
  let i = Math.max(0, shardOf(keys, prefix));
  result.push(i);
  while (i + 1 < keys.length && keys[i + 1].startsWith(prefix)) result.push(++i);
  return result;
}

/**
 * The path of shard i of a list of shards.
 * @param {ShardList | PositionFiles} list
 * @param {number} i
 * @returns {string}
 */
const shardPath = (list, i) => `${list.dir}${list.files[i]}.bin`;

/** The export of one index, behind a function that fetches a file's bytes by its URL. */
export class IndexFiles {
  /**
   * @param {string} manifestUrl
   * @param {SearchManifest} manifest
   * @param {(url: string) => Promise<ArrayBuffer>} fetchBytes
   */
  constructor(manifestUrl, manifest, fetchBytes) {
    this.base = manifestUrl;
    this.manifest = manifest;
    this.fetchBytes = fetchBytes;
    this.fields = manifest.fields.map((f) => f.name);
    this.cache = new Map();
  }

  /**
   * @param {string} manifestUrl
   * @param {(url: string) => Promise<ArrayBuffer>} fetchBytes
   * @returns {Promise<IndexFiles>}
   */
  static async open(manifestUrl, fetchBytes) {
    /** @type {SearchManifest} */
    const manifest = JSON.parse(utf8.decode(await fetchBytes(manifestUrl)));
    if (manifest.format !== FORMAT) throw new Error(`Unknown search index format ${manifest.format}`);
    return new IndexFiles(manifestUrl, manifest, fetchBytes);
  }

  /**
   * Fetches and decodes a file of the export once; later calls share the same promise.
   * @template T
   * @param {string} path
   * @param {(bytes: Uint8Array) => T} decode
   * @returns {Promise<T>}
   */
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

  /**
   * The flags of every section (SearchManifest.Docs), by document number.
   * @returns {Promise<Uint32Array>}
   */
  docs() {
    return this.file(this.manifest.docs, (bytes) => {
      const reader = new Reader(bytes);
      const count = reader.varInt();
      const flags = new Uint32Array(count);
      for (let d = 0; d < count; d++) flags[d] = reader.varInt();
      return flags;
    });
  }

  /**
   * The entry of a term ('terms') or a pair of adjacent terms ('pairs'), or null when the index does not have it.
   * @param {'terms' | 'pairs'} kind
   * @param {string} term
   * @returns {Promise<Map<string, Postings> | null>} the postings by field name
   */
  async term(kind, term) {
    const list = this.manifest[kind];
    const index = shardOf(list.keys, term);
    if (index < 0) return null;
    const entries = await this.file(shardPath(list, index), (bytes) => this.decodeTermShard(bytes));
    return entries.get(term) ?? null;
  }

  /**
   * A term shard's entries (SearchManifest.Terms).
   * @param {Uint8Array} bytes
   * @returns {Map<string, Map<string, Postings>>}
   */
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
        /** @type {Postings} */
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

  /**
   * The positions of a term's postings in one field (PositionFiles): one array per document of the postings, in order.
   * @param {Postings} postings
   * @returns {Promise<Int32Array[]>}
   */
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

  /**
   * The vocabulary's words that start with prefix, with the number of sections using each, in index order.
   * @param {string} prefix
   * @returns {Promise<WordEntry[]>}
   */
  async wordsStartingWith(prefix) {
    const list = this.manifest.words;
    const lists = await Promise.all(shardsWithPrefix(list.keys, prefix).map((i) => this.file(shardPath(list, i), decodeWordShard)));
    const result = [];
    for (const list of lists) {
      for (const entry of list) if (entry.word.startsWith(prefix)) result.push(entry);
    }
    return result;
  }

  /**
   * A section's metadata and the first page of its text.
   * @param {number} doc
   * @returns {Promise<SectionFile>}
   */
  async section(doc) {
    const { dir, local } = sectionPlace(this.manifest.sections, doc);
    const size = this.manifest.sections.blockSize;
    /** @type {SectionFile[]} */
    const block = await this.file(`${dir}b${Math.floor(local / size)}.json`, (bytes) => JSON.parse(utf8.decode(bytes)));
    return block[local % size];
  }

  /**
   * The text of a further page of a section (page 1 and on, see SectionGroups.cs).
   * @param {number} doc
   * @param {number} page
   * @returns {Promise<string>}
   */
  page(doc, page) {
    const { dir, local } = sectionPlace(this.manifest.sections, doc);
    return this.file(`${dir}${local}-${page}.txt`, (bytes) => utf8.decode(bytes));
  }
}

/**
 * Where a section's files are: its group's folder and its number in the group (see SectionGroups.cs).
 * @param {SectionGroups} groups
 * @param {number} doc
 * @returns {{ dir: string, local: number }}
 */
function sectionPlace(groups, doc) {
  let low = 0;
  let high = groups.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (groups.starts[middle] <= doc) low = middle;
    else high = middle - 1;
  }
  return { dir: groups.dirs[low], local: doc - groups.starts[low] };
}

/**
 * A word shard's entries (SearchManifest.Words).
 * @param {Uint8Array} bytes
 * @returns {WordEntry[]}
 */
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
