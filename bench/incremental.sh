#!/usr/bin/env bash
# Full against incremental builds, in one run on one machine.
#
#   bash bench/incremental.sh [runs]      # runs per figure (default 5); prints medians
#
# For the seed site (input/) and the Open Terms Archive corpus site (import-ota), each build a new policykb process:
#   clean       build with no previous output and no cache (as on a fresh clone)
#   full        build --full, the input unchanged, into an output folder that holds the previous build: every page
#               rendered and the export written again, every index part checked; what comes out is what was there,
#               so every file is a hard link to the previous one (less written to disk than after an edit)
#   unchanged   build again with nothing changed (pages reused from the previous output)
#   one edit    build after appending a sentence to one policy version (that version's pages, its change pages,
#               audience pages, the glossary and the search index change; everything else is reused)
# Printed: median wall time of each, pages rendered/reused in the incremental builds, and clean ÷ one edit.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
repo=$(pwd)
corpus=${POLICYKB_CORPUS:-$repo/../shared/corpus}
work=$(mktemp -d "${TMPDIR:-/tmp}/policykb-incremental.XXXXXX")
trap 'rm -rf "$work"' EXIT

source bench/lib.sh
publish_policykb "$work"

cp -r "$repo/input" "$work/seed"
"$policykb" import-ota "$corpus/ota" -o "$work/corpus" --memos "$corpus/memos" \
  --history "$corpus/history/instagram-privacy-policy" >/dev/null

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# timed OUT ARGS...: runs one build, appends its wall seconds to $work/t, keeps its console output in $work/log.
timed() {
  local start end
  start=$(date +%s.%N)
  "$policykb" build "$@" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }' >> "$work/t"
}

printf '\n%-8s %6s | %9s %9s %10s %10s | %-28s | %10s\n' input pages clean full unchanged "one edit" "one edit: rendered/reused" "clean÷edit"
for name in seed corpus; do
  input="$work/$name" out="$work/out-$name"
  # The version to edit: the newest file of the first policy folder with more than one version (else the first file).
  target=$(for d in "$input"/policies/*/; do n=$(find "$d" -maxdepth 1 \( -name '*.md' -o -name '*.txt' \) | wc -l); \
    [ "$n" -gt 1 ] && { find "$d" -maxdepth 1 \( -name '*.md' -o -name '*.txt' \) | sort | tail -1; break; }; done)
  [ -n "$target" ] || target=$(find "$input/policies" \( -name '*.md' -o -name '*.txt' \) | sort | head -1)
  cp "$target" "$work/original"

  "$policykb" build -q --full -i "$input" -o "$out" >/dev/null 2>&1   # warm the OS cache
  : > "$work/t"; for _ in $(seq "$runs"); do rm -rf "$out" "$work/.cache"; timed -q -i "$input" -o "$out"; done
  clean=$(median < "$work/t")

  : > "$work/t"; for _ in $(seq "$runs"); do timed -q --full -i "$input" -o "$out"; done
  full=$(median < "$work/t")
  pages=$(find "$out" -name '*.html' | wc -l)

  : > "$work/t"; for _ in $(seq "$runs"); do timed -i "$input" -o "$out"; done
  unchanged=$(median < "$work/t")

  : > "$work/t"
  for i in $(seq "$runs"); do
    cp "$work/original" "$target"
    printf '\nThis sentence was added by the incremental benchmark, edit %s.\n' "$i" >> "$target"
    timed -i "$input" -o "$out"
  done
  edit=$(median < "$work/t")
  counts=$(grep -o 'Incremental: [0-9]* pages rendered, [0-9]* unchanged' "$work/log" | awk '{ print $2 "/" $5 }')
  cp "$work/original" "$target"

  printf '%-8s %6s | %8ss %8ss %9ss %9ss | %-28s | %9s×\n' "$name" "$pages" "$clean" "$full" "$unchanged" "$edit" \
    "${counts:-all rendered} ($(basename "$(dirname "$target")")/$(basename "$target"))" \
    "$(awk -v a="$clean" -v b="$edit" 'BEGIN { printf "%.1f", a / b }')"
done
echo
echo "Wall time of a new process per build, median of $runs; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
