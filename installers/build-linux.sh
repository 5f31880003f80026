#!/usr/bin/env bash
# Builds the Linux installers from target/gattscope.jar + target/lib (run `mvn -B -DskipTests package`
# first, or use `mvn -Pinstallers verify`, which runs this script before the installer checks):
#   target/installer/runtime            trimmed Java runtime (jlink, modules from runtime-modules.txt)
#   target/installer/image/GattScope    app-image (bin/GattScope starts the explorer; with a
#                                       subcommand it runs the CLI, e.g. `GattScope adapters`),
#                                       with a start-up class list and CDS archive (see below)
#   target/installer/gattscope_<v>_amd64.deb   (needs dpkg-deb and fakeroot; installs
#                                       /usr/bin/gattscope, the man page gattscope(1) and bash/zsh
#                                       completion as links into /opt/gattscope)
#   target/installer/gattscope-<v>.x86_64.rpm  (only where rpmbuild exists)
# Environment: JAVA_HOME (JDK 17 with jlink/jpackage; default: the JDK of `javac` on PATH),
# GATTSCOPE_VERSION (default 0.1.0), GATTSCOPE_SKIP_PACKAGES=1 builds the app-image only.
# Start-up archive: the built app-image is started once under X (DISPLAY, else xvfb-run; needs
# x11-utils for window-probe.sh) to record the classes loaded until its window is mapped
# (lib/app/gattscope.classlist); lib/app/gattscope-archive.sh turns that list into a CDS archive,
# here for the app-image and at install time for the .deb (postinst), since an archive holds
# absolute paths. GATTSCOPE_IMAGE_LIMIT_MB (default 100) caps the app-image with its archive: when
# the archive does not fit, it keeps the classes loaded first.
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
# postinst/prerm are jpackage's templates plus creating/removing the start-up archive.
cp installers/linux/postinst installers/linux/prerm "$out/resources/"
cp installers/linux/gattscope-archive.sh "$out/input/"
# The command line's man page and completion scripts, made by the CLI itself; postinst links them
# (and /usr/bin/gattscope) into place.
cli=("$java_home/bin/java" -cp "target/gattscope.jar:target/lib/*" io.gattscope.cli.Cli)
"${cli[@]}" manpage | gzip -9n >"$out/input/gattscope.1.gz"
"${cli[@]}" completion bash >"$out/input/gattscope.bash"
"${cli[@]}" completion zsh >"$out/input/_gattscope"

common=(--name GattScope --app-version "$version" --vendor "GattScope"
  --description "Bluetooth Low Energy explorer and command line"
  --copyright "GattScope contributors")

t0=$(date +%s)
# --compress=1 shares constant strings but does not zip the modules file: it stays small and
# compresses well inside the .deb (zip level 2 makes the .deb larger), and class loading stays fast.
"$jlink" --add-modules "$(tr -d ' \n' <installers/runtime-modules.txt)" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=1 \
  --output "$out/runtime"
# The runtime's native libraries keep their dynamic symbols; the full symbol tables (4 MB, used
# only by debuggers) go.
if command -v strip >/dev/null; then
  find "$out/runtime/lib" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
fi
t1=$(date +%s)
# The archive option is harmless while the archive is missing or does not match (-Xshare:auto).
"$jpackage" --type app-image "${common[@]}" \
  --input "$out/input" --main-jar gattscope.jar --main-class io.gattscope.Main \
  --runtime-image "$out/runtime" --icon resources/icons/gattscope-256.png \
  --java-options '-XX:SharedArchiveFile=$APPDIR/gattscope.jsa -Xshare:auto' \
  --dest "$out/image"
t2=$(date +%s)
echo "build-linux: runtime $(du -sh "$out/runtime" | cut -f1) in $((t1 - t0)) s," \
  "app-image $(du -sh "$out/image/GattScope" | cut -f1) in $((t2 - t1)) s"

image="$out/image/GattScope"
app="$image/lib/app"
archive=yes
if ! bash installers/linux/record-classlist.sh "$image/bin/GattScope" "$app/gattscope.classlist"; then
  [ "${CI:-}" = "true" ] && exit 1
  echo "build-linux: no start-up class list; GattScope starts without a CDS archive" >&2
  archive=no
fi

# The command line's start-up classes too (a simulated read), after the explorer's: they are the
# first cut when the archive must shrink. Without them the CLI only starts slower.
if [ "$archive" = yes ]; then
  if _JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$out/cli.classlist" \
    "$image/bin/GattScope" -a sim read 00:07:80:5E:01:01 2a38 >/dev/null 2>&1; then
    grep -v -e '^#' -e '^@lambda-form-invoker' "$out/cli.classlist" |
      grep -vxF -f "$app/gattscope.classlist" >>"$app/gattscope.classlist" || true
  else
    echo "build-linux: recording the CLI's classes failed; the archive holds the explorer's only" >&2
  fi
fi

# The app-image's archive, within the size limit.
size=0
limit=$((${GATTSCOPE_IMAGE_LIMIT_MB:-100} * 1000 * 1000))
image_bytes() { find "$image" -type f ! -name gattscope.jsa -printf '%s\n' | awk '{s += $1} END {print s}'; }
budget=$((limit - $(image_bytes) - 1024 * 1024))
list="$app/gattscope.classlist"
for attempt in 1 2 3 4 5 6 7 8; do
  [ "$archive" = yes ] || break
  sh "$app/gattscope-archive.sh" "$list"
  size=$(stat -c %s "$app/gattscope.jsa")
  [ "$size" -le "$budget" ] && break
  [ "$attempt" = 8 ] && { echo "build-linux: archive $size bytes does not fit in $budget" >&2; exit 1; }
  # Keep the head of the list (most useful first), in proportion to the room left, and the
  # lambdas of the classes kept.
  lines=$(grep -vc '^[#@]' "$list")
  keep=$((lines * (budget / 1024) / (size / 1024) * 90 / 100))
  awk -v keep="$keep" '
    /^#/ || /^@lambda-form-invoker/ { print; next }
    /^@lambda-proxy/ { if ($2 in kept) print; next }
    n < keep { kept[$1] = 1; n++; print }
  ' "$list" >"$out/app-image.classlist.new"
  mv "$out/app-image.classlist.new" "$out/app-image.classlist"
  list="$out/app-image.classlist"
done
[ "$archive" = yes ] &&
  echo "build-linux: start-up archive $((size / 1000000)) MB ($(grep -vc '^[#@]' "$list") classes)," \
    "app-image $((($(image_bytes) + size) / 1000000)) MB"

[ "${GATTSCOPE_SKIP_PACKAGES:-0}" = "1" ] && exit 0
# The packages carry the class list, not this archive: it names this directory's paths.
if [ "$archive" = yes ]; then
  mv "$app/gattscope.jsa" "$out/gattscope.jsa"
  trap 'mv "$out/gattscope.jsa" "$app/gattscope.jsa" 2>/dev/null || true' EXIT
fi

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
[ "$archive" = yes ] && mv "$out/gattscope.jsa" "$app/gattscope.jsa"
ls -l "$out"
