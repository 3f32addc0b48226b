#!/usr/bin/env bash
# Lighthouse 12 (performance, accessibility, best practices, SEO) on five pages of the seed site.
#
#   (cd bench && npm ci)                 # once: Lighthouse 12 (and Pagefind) into bench/node_modules
#   bash bench/lighthouse.sh [runs]      # runs per page (default 1); with more, the run with the median performance is shown
#
# Builds input/ into a temporary folder and serves it with `policykb serve --no-watch` (the production security
# headers of netlify.toml, strict CSP included, and no live-reload script), then runs Lighthouse's default mobile
# audit (simulated throttling) against Debian's Chromium on: the home page, the first policy page, the search page
# with a query, the glossary, and the first change page. Prints one table to standard output: page x the four
# categories, LCP (ms), CLS, and every audit that scores below 1 and counts in a category. Progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1}
lh=bench/node_modules/.bin/lighthouse
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$lh" ] || { echo "lighthouse is missing: (cd bench && npm ci)" >&2; exit 1; }
[ -x "$chromium" ] || { echo "chromium is missing at $chromium: apt-get install -y chromium" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/policykb-lh.XXXXXX")
serve=
cleanup() { [ -n "$serve" ] && kill "$serve" 2>/dev/null && wait "$serve" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/PolicyKb.Cli -c Release --nologo -v q >&2
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
site="$work/site"
# The built assembly itself, not `dotnet run`: killing `dotnet run` can leave the server it started running.
dotnet src/PolicyKb.Cli/bin/Release/net10.0/policykb.dll serve --no-watch -o "$site" -p "$port" >"$work/serve.log" 2>&1 &
serve=$!
base="http://127.0.0.1:$port"
for _ in $(seq 180); do curl -fs "$base/" >/dev/null && break; kill -0 "$serve" 2>/dev/null || break; sleep 1; done
curl -fs "$base/" >/dev/null || { echo "serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# The largest policy page and change page (the privacy policy's on the seed): the most to download and lay out.
largest() { find "$site/policies" "$@" -name index.html -printf '%s %P\n' | sort -k1,1nr -k2 | head -1 | sed 's/^[0-9]* //; s/index.html$//'; }
policy=$(largest -mindepth 2 -maxdepth 2); policy=${policy:+policies/$policy}
change=$(largest -path '*/changes/*'); change=${change:+policies/$change}
[ -n "$policy" ] && [ -n "$change" ] || { echo "no policy or change page in $site/" >&2; exit 1; }
pages=("home=/" "policy=/$policy" "search=/search/?q=data" "glossary=/glossary/" "change=/$change")

for entry in "${pages[@]}"; do
  name=${entry%%=*}; path=${entry#*=}
  for run in $(seq "$runs"); do
    echo "lighthouse $name ($path) run $run/$runs" >&2
    CHROME_PATH="$chromium" "$lh" "$base$path" --quiet --output=json --output-path="$work/$name.$run.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
      --only-categories=performance,accessibility,best-practices,seo >&2
  done
done

printf '%s\n' "${pages[@]}" > "$work/pages"
node - "$work" "$runs" <<'EOF'
const fs = require("fs");
const [work, runs] = [process.argv[2], Number(process.argv[3])];
const categories = ["performance", "accessibility", "best-practices", "seo"];
const pages = fs.readFileSync(`${work}/pages`, "utf8").trim().split("\n").map(e => [e.slice(0, e.indexOf("=")), e.slice(e.indexOf("=") + 1)]);
console.log(["page".padEnd(9), "perf", "a11y", "  bp", " seo", "LCP ms", "  CLS", " failing audits (score)"].join(" "));
for (const [name, path] of pages) {
  const reports = [];
  for (let run = 1; run <= runs; run++) reports.push(JSON.parse(fs.readFileSync(`${work}/${name}.${run}.json`, "utf8")));
  reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const r = reports[Math.floor(reports.length / 2)];
  if (r.runtimeError) { console.log(`${name.padEnd(9)} ${r.runtimeError.code}: ${r.runtimeError.message}`); continue; }
  const failing = new Map();
  for (const k of categories) for (const ref of r.categories[k].auditRefs) {
    const a = r.audits[ref.id];
    if (ref.weight > 0 && a.score !== null && a.score < 1) failing.set(ref.id, a.score);
  }
  const score = k => String(Math.round(r.categories[k].score * 100)).padStart(4);
  console.log([name.padEnd(9), ...categories.map(score),
    String(Math.round(r.audits["largest-contentful-paint"].numericValue)).padStart(6),
    r.audits["cumulative-layout-shift"].numericValue.toFixed(3).padStart(5),
    " " + ([...failing].map(([id, s]) => `${id} (${s.toFixed(2)})`).join(", ") || "-")].join(" "));
}
console.log(`\n${pages.map(([n, p]) => `${n} = ${p}`).join("; ")}`);
EOF
