#!/usr/bin/env bash
# What a new user does: clones the project into an empty folder with nothing beside it (no ../shared), then runs
# ./bellwether demo, which must build and print the GA-06 runoff from the exports shipped in examples/, and a
# tabulate of one of them as JSON.
# Clones the committed HEAD of this checkout, so it checks what is committed, not the working tree.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
src=$(pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
git clone -q "$src" "$dir/bellwether"
cd "$dir/bellwether"
[ ! -e ../shared ] || { echo "bare-clone: $dir/shared exists" >&2; exit 1; }
./bellwether demo --db "$dir/demo.db" > "$dir/demo.txt" 2> "$dir/demo.err" \
  || { cat "$dir/demo.err" >&2; exit 1; }
grep -q "KAREN HANDEL" "$dir/demo.txt"
grep -Eq "1 +KAREN HANDEL +REP +134,799" "$dir/demo.txt"
grep -q "examples/ga06-2017/sos/export-2017JunSpecRun.json" "$dir/demo.txt"
# A small tabulation runs with the short-run compiler directives (scripts/jvm-options.sh): its JSON alone on
# stdout (not the JVM's line about the directives) and nothing on stderr.
./bellwether tabulate examples/ga06-2017/sos/export-2017JunSpecRun.json --format json > "$dir/tabulate.json" \
  2> "$dir/tabulate.err" || { cat "$dir/tabulate.err" >&2; exit 1; }
[ "$(head -c 1 "$dir/tabulate.json")" = "{" ] && [ ! -s "$dir/tabulate.err" ] \
  || { echo "bare-clone: tabulate wrote more than its JSON" >&2; head -c 300 "$dir/tabulate.json" "$dir/tabulate.err" >&2; exit 1; }
echo "bare-clone: ./bellwether demo and tabulate work in a clone with nothing beside it"
