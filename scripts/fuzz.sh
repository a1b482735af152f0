#!/usr/bin/env bash
# Fuzzes every reader (formats/src/test/java/org/bellwether/formats/fuzz) with Jazzer for SECONDS each
# (default 60; CI gives each 30; run e.g. 1800 for a long local run), one after the other, each in its own JVM since
# Jazzer fuzzes only one test per JVM (it skips the rest), and prints, per fuzzer,
# libFuzzer's closing line: executions and seconds.
#
#   scripts/fuzz.sh [SECONDS] [TEST-PATTERN]        e.g. scripts/fuzz.sh 600 'Clarity*FuzzTest'
#
# The only permitted failure of a reader is its InputException. On any other, Jazzer stops that fuzzer, the
# build fails, and the crashing input is written as crash-<sha1> into the test's seed folder
# formats/src/test/resources/org/bellwether/formats/fuzz/<Test>Inputs/readsOrRejects/: fix the reader, keep the
# file there (it is replayed by every ./mvnw verify from then on) and say in its README what it found. The
# whole output goes to $FUZZ_LOG when set. The inputs that grew coverage are kept in formats/.cifuzz-corpus/ (ignored by git) so that a next run resumes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}
tests=${2:-*FuzzTest}
if [ -n "${FUZZ_LOG:-}" ]; then log=$FUZZ_LOG; else log=$(mktemp); trap 'rm -f "$log"' EXIT; fi
status=0
JAZZER_FUZZ=1 ./mvnw -B -ntp -pl formats -am \
  -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false -DreuseForks=false \
  -Djazzer.max_duration="${seconds}s" \
  -Djunit.jupiter.execution.timeout.mode=disabled \
  -Dmaven.test.redirectTestOutputToFile=false \
  verify >"$log" 2>&1 || status=$?
# Per fuzzer: the test class, then libFuzzer's summary ("Done N runs in S second(s)") or the finding.
grep -E '^\[(INFO|ERROR)\] (Running|Tests run:).*FuzzTest|^Done [0-9]+ runs|^== Java Exception|^Caused by|crash-[0-9a-f]+|ERROR\]   ' "$log" || true
if [ "$status" -ne 0 ]; then
  echo "fuzz: failed (exit $status); full log:" >&2
  tail -200 "$log" >&2
fi
exit "$status"
