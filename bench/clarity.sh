#!/usr/bin/env bash
# Clarity benchmark: generates a statewide precinct-level detail.xml of at least 200 MB, then measures the Clarity
# reader against a bare StAX pass over the same bytes (the reader's own factory settings, events ignored), paired
# in two warmed JVMs and in one JMH run, so the ratio holds on a noisy machine; then the same on the largest real Clarity file of the shared data.
# Usage: bench/clarity.sh [MEGABYTES]   (default: 200). Needs about MEGABYTES + 10 MB of disk in bench/work.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/find-jdk.sh
JAVA_HOME=$(find_jdk); export JAVA_HOME
./mvnw -q -B -DskipTests -pl bench -am package
jar=bench/target/benchmarks.jar
mb=${1:-200}
real=../shared/data/ga-baseline/2016-clarity/general_DeKalb.xml
mkdir -p bench/work
file=bench/work/statewide-clarity-${mb}mb.xml
[ -f "$file" ] || "$JAVA_HOME/bin/java" -cp "$jar" org.bellwether.bench.StatewideClarity "$file" "$mb"
ls -l "$file" "$real"
echo "== generated statewide file, paired: bare StAX and the reader in two warmed JVMs, run in turn"
"$JAVA_HOME/bin/java" -cp "$jar" org.bellwether.bench.PairedRun --clarity "$file" 3 15
echo "== generated statewide file: JMH single shot, both benchmarks in one run"
"$JAVA_HOME/bin/java" -Dbench.work=bench/work -jar "$jar" ClarityReadBenchmark -p input=generated -p megabytes="$mb" \
    -rf json -rff bench/work/jmh-clarity-generated.json
echo "== largest real file: JMH average time"
"$JAVA_HOME/bin/java" -jar "$jar" ClarityReadBenchmark -p input="$real" -bm avgt -wi 3 -w 2s -i 5 -r 2s \
    -rf json -rff bench/work/jmh-clarity-real.json
python3 - "$file" "$real" <<'PY'
import json, os, sys
for name, path in (("generated", sys.argv[1]), ("real", sys.argv[2])):
    runs = json.load(open(f"bench/work/jmh-clarity-{name}.json"))
    s = {r['benchmark'].rsplit('.', 1)[1]: r['primaryMetric']['score'] for r in runs}
    mib = os.path.getsize(path) / 2**20
    print(f"{name} ({os.path.basename(path)}, {mib:.0f} MiB): bare StAX {s['bareStax']:.1f} ms, Clarity reader"
          f" {s['read']:.1f} ms ({mib / s['read'] * 1000:.0f} MiB/s), throughput ratio"
          f" {s['bareStax'] / s['read']:.2f} (goal >= 0.60)")
PY
