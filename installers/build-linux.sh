#!/usr/bin/env bash
# Builds the Linux installers from target/gattscope.jar + target/lib (run `mvn -B -DskipTests package`
# first, or use `mvn -Pinstallers verify`, which runs this script before the installer checks):
#   target/installer/runtime            trimmed Java runtime (jlink, modules from runtime-modules.txt)
#   target/installer/image/GattScope    app-image: bin/GattScope starts the explorer (with a
#                                       subcommand it runs the CLI, e.g. `GattScope adapters`),
#                                       bin/gattscope is the command line's own launcher, a
#                                       shell script that execs the runtime's bin/java with JVM
#                                       options for short runs (linux/gattscope-cli.sh), each
#                                       with a start-up class list and CDS archive (see below)
#   target/installer/gattscope_<v>_amd64.deb   (needs dpkg-deb and fakeroot; installs
#                                       /usr/bin/gattscope -> bin/gattscope, the man page
#                                       gattscope(1) and bash/zsh completion as links into
#                                       /opt/gattscope)
#   target/installer/gattscope-<v>.x86_64.rpm  (only where rpmbuild exists)
# Environment: JAVA_HOME (JDK 17 with jlink/jpackage; default: the JDK of `javac` on PATH),
# GATTSCOPE_VERSION (default 0.1.0), GATTSCOPE_SKIP_PACKAGES=1 builds the app-image only.
# Start-up archive: the built app-image is started once under X (DISPLAY, else xvfb-run; needs
# x11-utils for window-probe.sh) to record the classes loaded until its window is mapped
# (lib/app/gattscope.classlist), and the command-line launcher once per usual command on the
# simulator (linux/record-cli-classlist.sh: lib/app/gattscope-cli.classlist);
# lib/app/gattscope-archive.sh turns the lists into CDS archives, here for the app-image and at
# install time for the .deb (postinst), since an archive holds absolute paths.
# GATTSCOPE_IMAGE_LIMIT_MB (default 100) caps the app-image with its archives: when the explorer's
# archive does not fit, it keeps the classes loaded first; the command line's archive goes into the
# app-image only when it fits beside that (the installed copy always gets both).
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
# The command line's launcher: a script that execs the runtime's java (jlink stripped the native
# commands; only java comes back, 14 kB) with the explorer launcher's class path, in its order.
mkdir -p "$image/lib/runtime/bin"
cp "$java_home/bin/java" "$image/lib/runtime/bin/java"
classpath=$(sed -n 's/^app\.classpath=\$APPDIR/$app/p' "$app/GattScope.cfg" | paste -sd:)
[ -n "$classpath" ] || { echo "build-linux: no app.classpath in $app/GattScope.cfg" >&2; exit 1; }
sed "s|@CLASSPATH@|$classpath|" installers/linux/gattscope-cli.sh >"$image/bin/gattscope"
chmod 755 "$image/bin/gattscope"
archive=yes
if ! bash installers/linux/record-classlist.sh "$image/bin/GattScope" "$app/gattscope.classlist"; then
  [ "${CI:-}" = "true" ] && exit 1
  echo "build-linux: no start-up class list; GattScope starts without a CDS archive" >&2
  archive=no
fi

# The command line's start-up classes (no X needed). Without them bin/gattscope only starts slower.
cli_archive=yes
if ! bash installers/linux/record-cli-classlist.sh "$image/bin/gattscope" "$app/gattscope-cli.classlist"; then
  [ "${CI:-}" = "true" ] && exit 1
  echo "build-linux: no command-line class list; bin/gattscope starts without a CDS archive" >&2
  rm -f "$app/gattscope-cli.classlist"
  cli_archive=no
fi

# The app-image's archive, within the size limit. The whole list makes an archive more than twice
# the room left, and an archive's size is far from proportional to its classes (an empty list makes
# about 6 MB, the JVM's own classes; the first few hundred class-path classes add about 7 MB, the
# JDK's class-loading machinery archived with them), so the head of the list (most useful first) is
# found by search between a length that fits and one that does not (at first the empty list and
# the whole list), alternating interpolation and halving, until the archive fills at least 97 % of
# the room or the two lengths are 8 classes apart.
size=0
limit=$((${GATTSCOPE_IMAGE_LIMIT_MB:-100} * 1000 * 1000))
image_bytes() { find "$image" -type f ! -name '*.jsa' -printf '%s\n' | awk '{s += $1} END {print s}'; }
budget=$((limit - $(image_bytes) - 1024 * 1024))
list="$app/gattscope.classlist"
# head KEEP: the first KEEP classes of the whole list, with their lambdas, as $out/head.classlist.
head_of_list() {
  awk -v keep="$1" '
    /^#/ || /^@lambda-form-invoker/ { print; next }
    /^@lambda-proxy/ { if ($2 in kept) print; next }
    n < keep { kept[$1] = 1; n++; print }
  ' "$app/gattscope.classlist" >"$out/head.classlist"
}
# try KEEP: makes the archive of the list's head; its size in $size.
try() {
  head_of_list "$1"
  sh "$app/gattscope-archive.sh" explorer "$out/head.classlist"
  size=$(stat -c %s "$app/gattscope.jsa")
  echo "build-linux: start-up archive of the first $1 classes: $size bytes (room: $budget)"
}
if [ "$archive" = yes ]; then
  total=$(grep -vc '^[#@]' "$app/gattscope.classlist")
  try "$total"
  if [ "$size" -gt "$budget" ]; then
    hi_n=$total hi_s=$size
    try 0
    [ "$size" -le "$budget" ] || { echo "build-linux: even an empty archive ($size bytes) does not fit in $budget" >&2; exit 1; }
    lo_n=0 lo_s=$size
    cp "$app/gattscope.jsa" "$out/fits.jsa"
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
      [ $((lo_s * 100)) -ge $((budget * 97)) ] && break
      [ $((hi_n - lo_n)) -le 8 ] && break
      if [ $((attempt % 2)) = 1 ]; then
        keep=$((lo_n + (hi_n - lo_n) * ((budget - lo_s) / 1024) / ((hi_s - lo_s) / 1024)))
      else
        keep=$(((lo_n + hi_n) / 2))
      fi
      [ "$keep" -le "$lo_n" ] && keep=$((lo_n + 1))
      [ "$keep" -ge "$hi_n" ] && keep=$((hi_n - 1))
      try "$keep"
      if [ "$size" -le "$budget" ]; then
        lo_n=$keep lo_s=$size
        cp "$app/gattscope.jsa" "$out/fits.jsa"
      else
        hi_n=$keep hi_s=$size
      fi
    done
    head_of_list "$lo_n"
    list="$out/app-image.classlist"
    mv "$out/head.classlist" "$list"
    mv -f "$out/fits.jsa" "$app/gattscope.jsa"
    size=$lo_s
  fi
fi
[ "$archive" = yes ] &&
  echo "build-linux: start-up archive $((size / 1000000)) MB ($(grep -vc '^[#@]' "$list") classes)," \
    "app-image $((($(image_bytes) + size) / 1000000)) MB"

# The command line's archive, when it fits beside the explorer's.
if [ "$cli_archive" = yes ]; then
  if sh "$app/gattscope-archive.sh" cli; then
    cli_size=$(stat -c %s "$app/gattscope-cli.jsa")
    if [ $(($(image_bytes) + size + cli_size)) -gt "$limit" ]; then
      echo "build-linux: command-line archive ($((cli_size / 1000000)) MB) does not fit in the" \
        "app-image; the installed copy makes it (postinst)"
      rm -f "$app/gattscope-cli.jsa"
    else
      echo "build-linux: command-line archive $((cli_size / 1000000)) MB" \
        "($(grep -vc '^[#@]' "$app/gattscope-cli.classlist") classes)"
    fi
  else
    [ "${CI:-}" = "true" ] && exit 1
  fi
fi

[ "${GATTSCOPE_SKIP_PACKAGES:-0}" = "1" ] && exit 0
# The packages carry the class lists, not these archives: they name this directory's paths.
mkdir -p "$out/archives"
for jsa in "$app"/*.jsa; do [ -f "$jsa" ] && mv "$jsa" "$out/archives/"; done
trap 'mv "$out"/archives/*.jsa "$app/" 2>/dev/null || true' EXIT

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
mv "$out"/archives/*.jsa "$app/" 2>/dev/null || true
ls -l "$out"
