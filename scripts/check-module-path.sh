#!/usr/bin/env bash
# Runs `bellwether demo` with every Bellwether module and library on the module path (not the shaded jar), so that
# a module-info.java that misses a requires, an export or an opens fails here. Builds the modules' jars first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
home=$(pwd)
. scripts/find-jdk.sh
export JAVA_HOME=$(find_jdk)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# One reactor run: the modules' jars, then each module's runtime class path (cli's is written last and is the one
# read), so that sibling modules resolve from the reactor, never from a local repository.
./mvnw -q -B -DskipTests -pl cli -am package dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$dir/cp.txt" >/dev/null
libs=$(tr ':' '\n' < "$dir/cp.txt" | grep -v '/org/bellwether/' | grep -v '/bellwether-[a-z]*-[0-9][^/]*\.jar$' | paste -sd: -)
mp=$(ls "$home"/{core,picocli,formats,store,analysis,render,server,cli}/target/bellwether-*-0*.jar | grep -v -- '-tests.jar' | paste -sd: -)
(cd "$dir" && "$JAVA_HOME/bin/java" --enable-native-access=org.xerial.sqlitejdbc --module-path "$mp:$libs" \
  -m org.bellwether.cli/org.bellwether.cli.Main demo --db "$dir/demo.db" > demo.txt)
grep -Eq "1 +KAREN HANDEL +REP +134,799" "$dir/demo.txt"
echo "module-path: bellwether demo runs with every module on the module path"
