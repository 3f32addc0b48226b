#!/usr/bin/env bash
# Our build against its peers, in one run on one machine, printed as one markdown table (issue 14).
#
#   bash bench/peers.sh [runs]      # runs: measured builds per tool (default 3); prints medians
#   PEERS_RELOAD_RUNS=7 bash bench/peers.sh 3   # edits per input for the reload times (default: runs, at least 5)
#
# On the Open Terms Archive corpus with its memos and the earlier Instagram Privacy Policy versions (import-ota, as
# bench/build-speed.sh makes it), the same Markdown files built by:
#   ours              `policykb build` from a Release ReadyToRun publish of src/PolicyKb.Cli (bench/lib.sh: composite, self-contained) (its static search index
#                     in output/search-index/);
#   Hugo + Pagefind   Hugo 0.111 with the trivial theme of build-speed.sh (one page per file with its table of
#                     contents, a list page per folder), then `pagefind --site` over Hugo's output for its static
#                     search index (Pagefind 1.6 from bench/package.json: the native binary the npm package ships,
#                     run directly as its npm wrapper would run it, without the wrapper's Node.js start-up);
#   docfx             docfx 2.81.0 with a docfx.json over the same files and the default modern template with its
#                     search index on (`_enableSearch`: index.json, which the page's lunr search reads), a toc.yml per
#                     folder listing the files;
# plus ours on the seed site (input/), and `serve`'s reload times (bench/serve-reload.sh: file write → reload event, on
# the seed and the corpus).
#
# Every measured build is a cold process (the files are in the OS cache; one unmeasured round first puts every
# tool's program and inputs there) writing to an empty output folder with no cache of an earlier build. The tools'
# runs are interleaved (ours, Hugo + Pagefind, docfx, ours on the seed, then again) so the load of the shared machine
# falls on all of them alike. Printed: median wall time, median CPU time (user+sys, of the process and its children),
# the highest peak resident memory of the runs, the files the build wrote (output, and any cache or lock files beside
# it), the ratios ours/peer, and the targets with ✓/✗: corpus ≤ 1.0× docfx and ≤ 2.0× Hugo + Pagefind (wall), seed
# ≤ 0.4 s, reload ≤ 300 ms on the seed and ≤ 800 ms on the corpus. Ratios compare figures of the same run only.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash bench/peers.sh [runs]   (runs: a positive whole number, default 3)" >&2; exit 2; }
reload_runs=${PEERS_RELOAD_RUNS:-$(( runs < 5 ? 5 : runs ))}
repo=$(pwd)
corpus=${POLICYKB_CORPUS:-$repo/../shared/corpus}
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Every tool first, each with how to get it, so a missing one fails before minutes of work.
missing=()
command -v dotnet >/dev/null || missing+=("dotnet: the .NET 10 SDK (https://dot.net), which builds policykb")
command -v hugo >/dev/null || missing+=("hugo: apt-get install -y hugo   (Debian's is 0.111)")
command -v docfx >/dev/null || missing+=("docfx: dotnet tool install -g docfx --version 2.81.0   (it lands in ~/.dotnet/tools)")
command -v node >/dev/null || missing+=("node: apt-get install -y nodejs npm   (bench/serve-reload.sh listens to the reload stream with it)")
[ -x /usr/bin/time ] || missing+=("/usr/bin/time: apt-get install -y time")
command -v timeout >/dev/null || missing+=("timeout: apt-get install -y coreutils")
pagefind=
for candidate in bench/node_modules/@pagefind/*/bin/pagefind_extended bench/node_modules/@pagefind/*/bin/pagefind \
                 bench/node_modules/.bin/pagefind; do
  [ -x "$candidate" ] && { pagefind="$repo/$candidate"; break; }
done
[ -n "$pagefind" ] || missing+=("pagefind: (cd bench && npm ci)   (Pagefind 1.6 from bench/package.json)")
[ -d "$corpus/ota" ] || missing+=("the corpus: $corpus/ota not found (set POLICYKB_CORPUS to the folder holding ota/, memos/ and history/)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/peers.sh cannot run; missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi
hugo_version=$(hugo version | grep -o 'v[0-9][0-9.]*' | head -1)
docfx_version=$(docfx --version 2>/dev/null | head -1 | cut -d+ -f1)
pagefind_version=$("$pagefind" --version 2>/dev/null | awk '{ print $NF }')
[[ $hugo_version == v0.111* ]] || echo "warning: hugo is $hugo_version, the issue's peer is 0.111" >&2
[[ $docfx_version == 2.81.0 ]] || echo "warning: docfx is $docfx_version, the issue's peer is 2.81.0" >&2
[[ $pagefind_version == 1.6* ]] || echo "warning: pagefind is $pagefind_version, the issue's peer is 1.6" >&2

load_script=$(cut -d' ' -f1-3 /proc/loadavg)
ours_version=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src 2>/dev/null || ours_version="$ours_version with changes to src/"
work=$(mktemp -d "${TMPDIR:-/tmp}/policykb-peers.XXXXXX")
trap 'rm -rf "$work"' EXIT

source bench/lib.sh
publish_policykb "$work"

echo "Writing the corpus input with import-ota…" >&2
"$policykb" import-ota "$corpus/ota" -o "$work/corpus" --memos "$corpus/memos" \
  --history "$corpus/history/instagram-privacy-policy" >&2

# The peers get the same Markdown files (copy_markdown, bench/lib.sh); Hugo's site is build-speed.sh's.
hugo_site="$work/hugo-corpus"
hugo_site "$hugo_site" "$work/corpus"

# docfx's project: the same files, a home page, and a table of contents per folder (docfx's navigation, as Hugo's
# list pages are its) naming each file by its path.
docfx_site="$work/docfx-corpus"
mkdir -p "$docfx_site"
copy_markdown "$work/corpus" "$docfx_site"
cat > "$docfx_site/docfx.json" <<'JSON'
{
  "build": {
    "content": [ { "files": [ "index.md", "toc.yml", "policies/**/*.md", "policies/toc.yml", "memos/**/*.md", "memos/toc.yml" ] } ],
    "output": "_site",
    "template": [ "default", "modern" ],
    "globalMetadata": { "_appTitle": "Benchmark", "_enableSearch": true }
  }
}
JSON
printf '# Benchmark\n\nThe policies and memos of the corpus.\n' > "$docfx_site/index.md"
: > "$docfx_site/toc.yml"
for folder in policies memos; do
  [ -d "$docfx_site/$folder" ] || continue
  printf -- '- name: %s\n  href: %s/\n' "$folder" "$folder" >> "$docfx_site/toc.yml"
  (cd "$docfx_site/$folder" && find . -name '*.md' | sed 's|^\./||' | sort | while read -r f; do
     printf -- '- name: "%s"\n  href: %s\n' "${f%.md}" "$f"; done > toc.yml)
done

# One build of each kind. Each first removes what the previous build of its kind left (output, cache, locks), so it
# starts from nothing, then prints how many files it wrote. The command runs under /usr/bin/time (wall, user, sys,
# peak RSS of the process or its largest child) with a time limit, its console output in $work/log-KIND.
marker="$work/marker"
ours_corpus() {
  rm -rf "$work/run-ours-corpus"; mkdir "$work/run-ours-corpus"   # the output and its .cache/ beside it
  timed ours-corpus "$policykb" build -q -i "$work/corpus" -o "$work/run-ours-corpus/out"
  [ -f "$work/run-ours-corpus/out/index.html" ] && [ -d "$work/run-ours-corpus/out/search-index" ] \
    || fail ours-corpus "no index.html or search-index/ in the output"
  find "$work/run-ours-corpus" -type f | wc -l
}
ours_seed() {
  rm -rf "$work/run-ours-seed"; mkdir "$work/run-ours-seed"
  timed ours-seed "$policykb" build -q -i "$repo/input" -o "$work/run-ours-seed/out"
  [ -f "$work/run-ours-seed/out/index.html" ] && [ -d "$work/run-ours-seed/out/search-index" ] \
    || fail ours-seed "no index.html or search-index/ in the output"
  find "$work/run-ours-seed" -type f | wc -l
}
hugo_pagefind() {
  rm -rf "$work/hugo-out" "$work/hugo-cache" "$hugo_site/resources" "$hugo_site/.hugo_build.lock"
  touch "$marker"
  timed hugo-pagefind bash -c 'hugo --quiet -s "$1" -d "$2" --cacheDir "$3" && "$4" --site "$2"' _ \
    "$hugo_site" "$work/hugo-out" "$work/hugo-cache" "$pagefind"
  [ -f "$work/hugo-out/index.html" ] && [ -f "$work/hugo-out/pagefind/pagefind-entry.json" ] \
    || fail hugo-pagefind "no index.html or pagefind/pagefind-entry.json in the output"
  { find "$work/hugo-out" -type f; find "$work/hugo-cache" -type f 2>/dev/null || true
    find "$hugo_site" -type f -newer "$marker"; } | wc -l
}
docfx_build() {
  rm -rf "$docfx_site/_site" "$docfx_site/obj"
  touch "$marker"
  timed docfx docfx build "$docfx_site/docfx.json"
  [ -f "$docfx_site/_site/index.html" ] && [ -f "$docfx_site/_site/index.json" ] \
    || fail docfx "no index.html or search index (index.json) in the output"
  { find "$docfx_site/_site" -type f; find "$docfx_site" -path "$docfx_site/_site" -prune -o -type f -newer "$marker" -print; } | wc -l
}
fail() { echo "$1: $2; its output:" >&2; cat "$work/log-$1" >&2; exit 1; }
timed() { # KIND COMMAND...: appends "wall cpu peak_kb" to $work/samples-KIND
  local kind=$1; shift
  timeout 1800 /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/log-$kind" 2>&1 \
    || fail "$kind" "the build failed (exit $?; 124 is the 30-minute limit)"
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time" >> "$work/samples-$kind"
}

kinds=(ours-corpus hugo-pagefind docfx ours-seed)
round() { # one build of each kind, in this order; each assignment on its own line so a failed build stops the script
  files_ours_corpus=$(ours_corpus)
  files_hugo=$(hugo_pagefind)
  files_docfx=$(docfx_build)
  files_ours_seed=$(ours_seed)
}
echo "Warm-up round (not measured)…" >&2
round
for kind in "${kinds[@]}"; do : > "$work/samples-$kind"; done
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq "$runs"); do
  echo "Round $run of $runs…" >&2
  round
done

echo "Serve reload (bench/serve-reload.sh $reload_runs)…" >&2
reload_ok=1
bash bench/serve-reload.sh "$reload_runs" > "$work/reload" 2> "$work/reload-log" \
  || { reload_ok=0; echo "bench/serve-reload.sh failed; its output:" >&2; cat "$work/reload" "$work/reload-log" >&2; }
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# Figures of one kind: median wall, median cpu, highest peak KiB.
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
figures() {
  local s="$work/samples-$1"
  echo "$(cut -d' ' -f1 "$s" | median) $(cut -d' ' -f2 "$s" | median) $(cut -d' ' -f3 "$s" | sort -g | tail -1)"
}
read -r ours_wall ours_cpu ours_peak < <(figures ours-corpus)
read -r hugo_wall hugo_cpu hugo_peak < <(figures hugo-pagefind)
read -r docfx_wall docfx_cpu docfx_peak < <(figures docfx)
read -r seed_wall seed_cpu seed_peak < <(figures ours-seed)

mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
check() { awk -v v="$1" -v limit="$2" 'BEGIN { print (v <= limit ? "✓" : "✗") }'; }
reload_row() { # NAME LIMIT_MS
  local line
  line=$(awk -v n="$1" '$1 == n' "$work/reload" 2>/dev/null || true)
  if [ "$reload_ok" = 1 ] && [ -n "$line" ]; then
    read -r _ n med min max _ search _ <<< "$line"
    printf '| serve reload, %s (%s edits) | %s ms (%s–%s); search index %s ms | | | | | | ≤ %s ms %s |\n' "$1" "$n" "$med" "$min" "$max" "$search" "$2" "$(check "$med" "$2")"
  else
    printf '| serve reload, %s | failed (bench/serve-reload.sh) | | | | | | ≤ %s ms ✗ |\n' "$1" "$2"
  fi
}

docs=$(find "$work/corpus/policies" -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)
memos=$(find "$work/corpus/memos" -type f -name '*.md' 2>/dev/null | wc -l)
echo
echo "Corpus: $docs policy versions and $memos memos (import-ota); median of $runs cold builds per tool, interleaved."
echo
echo "| build | wall (median) | CPU user+sys (median) | peak RSS | files written | ours/peer wall | ours/peer CPU | target |"
echo "|---|---|---|---|---|---|---|---|"
printf '| ours (%s), corpus | %s s | %s s | %s | %s | | | |\n' "$ours_version" "$ours_wall" "$ours_cpu" "$(mib "$ours_peak")" "$files_ours_corpus"
printf '| Hugo %s + Pagefind %s, corpus | %s s | %s s | %s | %s | %s | %s | ≤ 2.00× %s |\n' \
  "${hugo_version#v}" "$pagefind_version" "$hugo_wall" "$hugo_cpu" "$(mib "$hugo_peak")" "$files_hugo" \
  "$(ratio "$ours_wall" "$hugo_wall")" "$(ratio "$ours_cpu" "$hugo_cpu")" "$(check "$(awk -v a="$ours_wall" -v b="$hugo_wall" 'BEGIN { print a / b }')" 2.0)"
printf '| docfx %s, corpus | %s s | %s s | %s | %s | %s | %s | ≤ 1.00× %s |\n' \
  "$docfx_version" "$docfx_wall" "$docfx_cpu" "$(mib "$docfx_peak")" "$files_docfx" \
  "$(ratio "$ours_wall" "$docfx_wall")" "$(ratio "$ours_cpu" "$docfx_cpu")" "$(check "$(awk -v a="$ours_wall" -v b="$docfx_wall" 'BEGIN { print a / b }')" 1.0)"
printf '| ours, seed (input/) | %s s | %s s | %s | %s | | | ≤ 0.4 s %s |\n' "$seed_wall" "$seed_cpu" "$(mib "$seed_peak")" "$files_ours_seed" "$(check "$seed_wall" 0.4)"
reload_row seed 300
reload_row corpus 800
echo
echo "Load average (1, 5, 15 min): $load_script when the script started, $load_start at the first measured build, $load_end at the end; $(nproc) cores."
printf 'Wall times of the measured runs (s), in order:'
for kind in "${kinds[@]}"; do printf ' %s %s;' "$kind" "$(cut -d' ' -f1 "$work/samples-$kind" | paste -sd' ')"; done
echo
echo "Files written: what the build left (ours: the output and its .cache/ beside it; Hugo + Pagefind: the output with pagefind/; docfx: _site/)."
echo "Reload: median (min–max) ms from a write to the reload event (the pages published), and to the search event (its search index published after them), serve run from a Release build (bench/serve-reload.sh)."
[ "$reload_ok" = 1 ] || exit 1
