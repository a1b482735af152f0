#!/usr/bin/env bash
# Foundation benchmark: generates statewide-size OpenElections CSVs (1M and 5M rows), measures read+tabulate
# against a bare FastCSV pass (paired runs of two warmed JVMs, then JMH), and the heap read+tabulate needs.
# Usage: bench/run.sh [ROWS...]   (default: 1000000 5000000). Needs ~400 MB of disk in bench/work.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/find-jdk.sh
JAVA_HOME=$(find_jdk); export JAVA_HOME
./mvnw -q -B -DskipTests -pl bench -am package
jar=bench/target/benchmarks.jar
mkdir -p bench/work
sizes=("${@:-1000000 5000000}")
read -r -a sizes <<< "${sizes[*]}"
for rows in "${sizes[@]}"; do
  f=bench/work/statewide-$rows.csv
  [ -f "$f" ] || "$JAVA_HOME/bin/java" -cp "$jar" org.bellwether.bench.StatewideCsv "$f" "$rows"
  ls -l "$f"
done
echo "== heap (fresh JVM per file, -Xmx4g, serial GC)"
for rows in "${sizes[@]}"; do
  "$JAVA_HOME/bin/java" -Xmx4g -XX:+UseSerialGC -cp "$jar" org.bellwether.bench.HeapProbe "bench/work/statewide-$rows.csv"
done
echo "== throughput, paired: bare parse and read+tabulate in two warmed JVMs, run in turn"
for rows in "${sizes[@]}"; do
  "$JAVA_HOME/bin/java" -cp "$jar" org.bellwether.bench.PairedRun "bench/work/statewide-$rows.csv" 5 21
done
echo "== throughput (JMH, single-shot, same run)"
params=$(IFS=,; echo "${sizes[*]}")
"$JAVA_HOME/bin/java" -Dbench.work=bench/work -jar "$jar" "org.bellwether.bench.ReadBenchmark" -p rows="$params" -rf json -rff bench/work/jmh.json
python3 - <<'PY'
import json, statistics
runs = json.load(open('bench/work/jmh.json'))
by = {}
for r in runs:
    raw = [x for fork in r['primaryMetric']['rawData'] for x in fork]
    by.setdefault(r['params']['rows'], {})[r['benchmark'].rsplit('.', 1)[1]] = (r['primaryMetric']['score'],
                                                                              statistics.median(raw))
for rows, s in sorted(by.items(), key=lambda kv: int(kv[0])):
    (bare, bare_med), (ours, ours_med) = s['bareParse'], s['readAndTabulate']
    print(f"rows={rows}: bare parse {bare:.0f} ms, read+tabulate {ours:.0f} ms (means), throughput ratio"
          f" {bare / ours:.2f}; medians {bare_med:.0f} / {ours_med:.0f} ms, ratio {bare_med / ours_med:.2f}"
          f" (goal >= 0.70)")
PY
