#!/usr/bin/env bash
# NIST ERR writing throughput: the statewide election of the foundation benchmark (bench/run.sh), generated as an
# OpenElections CSV and read once, written as NIST ERR XML and JSON to a byte-counting stream (JMH, single-shot).
# Prints MB/s (output bytes) and rows/s (tally rows, one VoteCounts each).
# Usage: bench/nist.sh [ROWS]   (default: 5000000 CSV rows). Needs ~400 MB of disk in bench/work.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/find-jdk.sh
JAVA_HOME=$(find_jdk); export JAVA_HOME
rows=${1:-5000000}
./mvnw -q -B -DskipTests -pl bench -am package
jar=bench/target/benchmarks.jar
mkdir -p bench/work
"$JAVA_HOME/bin/java" -Xmx3g -Dbench.work=bench/work -cp "$jar" org.bellwether.bench.NistWriteSize "$rows" \
    > bench/work/nist-size.txt
cat bench/work/nist-size.txt
"$JAVA_HOME/bin/java" -Dbench.work=bench/work -jar "$jar" NistWriteBenchmark -p rows="$rows" -rf json \
    -rff bench/work/nist-jmh.json
python3 - <<'PY'
import json
size = dict(line.strip().split('=') for line in open('bench/work/nist-size.txt'))
for r in json.load(open('bench/work/nist-jmh.json')):
    kind = 'xml' if r['benchmark'].endswith('writeXml') else 'json'
    ms = r['primaryMetric']['score']
    mb = int(size[kind + '_bytes']) / 1e6
    tallies = int(size['tallies'])
    print(f"NIST {kind.upper():4} rows={size['rows']} tallies={tallies}: {ms:.0f} ms per write, {mb:.0f} MB,"
          f" {mb / (ms / 1000):.0f} MB/s, {tallies / (ms / 1000):,.0f} rows/s")
PY
