#!/usr/bin/env bash
# The store's figures: import throughput into SQLite and PostgreSQL against the bare reader on the generated
# statewide file, then VERSIONS versions with 1% churn each, the store's size and tabulate --as-of latency at the
# first and the last version. PostgreSQL is a throwaway server (scripts/with-postgres.sh).
#
#   bench/store.sh [ROWS] [VERSIONS]      default 5000000 rows (the foundation benchmark's size), 100 versions
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows=${1:-5000000}
versions=${2:-100}
. scripts/find-jdk.sh
export JAVA_HOME=$(find_jdk)
./mvnw -q -B -DskipTests -pl bench -am package >&2
mkdir -p bench/work
scripts/with-postgres.sh bash -c "'$JAVA_HOME/bin/java' --enable-native-access=ALL-UNNAMED -Xmx8g \
  -cp bench/target/benchmarks.jar org.bellwether.bench.StoreBench $rows bench/work \"\$BELLWETHER_TEST_PG\" $versions"
