#!/usr/bin/env bash
# Compare any two versions, on the largest real history: the corpus with both recorded histories of
# ../shared/corpus/recordings, built, served as static files, and the compare page opened in Chromium
# (puppeteer-core, installed with Lighthouse: `npm ci` in bench/ first) for the two largest versions of a policy.
#
#   bash bench/compare.sh [runs]      # runs (default 5); prints the median time and the bytes fetched
#
# Budget (issue 13): a comparison of two ~130 KB versions shows in under 1 s and downloads at most 300 KB gzip.
# Time is from navigation to the comparison shown; bytes are every response of the first run, gzipped (level 9)
# as a static host sends them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
repo=$(pwd)
corpus=${POLICYKB_CORPUS:-$repo/../shared/corpus}
policy=${POLICY:-facebook-privacy-policy}
[ -d bench/node_modules/puppeteer-core ] || { echo "puppeteer-core is missing: (cd bench && npm ci)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/policykb-compare.XXXXXX")
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet build src/PolicyKb.Cli -c Release --nologo -v q -o "$work/policykb" >&2
policykb="$work/policykb/policykb"
"$policykb" import-ota "$corpus/ota" -o "$work/input" --memos "$corpus/memos" --recordings "$corpus/recordings" >&2
"$policykb" build -q -i "$work/input" -o "$work/site" >&2

# The two largest versions of the policy, older first.
versions="$work/site/data/policies/$policy/versions"
mapfile -t pair < <(ls -S "$versions" | head -2 | sort | sed 's/\.json$//')
from=${pair[0]} to=${pair[1]}
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done

result=$(node bench/compare-bench.mjs "http://127.0.0.1:$port" "/policies/$policy/compare/?from=$from&to=$to" "$runs")
sizes=$(du -k "$versions/$from.json" "$versions/$to.json" | awk '{ printf "%s%s KB", sep, $1; sep = " and " }')
echo
echo "$policy: $from → $to (data files $sizes)"
echo "$result" | node -e '
  const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
  console.log(`shown in      ${r.median_ms} ms median (${r.min_ms}–${r.max_ms})   budget 1000 ms`);
  console.log(`downloaded    ${r.gzip_kb} KB gzip (${r.raw_kb} KB raw, ${r.files} files)   budget 300 KB`);'
echo "median of $runs; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
