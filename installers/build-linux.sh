#!/usr/bin/env bash
# Builds the Linux installers from target/gattscope.jar + target/lib (run `mvn -B -DskipTests package`
# first, or use `mvn -Pinstallers verify`, which runs this script before the installer checks):
#   target/installer/runtime            trimmed Java runtime (jlink, modules from runtime-modules.txt)
#   target/installer/image/GattScope    app-image (bin/GattScope starts the explorer; with a
#                                       subcommand it runs the CLI, e.g. `GattScope adapters`)
#   target/installer/gattscope_<v>_amd64.deb   (needs dpkg-deb and fakeroot)
#   target/installer/gattscope-<v>.x86_64.rpm  (only where rpmbuild exists)
# Environment: JAVA_HOME (JDK 17 with jlink/jpackage; default: the JDK of `javac` on PATH),
# GATTSCOPE_VERSION (default 0.1.0), GATTSCOPE_SKIP_PACKAGES=1 builds the app-image only.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${GATTSCOPE_VERSION:-0.1.0}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
jlink="$java_home/bin/jlink"
jpackage="$java_home/bin/jpackage"
for tool in "$jlink" "$jpackage"; do
  [ -x "$tool" ] || { echo "build-linux: $tool not found; set JAVA_HOME to a JDK 17" >&2; exit 1; }
done
[ -f target/gattscope.jar ] && [ -d target/lib ] ||
  { echo "build-linux: target/gattscope.jar or target/lib missing; run mvn -B -DskipTests package" >&2; exit 1; }

out=target/installer
rm -rf "$out"
mkdir -p "$out/input" "$out/resources"
cp target/gattscope.jar "$out/input/"
cp -r target/lib "$out/input/lib"
# jpackage takes the launcher's desktop entry from <launcher name>.desktop in the resource dir.
cp installers/linux/gattscope.desktop "$out/resources/GattScope.desktop"

common=(--name GattScope --app-version "$version" --vendor "GattScope"
  --description "Bluetooth Low Energy explorer and command line"
  --copyright "GattScope contributors")

t0=$(date +%s)
# --compress=1 shares constant strings but does not zip the modules file: it stays small and
# compresses well inside the .deb (zip level 2 makes the .deb larger), and class loading stays fast.
"$jlink" --add-modules "$(tr -d ' \n' <installers/runtime-modules.txt)" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=1 \
  --output "$out/runtime"
t1=$(date +%s)
"$jpackage" --type app-image "${common[@]}" \
  --input "$out/input" --main-jar gattscope.jar --main-class io.gattscope.app.Launcher \
  --runtime-image "$out/runtime" --icon resources/icons/gattscope-256.png \
  --dest "$out/image"
t2=$(date +%s)
echo "build-linux: runtime $(du -sh "$out/runtime" | cut -f1) in $((t1 - t0)) s," \
  "app-image $(du -sh "$out/image/GattScope" | cut -f1) in $((t2 - t1)) s"

[ "${GATTSCOPE_SKIP_PACKAGES:-0}" = "1" ] && exit 0

package() {
  local type=$1 deps=$2
  local s
  s=$(date +%s)
  "$jpackage" --type "$type" "${common[@]}" --app-image "$out/image/GattScope" \
    --icon resources/icons/gattscope-256.png --resource-dir "$out/resources" \
    --linux-shortcut --linux-menu-group "Development;Electronics" --linux-app-category devel \
    --linux-package-deps "$deps" --dest "$out"
  echo "build-linux: $type in $(($(date +%s) - s)) s"
}

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  package deb libgtk-3-0
else
  echo "build-linux: no .deb (needs dpkg-deb and fakeroot: apt-get install -y fakeroot)" >&2
  [ "${CI:-}" = "true" ] && exit 1
fi
if command -v rpmbuild >/dev/null; then
  package rpm gtk3
else
  echo "build-linux: no .rpm (rpmbuild not installed)"
fi
ls -l "$out"
