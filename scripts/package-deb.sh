#!/usr/bin/env bash
# Builds a self-contained Bellwether: a Java runtime image made with the JDK's own jlink (only the modules the
# jar needs) and, from it, a Debian package made with jpackage, so that an official installs one .deb and needs
# no separate Java. Output: target/package/runtime (the image) and target/package/bellwether_<version>_<arch>.deb.
#
#   scripts/package-deb.sh            then: sudo dpkg -i target/package/bellwether_*.deb; bellwether demo
#
# The package installs to /opt/bellwether (launcher bin/bellwether, the jar and examples/ in lib/app, the
# runtime in lib/runtime) and links /usr/bin/bellwether to the launcher; removing it removes both.
# Needs a JDK 21+ (found as ./bellwether finds one), dpkg-deb and fakeroot (Debian: dpkg-dev, fakeroot).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
home=$(pwd)
. scripts/find-jdk.sh
jdk=$(find_jdk || true)
if [ -z "$jdk" ]; then echo "package-deb: no JDK 21 or newer found" >&2; exit 1; fi
export JAVA_HOME="$jdk"
for tool in jlink jpackage jdeps; do
  [ -x "$jdk/bin/$tool" ] || { echo "package-deb: $jdk has no $tool" >&2; exit 1; }
done
command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
  || { echo "package-deb: needs dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot)" >&2; exit 1; }

# the project's own version: the first <version> of the root pom, right after its artifactId
version=$(sed -n 's:^  <version>\([0-9][^<]*\)</version>$:\1:p' pom.xml | head -1)
./mvnw -q -B -DskipTests -pl cli -am package >&2

out=target/package
rm -rf "$out"
mkdir -p "$out/app/examples"
cp cli/target/bellwether.jar "$out/app/"
cp -r examples/ga06-2017 "$out/app/examples/"
cp LICENSE NOTICE "$out/app/"

# The modules the jar uses (jdeps), less java.desktop, plus the ones it reaches only by reflection or service
# lookup: TLS for PostgreSQL over SSL (jdk.crypto.ec), zip file systems, jdk.unsupported for SQLite's native
# loader. java.desktop is left out: only pgjdbc's geometric types (PGpoint and kin) touch java.awt, Bellwether
# never reads them, and with it the package would depend on X11 and ALSA libraries a server does not have.
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 21 "$out/app/bellwether.jar" \
  | tr , '\n' | grep -vx java.desktop | paste -sd, -)
modules="$modules,jdk.crypto.ec,jdk.zipfs,jdk.unsupported"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress zip-6 --output "$out/runtime"
echo "package-deb: runtime image with $modules: $(du -sh "$out/runtime" | cut -f1)" >&2

# Maintainer scripts: jpackage's own, plus the link on PATH.
mkdir -p "$out/resources"
cat > "$out/resources/postinst" <<'SH'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  ln -sf /opt/bellwether/bin/bellwether /usr/bin/bellwether
fi
exit 0
SH
cat > "$out/resources/prerm" <<'SH'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = upgrade ] || [ "$1" = deconfigure ]; then
  if [ "$(readlink /usr/bin/bellwether 2>/dev/null)" = /opt/bellwether/bin/bellwether ]; then
    rm -f /usr/bin/bellwether
  fi
fi
exit 0
SH
chmod 755 "$out/resources/postinst" "$out/resources/prerm"

# The runtime's modules are compressed already (zip-6): gzip the package rather than spend minutes in xz.
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
"$jdk/bin/jpackage" --type deb --dest "$out" \
  --name bellwether --app-version "$version" \
  --description "Election results engine: reads official results files, tabulates every contest under its rule, compares sources" \
  --vendor "The Bellwether contributors" --copyright "Apache-2.0" \
  --license-file LICENSE \
  --linux-package-name bellwether --linux-app-category science --linux-deb-maintainer "bellwether@localhost" \
  --input "$out/app" --main-jar bellwether.jar --main-class org.bellwether.cli.Main \
  --java-options "--enable-native-access=ALL-UNNAMED" \
  --runtime-image "$out/runtime" --resource-dir "$out/resources" --install-dir /opt
ls -l "$out"/*.deb
