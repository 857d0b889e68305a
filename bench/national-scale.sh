#!/usr/bin/env bash
# National-scale run of issue 7: a three-level tree of every grassroots party organization in China (about 5.2 million:
# party committees, general branches, branches) generated as CSV, streamed through pbscore bulletin with
# rules/star-rating.json (roll-ups over the tree, ranking, lagging), written as bulletin JSON. Measures wall time and peak
# resident memory with /usr/bin/time -v and writes them, with rows/s and the bulletin's SHA-256, to
# bench/results/<date>-national-scale.md.
#
# Usage: bench/national-scale.sh [count] [seed]        count: organizations (default 5200000), seed default 2026
# Environment: PARALLEL      threads for --parallel (default: every core)
#              RESULT_HASH   yes to build every trace for the result SHA-256 (the published form; tens of GB of
#                            result JSON at national scale), no (default) for the draft without it
#              COMPARE_ONE   1 to run the bulletin a second time on one thread and compare the bytes (speed-up 1 → all)
# The generated data goes to a temporary directory that is removed at the end; nothing is written into the repository
# but the results file.
set -euo pipefail
count=${1:-5200000}
seed=${2:-2026}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/pbscore-national.XXXXXX")
trap 'rm -rf "$work"' EXIT
result_hash=${RESULT_HASH:-no}
parallel_args=()
if [[ -n "${PARALLEL:-}" ]]; then parallel_args=(--parallel "$PARALLEL"); fi

dotnet build -c Release "$root/src/PartyBuilding.Scoring.Cli" -v q -nologo >/dev/null
pbscore="$root/src/PartyBuilding.Scoring.Cli/bin/Release/net10.0/pbscore"
rules="$root/rules/star-rating.json"

# field <name> <time -v output>: one value of /usr/bin/time -v
field() { grep -F "$1" "$2" | sed 's/.*: //'; }
seconds() { awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<<"$1"; }

echo "generating $count organizations (seed $seed) in $work" >&2
/usr/bin/time -v -o "$work/generate.time" "$pbscore" generate --rules "$rules" --count "$count" --seed "$seed" --format csv \
  --shape national --out "$work/records.csv" --tree "$work/tree.json"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bulletin (result hash: $result_hash${PARALLEL:+, --parallel $PARALLEL})" >&2
/usr/bin/time -v -o "$work/bulletin.time" "$pbscore" bulletin --rules "$rules" --input "$work/records.csv" \
  --organizations "$work/tree.json" --format json --result-hash "$result_hash" "${parallel_args[@]}" --out "$work/bulletin.json"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

read_rows=$(grep -m1 -o '"read": "[0-9]*"' "$work/bulletin.json" | grep -o '[0-9]*')
tree_nodes=$(grep -c '"id"' "$work/tree.json")
wall=$(seconds "$(field 'Elapsed (wall clock)' "$work/bulletin.time")")
rss_kb=$(field 'Maximum resident set size' "$work/bulletin.time")
user=$(field 'User time' "$work/bulletin.time")
sys=$(field 'System time' "$work/bulletin.time")
gen_wall=$(seconds "$(field 'Elapsed (wall clock)' "$work/generate.time")")
gen_rss_kb=$(field 'Maximum resident set size' "$work/generate.time")
sha=$(sha256sum "$work/bulletin.json" | cut -d' ' -f1)
size=$(stat -c %s "$work/bulletin.json")
rows_per_s=$(awk -v n="$read_rows" -v t="$wall" 'BEGIN { printf "%.0f", n / t }')

one_line=""
if [[ "${COMPARE_ONE:-0}" == 1 ]]; then
  echo "bulletin again on one thread" >&2
  /usr/bin/time -v -o "$work/one.time" "$pbscore" bulletin --rules "$rules" --input "$work/records.csv" \
    --organizations "$work/tree.json" --format json --result-hash "$result_hash" --parallel 1 --out "$work/one.json"
  one_wall=$(seconds "$(field 'Elapsed (wall clock)' "$work/one.time")")
  same=$(cmp -s "$work/one.json" "$work/bulletin.json" && echo "identical bytes" || echo "DIFFERENT BYTES")
  one_line="| one thread (--parallel 1) | $one_wall s wall, $(field 'Maximum resident set size' "$work/one.time") KB peak RSS; speed-up $(awk -v a="$one_wall" -v b="$wall" 'BEGIN { printf "%.2f", a / b }')×; output: $same |"
fi

out="$root/bench/results/$(date -u +%F)-national-scale.md"
{
  echo "# National-scale bulletin ($(date -u +%FT%H:%MZ))"
  echo
  echo "\`bench/national-scale.sh $count $seed\` (RESULT_HASH=$result_hash${PARALLEL:+, PARALLEL=$PARALLEL}) at commit $(git -C "$root" rev-parse --short HEAD)"
  echo "on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(free -g | awk '/Mem:/ { print $2 }') GB RAM, .NET $(dotnet --version)."
  echo "Load average before / after the bulletin: $load_before / $load_after (other work on the machine makes the times noisy)."
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| organizations | $count ($tree_nodes committees, general branches and the root in the tree; $read_rows branch records scored) |"
  echo "| bulletin wall time | $wall s |"
  echo "| rows/s | $rows_per_s |"
  echo "| peak RSS (/usr/bin/time -v) | $rss_kb KB ($(awk -v k="$rss_kb" 'BEGIN { printf "%.2f", k / 1048576 }') GiB) |"
  echo "| CPU user / system | $user s / $sys s |"
  echo "| bulletin JSON | $size bytes, SHA-256 \`$sha\` |"
  echo "| generate | $gen_wall s wall, $gen_rss_kb KB peak RSS |"
  if [[ -n "$one_line" ]]; then echo "$one_line"; fi
  echo
  echo "Goal (issue 7): under 30 s end to end on 2 cores, peak memory under 2 GB."
} > "$out"
cat "$out"
