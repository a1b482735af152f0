#!/usr/bin/env bash
# Builds the Debian package (scripts/package-deb.sh), installs it with dpkg -i, runs `bellwether --version` and
# `bellwether demo` from it in an empty folder, then purges it and checks nothing is left. Needs root and dpkg.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null 2>&1; then
  echo "check-deb: skipped (needs root and dpkg)" >&2
  exit 0
fi
installed() { dpkg-query -W -f='${Status}' bellwether 2>/dev/null | grep -q 'installed$'; }
if installed; then
  echo "check-deb: a bellwether package is installed already; remove it first (dpkg --purge bellwether)" >&2
  exit 1
fi
scripts/package-deb.sh
deb=$(ls target/package/bellwether_*.deb)
dir=$(mktemp -d)
cleanup() { dpkg --purge bellwether >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
dpkg -i "$deb"
(cd "$dir" && PATH=/usr/bin:/bin bellwether --version | tee version.txt)
grep -q "^bellwether " "$dir/version.txt"
(cd "$dir" && PATH=/usr/bin:/bin bellwether demo > demo.txt)
grep -Eq "1 +KAREN HANDEL +REP +134,799" "$dir/demo.txt"
dpkg --purge bellwether
if [ -e /opt/bellwether ] || [ -e /usr/bin/bellwether ] || dpkg-query -W bellwether >/dev/null 2>&1; then
  echo "check-deb: the package left something behind" >&2
  exit 1
fi
echo "check-deb: $(basename "$deb") installs, runs --version and demo, and purges cleanly"
