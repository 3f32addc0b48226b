#!/usr/bin/env bash
# Where a cold corpus build spends its time: the step table, a sampled trace summed by frame, the garbage collector
# and JIT counters, and the system calls (file writes). Issue 14; the summary of a run is in bench/PROFILE.md.
#
#   bash bench/profile.sh [top]      # top: frames per table (default 15)
#
# The input is made as bench/build-speed.sh makes it (import-ota of the corpus with its memos and the Instagram
# history), with a Release ReadyToRun publish of the CLI. Every build is cold: a new process, an empty output folder
# and no cache. Four builds: plain (step table and file counts), traced with dotnet-trace (its sampler, ~100 Hz per
# thread; summed by bench/speedscope-top.mjs), counted with dotnet-counters (System.Runtime), and under `strace -c -f`
# (when strace is there). Set POLICYKB_PROFILE_KEEP=1 to keep the work folder (the trace is in it).
set -euo pipefail
cd "$(dirname "$0")/.."
top=${1:-15}
repo=$(pwd)
corpus=${POLICYKB_CORPUS:-$repo/../shared/corpus}
export PATH="$PATH:$HOME/.dotnet/tools"
work=$(mktemp -d "${TMPDIR:-/tmp}/policykb-profile.XXXXXX")
[ -n "${POLICYKB_PROFILE_KEEP:-}" ] && echo "work folder: $work" >&2 || trap 'rm -rf "$work"' EXIT
for tool in dotnet-trace dotnet-counters; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: dotnet tool install -g $tool" >&2; exit 1; }
done

source bench/lib.sh
publish_policykb "$work"
"$policykb" import-ota "$corpus/ota" -o "$work/corpus" --memos "$corpus/memos" --history "$corpus/history/instagram-privacy-policy" >&2
build=(build -i "$work/corpus" -o "$work/out")
cold() { rm -rf "$work/out" "$work/.cache" "$work/.out.lock"; }

echo "== Step table of a cold build (policykb ${build[*]})"
cold
/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$policykb" "${build[@]}" > "$work/build.log" 2>&1
sed -n '/Step .*Phase/,/^Built/p' "$work/build.log" | grep -v '^\s*$' | grep -v '^Search index\|^Incremental'
read -r wall user sys peak < "$work/time"
files=$(find "$work/out" -type f | wc -l)
folders=$(find "$work/out" -type d | wc -l)
export_files=$(find "$work/out/search-index" -type f | wc -l)
echo "wall ${wall} s, user ${user} s, system ${sys} s, peak ${peak} KiB; ${files} files in ${folders} folders written, ${export_files} of them the search export"
for d in "$work"/out/*/; do printf '  %-16s %6d files\n' "$(basename "$d")/" "$(find "$d" -type f | wc -l)"; done
for d in "$work"/out/search-index/*/; do printf '  search-index/%-10s %6d files\n' "$(basename "$d")/" "$(find "$d" -type f | wc -l)"; done

echo
echo "== dotnet-trace (dotnet-sampled-thread-time) of a cold build"
cold
(cd "$work" && dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope -o "$work/build.nettrace" \
  -- "$policykb" "${build[@]}" -q > "$work/trace.log" 2>&1) || { cat "$work/trace.log" >&2; exit 1; }
node bench/speedscope-top.mjs "$work/build.speedscope.json" "$top"

echo
echo "== dotnet-counters (System.Runtime) of a cold build"
cold
(cd "$work" && dotnet-counters collect --refresh-interval 1 --format csv -o "$work/counters.csv" --counters System.Runtime \
  -- "$policykb" "${build[@]}" -q > "$work/counters.log" 2>&1) || { cat "$work/counters.log" >&2; exit 1; }
# Rates are per interval: their sum is the whole run's. Other counters are sampled: their highest value is given.
awk -F, 'NR > 1 { name = $3; value = $5 + 0; if ($4 == "Rate") sum[name] += value; else if (value > max[name]) max[name] = value }
  function mib(b) { return sprintf("%.0f MiB", b / 1048576) }
  END {
    printf "GC collections: gen0 %d, gen1 %d, gen2 %d; pause %.2f s; allocated %s\n",
      sum["dotnet.gc.collections ({collection} / 1 sec)[gc.heap.generation=gen0]"],
      sum["dotnet.gc.collections ({collection} / 1 sec)[gc.heap.generation=gen1]"],
      sum["dotnet.gc.collections ({collection} / 1 sec)[gc.heap.generation=gen2]"],
      sum["dotnet.gc.pause.time (s / 1 sec)"], mib(sum["dotnet.gc.heap.total_allocated (By / 1 sec)"])
    printf "Heap after a collection, largest: gen0 %s, gen1 %s, gen2 %s, LOH %s; committed %s; working set %s\n",
      mib(max["dotnet.gc.last_collection.heap.size (By)[gc.heap.generation=gen0]"]),
      mib(max["dotnet.gc.last_collection.heap.size (By)[gc.heap.generation=gen1]"]),
      mib(max["dotnet.gc.last_collection.heap.size (By)[gc.heap.generation=gen2]"]),
      mib(max["dotnet.gc.last_collection.heap.size (By)[gc.heap.generation=loh]"]),
      mib(max["dotnet.gc.last_collection.memory.committed_size (By)"]), mib(max["dotnet.process.memory.working_set (By)"])
    printf "JIT: %d methods compiled, %.2f s compiling; CPU: user %.2f s, system %.2f s; lock contentions %d\n",
      sum["dotnet.jit.compiled_methods ({method} / 1 sec)"], sum["dotnet.jit.compilation.time (s / 1 sec)"],
      sum["dotnet.process.cpu.time (s / 1 sec)[cpu.mode=user]"], sum["dotnet.process.cpu.time (s / 1 sec)[cpu.mode=system]"],
      sum["dotnet.monitor.lock_contentions ({contention} / 1 sec)"]
  }' "$work/counters.csv"

if command -v strace >/dev/null; then
  echo
  echo "== System calls of a cold build (strace -c -f; strace slows every call, so times are high)"
  cold
  strace -c -f -o "$work/strace.txt" "$policykb" "${build[@]}" -q > /dev/null 2>&1 || true
  head -14 "$work/strace.txt"
fi
echo
echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
