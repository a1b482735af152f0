#!/usr/bin/env bash
# Cast-vote records in the store: read + import of the generated ES&S CSV (bench/rcv.sh's generator) into SQLite
# and PostgreSQL against the read alone in the same run, the version's rows and size, an unchanged re-import, and
# the read back, checked to count as the file does. PostgreSQL is a throwaway server (scripts/with-postgres.sh).
#
#   bench/cvr-store.sh [BALLOTS]      default 1000000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ballots=${1:-1000000}
. scripts/find-jdk.sh
export JAVA_HOME=$(find_jdk)
./mvnw -q -B -DskipTests -pl bench -am package >&2
mkdir -p bench/work
scripts/with-postgres.sh bash -c "'$JAVA_HOME/bin/java' --enable-native-access=ALL-UNNAMED -Xmx2g \
  -cp bench/target/benchmarks.jar org.bellwether.bench.CvrStoreBench $ballots bench/work \"\$BELLWETHER_TEST_PG\""
