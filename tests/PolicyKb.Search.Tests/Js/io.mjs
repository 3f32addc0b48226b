// Shared by the test scripts: read the JSON request from stdin, print the JSON answer, open an export folder.
import { readFile } from 'node:fs/promises';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';

export const theme = new URL('../../../theme/assets/search/', import.meta.url);

export async function readRequest() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export function answer(value) {
  process.stdout.write(JSON.stringify(value));
}

export async function openIndex(folder) {
  const { SearchIndex } = await import(new URL('engine.js', theme));
  const manifest = pathToFileURL(path.join(folder, 'manifest.json')).href;
  return SearchIndex.open(manifest, async (url) => {
    const bytes = await readFile(fileURLToPath(url));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  });
}
