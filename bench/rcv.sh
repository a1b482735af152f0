#!/usr/bin/env bash
# Ranked-choice benchmark: generates ES&S-layout cast-vote records (rows ballots, columns ranks; 12 candidates,
# 1 to 6 ranks, skips, overvotes, blank ballots) as CSV at 1 M and 10 M ballots and as xlsx at 1 M (Excel's row
# limit is 1,048,576), and the same ballots as NIST SP 1500-103 CDF JSON at 1 M and 10 M, each with an RCTab
# configuration (instant runoff, Maine-style rules); then, per file, read +
# tabulate against a bare parse of the same file, run in turn in one warmed JVM (median of the pairs' ratios), and
# the peak heap of one read + tabulate in a fresh JVM with a 512 MiB heap.
# Usage: bench/rcv.sh [PAIRS]   (default 5). Needs about 4 GB of disk in bench/work.
# RCV_SPECS="1000000:json" bench/rcv.sh 5 runs only the files named (BALLOTS:csv|xlsx|json).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/find-jdk.sh
JAVA_HOME=$(find_jdk); export JAVA_HOME
./mvnw -q -B -DskipTests -pl bench -am package
jar=bench/target/benchmarks.jar
pairs=${1:-5}
java="$JAVA_HOME/bin/java"
specs=${RCV_SPECS:-1000000:csv 10000000:csv 1000000:xlsx 1000000:json 10000000:json}
for spec in $specs; do
  n=${spec%%:*}; kind=${spec##*:}
  dir=bench/work/rcv-$kind-$n
  [ -f "$dir/config.json" ] || "$java" -cp "$jar" org.bellwether.bench.CvrGenerator "$dir" "$n" "$kind"
  ls -l "$dir"/cvr.*
  echo "== $kind, $n ballots: bare parse and read + tabulate in turn, one JVM"
  "$java" -Xmx2g -cp "$jar" org.bellwether.bench.RankedBench "$dir/config.json" "$pairs"
  echo "== $kind, $n ballots: peak heap of one read + tabulate, fresh JVM, -Xmx512m"
  "$java" -Xmx512m -XX:+UseSerialGC -cp "$jar" org.bellwether.bench.RankedBench "$dir/config.json" --heap
done
