#!/usr/bin/env bash
# Load benchmark of `serve` with wrk (Debian's package) on loopback while `watch` imports a new version every
# second: requests per second and latency of the contest endpoint against the bare endpoint of the same server
# (/bench/bare: the same bytes from memory, no lookup, no ETag), measured in the same run, alternately.
#
#   bench/server.sh [SECONDS]     SECONDS per wrk run (default 10)
#
# The feed is a folder holding GA-06's three election-night Clarity files; every second Fulton's file is moved
# out or back in (an atomic rename), so each second is a new version (the store keeps a revert as a new version).
# Throughput: wrk -t2 -c32, three pairs. Paced (two pairs, ABBA): wrk -t2 -c24 with a 10 ms pause per connection between requests
# (at most 2,400 requests per second, about 2,000 with the responses' own time), where p99 is read. Results in bench/work/server-*.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
secs=${1:-10}
command -v wrk >/dev/null || { echo "server.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }
. scripts/find-jdk.sh
export JAVA_HOME=$(find_jdk)
./bellwether --version >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/bellwether-load.XXXXXX")
mkdir -p "$work/feed" "$work/spare" bench/work
cp ../shared/data/ga06-2017/clarity/special_*.xml "$work/feed/"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
db="$work/load.db"
./bellwether watch "$work/feed" --every 0.2 --db "$db" --cache "$work/cache" 2>"$work/watch.log" &
pids+=($!)
until grep -q "stored version 1" "$work/watch.log" 2>/dev/null; do sleep 0.2; done
port=$(( 20000 + RANDOM % 20000 ))
# The collector's log gives the server's heap: the peak used (before a collection) and the live set (after).
BELLWETHER_JAVA_OPTIONS="-Xlog:gc:file=$work/gc.log" \
  ./bellwether serve --db "$db" --port "$port" --bare-endpoint 2>"$work/serve.log" &
pids+=($!)
until curl -sf "http://127.0.0.1:$port/api/v1/elections" >/dev/null 2>&1; do sleep 0.2; done
key=$(curl -s "http://127.0.0.1:$port/api/v1/elections" | sed 's/.*"election":"\([^"]*\)".*/\1/')
contest="http://127.0.0.1:$port/api/v1/elections/$key/contests/0"
bare="http://127.0.0.1:$port/bench/bare"
( while true; do
    sleep 1
    if [ -f "$work/feed/special_Fulton.xml" ]; then mv "$work/feed/special_Fulton.xml" "$work/spare/"
    else mv "$work/spare/special_Fulton.xml" "$work/feed/"; fi
  done ) &
pids+=($!)
cat > "$work/paced.lua" <<'LUA'
function delay() return 10 end
LUA
out=bench/work/server-$(date -u +%Y%m%dT%H%M%SZ).txt
first=$(grep -c "stored version" "$work/watch.log")
run() { # NAME URL ARGS...
  local name=$1 url=$2; shift 2
  local r; r=$(wrk "$@" --latency "$url")
  local rps p50 p99
  rps=$(echo "$r" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$r" | awk '$1=="50%" {print $2}')
  p99=$(echo "$r" | awk '$1=="99%" {print $2}')
  echo "$name rps=$rps p50=$p50 p99=$p99" | tee -a "$out"
}
echo "bench/server.sh $secs s per run, $(date -u +%FT%TZ), $(nproc) cores; body $(curl -s "$contest" | wc -c) bytes" | tee "$out"
wrk -t2 -c32 -d3s "$bare" >/dev/null; wrk -t2 -c32 -d3s "$contest" >/dev/null
for i in 1 2 3; do
  run "throughput bare    " "$bare" -t2 -c32 -d"${secs}s"
  run "throughput contest " "$contest" -t2 -c32 -d"${secs}s"
done
# Paced in the order bare, contest, contest, bare: the server's heap grows through the run (each second's version
# is built and cached), so whichever endpoint went last alone would meet the longest collections.
run "paced bare         " "$bare" -t2 -c24 -d"${secs}s" -s "$work/paced.lua"
run "paced contest      " "$contest" -t2 -c24 -d"${secs}s" -s "$work/paced.lua"
run "paced contest      " "$contest" -t2 -c24 -d"${secs}s" -s "$work/paced.lua"
run "paced bare         " "$bare" -t2 -c24 -d"${secs}s" -s "$work/paced.lua"
last=$(grep -c "stored version" "$work/watch.log")
echo "versions stored by watch during the runs: $((last - first))" | tee -a "$out"
grep -v "stored version" "$work/watch.log" | grep -v "waiting until they stay the same" | head -5 | tee -a "$out" || true
# "GC(12) Pause Young (Allocation Failure) 40M->9M(61M) 3.1ms": used before, after, heap committed, pause.
sed -n 's/.*GC([0-9]*) Pause.* \([0-9]*\)M->\([0-9]*\)M(\([0-9]*\)M) \([0-9.]*\)ms.*/\1 \2 \3 \4/p' "$work/gc.log" | awk '
  { if ($1 > peak) peak = $1; if ($2 > live) live = $2; if ($3 > heap) heap = $3; if ($4 > pause) pause = $4
    if ($4 > 10) slow++; n++ }
  END { printf "serve heap (collector log, %d collections, serial GC): peak used %d MiB, largest live set after a collection %d MiB, heap committed at most %d MiB; longest pause %.1f ms, %d pauses over 10 ms\n", n, peak, live, heap, pause, slow }' | tee -a "$out"
