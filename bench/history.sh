#!/usr/bin/env bash
# Recorded histories at scale: the corpus with its memos and both full recorded histories of
# ../shared/corpus/recordings (Instagram's and Facebook's Privacy Policies, 604 recordings, ~105 MB).
#
#   bash bench/history.sh [runs]      # runs per figure (default 3); prints medians
#
# Printed: the input (files, MB), the build's summary line per recorded policy, and the median wall time and peak
# memory of a cold build (no previous output, no cache), then of an incremental build after the recorder adds one
# recording: a re-recording (the newest text again, under a new time) and a new version (the newest text with one
# sentence added). Targets from issue 13's design: cold ≤ 60 s, peak ≤ 2 GB, one recording added ≤ 3 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
repo=$(pwd)
corpus=${POLICYKB_CORPUS:-$repo/../shared/corpus}
work=$(mktemp -d "${TMPDIR:-/tmp}/policykb-history.XXXXXX")
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs GNU time for peak memory: apt-get install time" >&2; exit 1; }

source bench/lib.sh
publish_policykb "$work"
input="$work/input" out="$work/site"
"$policykb" import-ota "$corpus/ota" -o "$input" --memos "$corpus/memos" --recordings "$corpus/recordings" >&2

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# timed ARGS...: one build in a new process; appends "wall-seconds peak-MB" to $work/t, keeps its output in $work/log.
timed() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$policykb" build "$@" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time" >> "$work/t"
}
figures() { printf '%8ss %7s MB' "$(cut -d' ' -f1 "$work/t" | median)" "$(cut -d' ' -f2 "$work/t" | median)"; }

"$policykb" build -q -i "$input" -o "$out" >/dev/null 2>&1   # warm the OS cache
: > "$work/t"; for _ in $(seq "$runs"); do rm -rf "$out" "$work/.cache"; timed -i "$input" -o "$out"; done
cold=$(figures)
summary=$(grep -E '^[a-z0-9-]+: [0-9,]+ recordings' "$work/log")
files=$(find "$out" -type f | wc -l)
pages=$(find "$out" -name '*.html' | wc -l)

history="$input/policies/instagram-privacy-policy/recordings"
newest=$(find "$history" -name '*.md' | sort | tail -1)
: > "$work/t"
for i in $(seq "$runs"); do
  cp "$newest" "$history/2030-01-0${i}T00-00-00Z.md"
  timed -i "$input" -o "$out"
done
again=$(figures)
: > "$work/t"
for i in $(seq "$runs"); do
  { cat "$newest"; printf '\nThis sentence was added by the history benchmark, recording %s.\n' "$i"; } > "$history/2030-02-0${i}T00-00-00Z.md"
  timed -i "$input" -o "$out"
done
added=$(figures)
last=$(grep -E '^instagram-privacy-policy: ' "$work/log")

echo
echo "input: $(find "$input" -type f | wc -l) files, $(du -sm "$input" | cut -f1) MB; site: $pages pages, $files files, $(du -sm "$out" | cut -f1) MB"
echo "$summary"
printf '\n%-34s %9s %10s\n' build wall "peak RSS"
printf '%-34s %s\n' "cold" "$cold"
printf '%-34s %s\n' "one re-recording added" "$again"
printf '%-34s %s\n' "one new version added" "$added"
echo
echo "after: $last"
echo "Wall time and peak memory of a new process per build, median of $runs; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
