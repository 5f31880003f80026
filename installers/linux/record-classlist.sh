#!/usr/bin/env bash
# Records the classes a GUI launcher loads until its window is mapped, as a CDS class list in the
# order the start-up archive should keep them when it must be cut to fit a size limit:
#   1. classes from the class path (JavaFX, GattScope and libraries: the JVM verifies these, so
#      loading them costs most) and their lambdas, in load order;
#   2. JDK classes (from the runtime image, not verified) and their lambdas;
#   3. logging and JSON classes (logback, slf4j, jackson), which the launcher loads on a second
#      thread while JavaFX starts.
# Runs window-probe.sh on $DISPLAY, else under xvfb-run.
#
# Usage: record-classlist.sh LAUNCHER OUTPUT_LIST
set -euo pipefail
launcher=${1:?usage: record-classlist.sh LAUNCHER OUTPUT_LIST}
output=${2:?usage: record-classlist.sh LAUNCHER OUTPUT_LIST}
probe="$(dirname "$0")/window-probe.sh"

x=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null ||
    { echo "record-classlist: no DISPLAY and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  x=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# -Xshare:off: record every class, whatever archive the launcher has now.
_JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$work/loaded -Xlog:class+load=info:file=$work/sources" \
  "${x[@]}" "$probe" "$launcher" 120 >"$work/probe.log" 2>&1 ||
  { cat "$work/probe.log" >&2; echo "record-classlist: the window did not come up" >&2; exit 1; }

# sources lines: "[...] a.b.C source: jrt:/java.base" or "... source: file:/.../x.jar".
awk '
  FNR == NR {
    if (match($0, /\] [^ ]+ source: /)) {
      name = substr($0, RSTART + 2); sub(/ .*/, "", name); gsub(/\./, "/", name)
      jdk[name] = ($0 ~ /source: (jrt:|shared objects file)/)
    }
    next
  }
  /^#/ { next }
  /^@lambda-form-invoker/ { head[++nh] = $0; next }
  {
    owner = ($1 == "@lambda-proxy") ? $2 : $1
    if (owner ~ /^(ch\/qos\/logback|org\/slf4j|com\/fasterxml\/jackson)\//) group = 3
    else if (owner in jdk && !jdk[owner]) group = 1
    else group = 2
    line[group, ++n[group]] = $0
  }
  END {
    print "# GattScope start-up classes (installers/linux/record-classlist.sh), most useful first"
    for (i = 1; i <= nh; i++) print head[i]
    for (g = 1; g <= 3; g++) for (i = 1; i <= n[g]; i++) print line[g, i]
  }
' "$work/sources" "$work/loaded" >"$output"
echo "record-classlist: $(grep -vc '^[#@]' "$output") classes," \
  "$(grep -c '^@lambda-proxy' "$output") lambdas -> $output"
