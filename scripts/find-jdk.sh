# Sourced by ./bellwether and .ci/run: find_jdk prints the home of a JDK 21 or newer, or nothing.
# Looks at JAVA_HOME, then javac on PATH, then the usual install folders (newest version wins).

spec_version() { # prints the Java specification version of a java binary, e.g. 21
  # A JDK's release file says it without starting a JVM (each start costs a fifth of a second or more, and this
  # runs before every command); only a JDK without one is asked.
  local release v
  release="$(dirname "$(dirname "$1")")/release"
  v=$(sed -n 's/^JAVA_VERSION="\(1\.[0-9]*\|[0-9]*\).*/\1/p' "$release" 2>/dev/null)
  if [ -n "$v" ]; then echo "$v"; return; fi
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

usable() { # true when $1/bin/java and javac exist and are 21+
  local dir=$1 v
  [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || return 1
  v=$(spec_version "$dir/bin/java")
  [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && usable "$JAVA_HOME"; then echo "$JAVA_HOME"; return; fi
  if command -v javac >/dev/null 2>&1; then
    local d; d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if usable "$d"; then echo "$d"; return; fi
  fi
  local best="" bestv=0 d v
  for d in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] && usable "$d" || continue
    v=$(spec_version "$d/bin/java"); v=${v%%.*}
    if [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  [ -n "$best" ] && echo "$best"
}
