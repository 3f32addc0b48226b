// Times the compare page in Chromium: from navigation to the comparison shown, and the bytes it fetched (gzip).
// node bench/compare-bench.mjs BASE_URL PATH [runs]
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const [base, path, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const times = [];
let bytes = 0, raw = 0, files = 0;
for (let i = 0; i < runs; i++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => { try { bodies.push(await response.buffer()); } catch { /* redirects */ } });
  const wanted = new URL(base + path).searchParams;
  const shown = `${wanted.get('from')}..${wanted.get('to')}`;
  const start = Date.now();
  await page.goto(base + path, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(`#compare-result[data-shown="${shown}"][aria-busy="false"]`, { timeout: 60000 });
  times.push(Date.now() - start);
  await new Promise((r) => setTimeout(r, 200));
  if (i === 0) {
    files = bodies.length;
    raw = bodies.reduce((s, b) => s + b.length, 0);
    bytes = bodies.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
  }
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
console.log(JSON.stringify({ median_ms: times[Math.floor(times.length / 2)], min_ms: times[0], max_ms: times[times.length - 1], files, raw_kb: Math.round(raw / 1024), gzip_kb: Math.round(bytes / 1024) }));
