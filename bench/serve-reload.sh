#!/usr/bin/env bash
# How long `serve` takes from an edit to the reload event that open pages act on.
#
#   bash bench/serve-reload.sh [runs]      # edits per input (default 7, after one warm-up edit); prints medians
#
# For the seed site (input/) and the Open Terms Archive corpus site (import-ota, as bench/incremental.sh makes it),
# starts `policykb serve` (watching), listens to its live-reload stream (server-sent events at /__policykb/events,
# the stream the page's live-reload script opens) and, once per run, appends a sentence to one policy version and
# measures from the write to the `reload` event (the pages are published: open pages reload) and to the `search`
# event (the search index of that edit is published too; serve writes it after the pages). The next edit waits for
# the `search` event, so that each edit finds the site at rest, as a person's next save would. The edited version is the newest of the first policy with more than
# one version (the same rule as incremental.sh). Targets (issue 14): ≤ 300 ms on the seed, ≤ 800 ms on the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
repo=$(pwd)
corpus=${POLICYKB_CORPUS:-$repo/../shared/corpus}
work=$(mktemp -d "${TMPDIR:-/tmp}/policykb-reload.XXXXXX")
serve=
cleanup() { [ -n "$serve" ] && kill "$serve" 2>/dev/null && wait "$serve" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/PolicyKb.Cli -c Release --nologo -v q >&2
policykb=(dotnet "$repo/src/PolicyKb.Cli/bin/Release/net10.0/policykb.dll")
cp -r "$repo/input" "$work/seed"
"${policykb[@]}" import-ota "$corpus/ota" -o "$work/corpus" --memos "$corpus/memos" \
  --history "$corpus/history/instagram-privacy-policy" >/dev/null

printf '%-7s %5s %9s %9s %9s %7s %12s  %s\n' input runs "median ms" "min ms" "max ms" target "search ms" "edited"
for name in seed corpus; do
  input="$work/$name"
  target=$(for d in "$input"/policies/*/; do n=$(find "$d" -maxdepth 1 \( -name '*.md' -o -name '*.txt' \) | wc -l); \
    [ "$n" -gt 1 ] && { find "$d" -maxdepth 1 \( -name '*.md' -o -name '*.txt' \) | sort | tail -1; break; }; done)
  [ -n "$target" ] || target=$(find "$input/policies" \( -name '*.md' -o -name '*.txt' \) | sort | head -1)
  port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
  echo "serve $name on port $port…" >&2
  "${policykb[@]}" serve -i "$input" -o "$work/out-$name" -p "$port" >"$work/serve-$name.log" 2>&1 &
  serve=$!
  for _ in $(seq 300); do grep -q '^Serving' "$work/serve-$name.log" && break; kill -0 "$serve" 2>/dev/null || break; sleep 0.2; done
  grep -q '^Serving' "$work/serve-$name.log" || { echo "serve did not start:" >&2; cat "$work/serve-$name.log" >&2; exit 1; }

  node - "http://127.0.0.1:$port/__policykb/events" "$target" "$runs" > "$work/times" <<'EOF'
// Listens to the reload stream, edits the file, and prints one line per measured edit: milliseconds from the write
// (just before it starts) to the reload event. The first edit warms the rebuild path and is not counted.
const fs = require('fs');
const [url, file, runs] = [process.argv[2], process.argv[3], Number(process.argv[4])];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  const response = await fetch(url, { headers: { Accept: 'text/event-stream' } });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let waiting = null;
  let searching = null;
  (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (/^event: reload$/m.test(event) && waiting) waiting(performance.now());
        if (/^event: search$/m.test(event) && searching) searching(performance.now());
      }
    }
  })();
  await sleep(500);
  for (let run = 0; run <= runs; run++) {
    const reloaded = new Promise((resolve) => { waiting = resolve; });
    const searched = new Promise((resolve) => { searching = resolve; });
    const timeout = sleep(60000).then(() => { throw new Error(`no reload event within 60 s after edit ${run}`); });
    const started = performance.now();
    fs.appendFileSync(file, `\n\nThis sentence was added by the reload benchmark, edit ${run} of ${process.pid}.\n`);
    const at = await Promise.race([reloaded, timeout]);
    waiting = null;
    const ready = await Promise.race([searched, sleep(60000).then(() => { throw new Error(`no search event within 60 s after edit ${run}`); })]);
    searching = null;
    if (run > 0) console.log(`${(at - started).toFixed(1)} ${(ready - started).toFixed(1)}`);
    await sleep(300); // let the rebuild's tail (logging, the search endpoint swap) finish before the next edit
  }
  process.exit(0);
})().catch((error) => { console.error(error.message); process.exit(1); });
EOF
  kill "$serve" 2>/dev/null; wait "$serve" 2>/dev/null || true; serve=
  limit=$([ "$name" = seed ] && echo 300 || echo 800)
  search_median=$(awk '{ print $2 }' "$work/times" | sort -g | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] }')
  awk '{ print $1 }' "$work/times" | sort -g | awk -v n="$name" -v runs="$runs" -v limit="$limit" -v search="$search_median" -v edited="${target#"$input"/}" '
    { a[NR] = $1 } END { printf "%-7s %5d %9.0f %9.0f %9.0f %7s %12s  %s\n", n, NR, a[int((NR + 1) / 2)], a[1], a[NR], "≤" limit, search, edited }'
done
