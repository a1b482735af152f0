#!/usr/bin/env bash
# Whole-process benchmark: `bellwether tabulate` against polars and pandas doing the same job (read the
# OpenElections CSVs, drop TOTAL and statistic rows, sum votes by contest and candidate, print JSON) on generated
# input: one statewide file of 1M and of 5M rows, and one state as 159 county files (1M rows in all). Every command
# is a fresh process; after one warm-up each, the commands run in turn, ROUNDS times, so that a load shared with
# other work falls on all of them alike. Prints median wall time, CPU (user+system) and peak RSS of each, and per
# peer the median of the round-by-round ratios of its wall time to ours; plus `bellwether --version` alone.
# Usage: bench/whole.sh [ROUNDS] [CASE...]   (ROUNDS default 7; CASE: 1m 5m counties, default all three)
# Peers: polars and pandas from pip in a virtual environment under bench/work/venv, else Debian's python3-pandas,
# and polars' Node.js binding (the same Rust engine) from npm under bench/work/node. A peer that cannot be installed
# is skipped with a line that says so. Needs /usr/bin/time (GNU time) and about 500 MB of disk in bench/work.
# BEFORE=DIR adds the ./bellwether of another checkout (e.g. an earlier commit, built) to every pairing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/find-jdk.sh
JAVA_HOME=$(find_jdk); export JAVA_HOME
rounds=${1:-7}
shift || true
cases=("${@:-1m 5m counties}")
read -r -a cases <<< "${cases[*]}"
work=bench/work
mkdir -p "$work"

./mvnw -q -B -DskipTests -pl bench -am package
./bellwether --version > /dev/null   # builds the command and its start-up cache on first use, as a user's first run
gen() { "$JAVA_HOME/bin/java" -cp bench/target/benchmarks.jar "org.bellwether.bench.$@"; }
[ -f "$work/statewide-1000000.csv" ] || gen StatewideCsv "$work/statewide-1000000.csv" 1000000
[ -f "$work/statewide-5000000.csv" ] || gen StatewideCsv "$work/statewide-5000000.csv" 5000000
[ -f "$work/counties-1000000/county-159.csv" ] || gen CountyCsvs "$work/counties-1000000" 1000000

peers=()
if [ ! -x "$work/venv/bin/python" ]; then python3 -m venv "$work/venv" 2> /dev/null || true; fi
if [ -x "$work/venv/bin/python" ] && ! "$work/venv/bin/python" -c 'import polars' 2> /dev/null; then
  "$work/venv/bin/python" -m pip install -q polars pandas > "$work/pip.log" 2>&1 || true
fi
if [ -x "$work/venv/bin/python" ] && "$work/venv/bin/python" -c 'import polars' 2> /dev/null; then
  peers+=("polars-py=$work/venv/bin/python bench/peers/polars_job.py")
else
  echo "skipped: polars (Python): pip cannot install it here: $(tail -n 1 "$work/pip.log" 2> /dev/null || echo 'no virtual environment')"
fi
pandas_python=""
for py in "$work/venv/bin/python" /usr/bin/python3 python3; do
  if command -v "$py" > /dev/null && "$py" -c 'import pandas' 2> /dev/null; then pandas_python=$py; break; fi
done
if [ -n "$pandas_python" ]; then
  peers+=("pandas=$pandas_python bench/peers/pandas_job.py")
else
  echo "skipped: pandas: neither pip nor Debian's python3-pandas is installed (apt-get install python3-pandas)"
fi
if command -v npm > /dev/null && [ ! -d "$work/node/node_modules/nodejs-polars" ]; then
  mkdir -p "$work/node"
  (cd "$work/node" && npm init -y > /dev/null && npm i -E -s nodejs-polars@0.25.2 \
    "nodejs-polars-$(node -p 'process.platform + "-" + process.arch')-gnu@0.25.2" > npm.log 2>&1) || true
fi
if NODE_PATH="$work/node/node_modules" node -e 'require("nodejs-polars")' 2> /dev/null; then
  peers+=("polars-node=env NODE_PATH=$work/node/node_modules node bench/peers/polars_job.js")
else
  echo "skipped: polars (Node.js): npm cannot install nodejs-polars here"
fi

ours="bellwether=./bellwether tabulate"
for c in "${cases[@]}"; do
  case $c in
    1m) files=("$work/statewide-1000000.csv") ; ourfiles=("${files[@]}") ;;
    5m) files=("$work/statewide-5000000.csv") ; ourfiles=("${files[@]}") ;;
    counties) files=("$work"/counties-1000000/county-*.csv) ; ourfiles=("$work/counties-1000000") ;;
    *) echo "unknown case $c (1m, 5m or counties)" >&2; exit 1 ;;
  esac
  echo "== $c: ${#files[@]} file(s), $(du -ch "${files[@]}" | tail -n 1 | cut -f1), $rounds rounds after a warm-up"
  before=()
  [ -n "${BEFORE:-}" ] && before=("before=$BEFORE/bellwether tabulate ${ourfiles[*]} --format json")
  python3 bench/peers/paired.py "$rounds" "$ours ${ourfiles[*]} --format json" "${before[@]}" \
    "${peers[@]/%/ ${files[*]}}"
done
echo "== start-up"
before=()
[ -n "${BEFORE:-}" ] && before=("before=$BEFORE/bellwether --version")
python3 bench/peers/paired.py "$rounds" "bellwether --version=./bellwether --version" "${before[@]}"
