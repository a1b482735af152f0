# The JVM options of a bellwether run, in one place: sourced by ./bellwether. `jvm_options JAVA_HOME JAR` prints
# them, one a line, after making the start-up cache for this JDK and jar when there is none or the jar is newer.
#
# A bellwether run is a short-lived process, so its first second is mostly class loading and linking. The cache
# holds the classes a training run loaded, already parsed and linked (and on JDK 25, the method profiles it gathered):
#   JDK 25+    AOT cache, made in one step:  -XX:AOTCacheOutput, then -XX:AOTCache      (JEP 483, 514, 515)
#   JDK 24     AOT cache, made in two steps: -XX:AOTMode=record, then -XX:AOTMode=create
#   JDK 21-23  dynamic AppCDS archive:       -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile
# A JDK that cannot use the cache (another build, a changed jar) ignores it and runs as without it; if making the
# cache fails, bellwether runs without one and says so once. BELLWETHER_NO_CACHE=1 runs without it.
# -XX:+UseSerialGC: one collector thread with no start-up cost; the heap of a run grows with distinct tallies, not
# rows (tens of MiB at 5M rows), so a concurrent collector buys nothing on a process that lives seconds.
# -Xlog: the JVM prints its warnings to stdout by default, where they would corrupt a JSON or CSV output.
# The optimising compiler only for SHA-256 and UTF-8 decoding in a tabulation of less than about 200 MB of files,
# see jvm_short_run_options; larger reads need it everywhere.

jvm_java_feature() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2> /dev/null
}

jvm_options() {
  local java_home=$1 jar=$2
  local feature cache cache_dir
  feature=$(jvm_java_feature "$java_home")
  echo "-XX:+UseSerialGC"
  echo "-XX:-UsePerfData"
  # The JVM's own warnings (a damaged or foreign cache among them) go to stderr, never into the output on stdout.
  echo "-Xlog:disable"
  echo "-Xlog:all=warning:stderr"
  [ -t 2 ] || echo "-Dbellwether.progress=off"
  [ "${BELLWETHER_NO_CACHE:-}" = 1 ] && return 0
  [ -n "$feature" ] && [ "$feature" -ge 21 ] || return 0
  cache_dir="$(dirname "$jar")/start-up"
  if [ "$feature" -ge 24 ]; then cache="$cache_dir/jdk-$feature.aot"; else cache="$cache_dir/jdk-$feature.jsa"; fi
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    if [ -f "$cache.failed" ] && [ ! "$jar" -nt "$cache.failed" ]; then
      return 0
    fi
    jvm_make_cache "$java_home" "$jar" "$feature" "$cache" || {
      touch "$cache.failed"
      echo "bellwether: could not make the start-up cache (see $cache_dir/make.log); running without it" >&2
      return 0
    }
  fi
  if [ "$feature" -ge 24 ]; then echo "-XX:AOTCache=$cache"; else echo "-XX:SharedArchiveFile=$cache"; fi
}

# Runs the training run that records the cache: the commands a user runs first (cli.StartUpTraining), starting with
# a tabulation of a generated file in the OpenElections layout.
jvm_make_cache() {
  local java_home=$1 jar=$2 feature=$3 cache=$4
  local dir java train made
  dir=$(dirname "$cache")
  java="$java_home/bin/java"
  mkdir -p "$dir"
  # Made under names of this process's own and moved into place whole, so that two first runs at once cannot
  # leave half a cache.
  train="$dir/training-$$.csv"
  made="$dir/making-$$.${cache##*.}"
  # Large enough (about 24 MB) that the read loop runs long enough for its method profiles to be worth keeping, and
  # that the progress bar is drawn, so that its classes are in the cache too.
  awk 'BEGIN {
    print "county,precinct,office,district,party,candidate,votes"
    for (p = 1; p <= 12000; p++) {
      c = "County " (p % 40 + 1); pr = c ",Precinct " p ","
      print pr "Voters,,,Registered," (900 + p % 97); print pr "Voters,,,Ballots Cast," (600 + p % 89)
      for (o = 1; o <= 11; o++) for (k = 1; k <= 3; k++)
        print pr "Office " o "," (o % 3 ? "" : o) "," (k == 1 ? "REP" : k == 2 ? "DEM" : "LIB") ",Candidate " k " of " o "," (p * k + o) % 181
    }
  }' > "$train"
  echo "bellwether: making the start-up cache for JDK $feature (once per build) ..." >&2
  # The commands of cli.StartUpTraining, in one JVM: that tabulation, the demo on the shipped examples, each
  # format read, written and reported, help; their own files go in a folder of this process's, removed after.
  local home work="$dir/training-$$"
  home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local run=(-XX:+UseSerialGC -XX:-UsePerfData -Dbellwether.progress=on -cp "$jar" org.bellwether.cli.StartUpTraining
    "$train" "$home" "$work")
  {
    if [ "$feature" -ge 25 ]; then
      "$java" -XX:AOTCacheOutput="$made" "${run[@]}"
    elif [ "$feature" -ge 24 ]; then
      "$java" -XX:AOTMode=record -XX:AOTConfiguration="$made.conf" "${run[@]}" &&
        "$java" -XX:AOTMode=create -XX:AOTConfiguration="$made.conf" -XX:AOTCache="$made" -cp "$jar"
    else
      "$java" -XX:ArchiveClassesAtExit="$made" "${run[@]}"
    fi
  } > "$dir/make.log" 2>&1 && [ -f "$made" ] && mv -f "$made" "$cache" && rm -f "$cache.failed"
  local ok=$?
  rm -rf "$train" "$made" "$made.conf" "$work"
  return $ok
}

# Prints the options of a short run when the arguments are a tabulation of result files of less than about 200 MB
# in all (folders counted with the files in them, by du's POSIX -k): compiler directives (short-run-compiles.json)
# that leave everything but SHA-256 and UTF-8 decoding to the quick compiler (C1), since such a run ends before
# the optimising compiler's (C2) work pays back. Measured on a 73 MB statewide file (bench/whole.sh's 1M rows):
# C2's compiles were a quarter of the process's CPU; with the directives the run used a third less CPU in all, C1
# alone (-XX:TieredStopAtLevel=1) a fifth less, since SHA-256 then runs as plain Java code: 0.55 s of CPU instead
# of 0.1 s. At 151 MB the directives still saved an eighth; at 362 MB they cost a tenth more. DisplayVMOutput off
# keeps the JVM's line about the directives it added out of the output. An RCTab configuration names its cast-vote
# records elsewhere, --as-of reads the store, and cast-vote records counted by --rule irv|stv are a ranked count
# whose rounds were not measured under these directives: each keeps the default compilers.
jvm_short_run_options() {
  [ "${1:-}" = tabulate ] || return 0
  shift
  local directives arg head previous="" kilobytes=0 files=0
  directives="$(dirname "${BASH_SOURCE[0]}")/short-run-compiles.json"
  [ -f "$directives" ] || return 0
  for arg in "$@"; do
    case $arg in
      --as-of|--as-of=*|--cvr-format|--cvr-format=*|--rule=irv|--rule=stv*) return 0 ;;
      irv|stv|stv=*) [ "$previous" = --rule ] && return 0 ;;
    esac
    previous=$arg
    if [ -f "$arg" ] && [ "${arg%.json}" != "$arg" ]; then
      { head=$(head -c 4096 "$arg"); } 2> /dev/null || head=""
      case $head in *'"cvrFileSources"'*|*'"tabulatorVersion"'*|*'"outputSettings"'*) return 0 ;; esac
    fi
    if [ -e "$arg" ]; then
      files=$((files + 1))
      kilobytes=$((kilobytes + $(du -sk "$arg" 2> /dev/null | awk '{ s += $1 } END { print s + 0 }')))
    fi
  done
  if [ "$files" -gt 0 ] && [ "$kilobytes" -lt 200000 ]; then
    echo "-XX:+UnlockDiagnosticVMOptions"
    echo "-XX:-DisplayVMOutput"
    echo "-XX:CompilerDirectivesFile=$directives"
  fi
}

# Prints the options of a request for the version alone (-V or --version and nothing else), after jvm_options'
# lines on stdin: the same, less the start-up cache, on the quick compiler alone. Such a run loads a handful of
# classes, and a JDK 24+ AOT cache loads every class it holds when the JVM starts, so the cache cost more than it
# saved (0.17 s against 0.12 s without it, paired, on this project's 36 MB cache). Other arguments pass stdin on.
jvm_version_options() {
  if [ $# -eq 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; }; then
    grep -v -e '^-XX:AOTCache=' -e '^-XX:SharedArchiveFile='
    echo "-XX:TieredStopAtLevel=1"
  else
    cat
  fi
}
