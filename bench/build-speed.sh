#!/usr/bin/env bash
# Build speed, memory and size of the site generator against Hugo, on the same machine in the same run.
#
#   bash bench/build-speed.sh [runs]      # runs: full builds per input for the seed and the corpus (default 5)
#   POLICYKB_BENCH_INPUTS="seed corpus" bash bench/build-speed.sh 3    # a shorter run: only the inputs named
#
# Inputs: the seed site (input/), the Open Terms Archive corpus with its memos and the earlier Instagram Privacy
# Policy versions (import-ota), and the corpus copied 10 times under distinct names (import-ota --copies 10).
# Every build is a cold process (a new policykb or hugo process; the files are in the OS cache) writing to an empty
# output folder with no cache of an earlier build (so nothing is reused). Printed per input: median wall time and
# CPU time (user+sys) of the runs, the highest peak resident memory, the output size, the size of the static search
# index (output/search-index/, "n/a" when the build makes none), and Hugo 0.111 building the same Markdown files
# with a trivial theme (one page per file with its table of contents, a list page per folder), with the ratio of
# our time to Hugo's. Wall time is what the targets are about;
# CPU time is printed too because the machine is shared and wall time moves with its load.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
big_runs=$(( runs < 3 ? runs : 3 ))
inputs=${POLICYKB_BENCH_INPUTS:-seed corpus corpus-x10}
repo=$(pwd)
corpus=${POLICYKB_CORPUS:-$repo/../shared/corpus}
work=$(mktemp -d "${TMPDIR:-/tmp}/policykb-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install -y time" >&2; exit 1; }

source bench/lib.sh
publish_policykb "$work"

echo "Writing the corpus inputs with import-ota…" >&2
"$policykb" import-ota "$corpus/ota" -o "$work/corpus" --memos "$corpus/memos" --history "$corpus/history/instagram-privacy-policy" >&2
[[ " $inputs " != *" corpus-x10 "* ]] || "$policykb" import-ota "$corpus/ota" -o "$work/corpus-x10" --memos "$corpus/memos" --history "$corpus/history/instagram-privacy-policy" --copies 10 >&2

# Hugo gets the same Markdown files (hugo_site, bench/lib.sh).
hugo_site "$work/hugo-seed" "$repo/input"
hugo_site "$work/hugo-corpus" "$work/corpus"
[[ " $inputs " != *" corpus-x10 "* ]] || hugo_site "$work/hugo-corpus-x10" "$work/corpus-x10"

# measure NAME RUNS COMMAND...: prints "wall cpu peak_kb" (median wall and cpu in seconds, max peak memory in KiB).
measure() {
  local out=$1 n=$2; shift 2
  local samples="$work/samples"; : > "$samples"
  for _ in $(seq "$n"); do
    rm -rf "$out" "$work/.cache"   # no previous output and no cache: every build starts from nothing
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time" >> "$samples"
  done
  local wall cpu peak
  wall=$(cut -d' ' -f1 "$samples" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  cpu=$(cut -d' ' -f2 "$samples" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  peak=$(cut -d' ' -f3 "$samples" | sort -g | tail -1)
  echo "$wall $cpu $peak"
}

size() { du -sb "$1" | cut -f1; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }

printf '\n%-11s %5s %6s | %8s %7s %9s %10s %12s | %8s %7s %9s %10s | %6s %6s\n' \
  input docs MiB-in wall cpu peak-mem output search-index hugo-wall cpu peak-mem output ×hugo ×cpu
results=()
for name in $inputs; do
  case $name in
    seed) input="$repo/input"; n=$runs ;;
    corpus) input="$work/corpus"; n=$runs ;;
    corpus-x10) input="$work/corpus-x10"; n=$big_runs ;;
  esac
  docs=$(find "$input/policies" -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)
  bytes_in=$(find "$input/policies" "$input/memos" -type f \( -name '*.md' -o -name '*.txt' \) -printf '%s\n' | awk '{ s += $1 } END { print s }')
  read -r wall cpu peak < <(measure "$work/out-$name" "$n" "$policykb" build -q -i "$input" -o "$work/out-$name")
  out=$(size "$work/out-$name")
  index=n/a
  [ -d "$work/out-$name/search-index" ] && index=$(mib "$(size "$work/out-$name/search-index")")
  read -r hwall hcpu hpeak < <(measure "$work/hugo-out-$name" "$n" hugo --quiet -s "$work/hugo-$name" -d "$work/hugo-out-$name")
  hout=$(size "$work/hugo-out-$name")
  printf '%-11s %5s %6s | %7ss %6ss %9s %10s %12s | %7ss %6ss %9s %10s | %6s %6s\n' \
    "$name" "$docs" "$(awk -v b="$bytes_in" 'BEGIN { printf "%.1f", b / 1048576 }')" \
    "$wall" "$cpu" "$(mib $((peak * 1024)))" "$(mib "$out")" "$index" \
    "$hwall" "$hcpu" "$(mib $((hpeak * 1024)))" "$(mib "$hout")" \
    "$(awk -v a="$wall" -v b="$hwall" 'BEGIN { printf "%.1f", a / b }')" "$(awk -v a="$cpu" -v b="$hcpu" 'BEGIN { printf "%.1f", a / b }')"
  results+=("$name $wall $cpu")
done

corpus_wall=$(printf '%s\n' "${results[@]}" | awk '$1 == "corpus" { print $2 }')
x10_wall=$(printf '%s\n' "${results[@]}" | awk '$1 == "corpus-x10" { print $2 }')
corpus_cpu=$(printf '%s\n' "${results[@]}" | awk '$1 == "corpus" { print $3 }')
x10_cpu=$(printf '%s\n' "${results[@]}" | awk '$1 == "corpus-x10" { print $3 }')
echo
[ -n "$x10_wall" ] && [ -n "$corpus_wall" ] && echo "Growth from the corpus to 10 copies: wall ×$(awk -v a="$x10_wall" -v b="$corpus_wall" 'BEGIN { printf "%.1f", a / b }'), CPU ×$(awk -v a="$x10_cpu" -v b="$corpus_cpu" 'BEGIN { printf "%.1f", a / b }') (linear: ×10 or less)"
echo "Inputs: $inputs"
echo "Runs: $runs per input ($big_runs for corpus-x10); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(hugo version | cut -d' ' -f2)"
