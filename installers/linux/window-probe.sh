#!/usr/bin/env bash
# Starts a GUI launcher on the current X display (e.g. under `xvfb-run -a`) and reports how long it
# takes until a top-level window with the expected title is mapped. Event driven: xev watches the
# root window for MapNotify, so the measurement does not poll the X server.
#
# Usage: window-probe.sh LAUNCHER [TIMEOUT_SECONDS] [TITLE]
# Prints: "window-mapped ms=<wall ms> cpu_ms=<launcher user+sys ms> id=<window> class=<WM_CLASS>"
# Exit status 0 when the window appeared (the launcher is then stopped), 1 otherwise.
set -euo pipefail

launcher=${1:?usage: window-probe.sh LAUNCHER [TIMEOUT_SECONDS] [TITLE]}
timeout_s=${2:-60}
title=${3:-GattScope}
for tool in xev xprop; do
  command -v "$tool" >/dev/null || { echo "window-probe: $tool not found (apt-get install x11-utils)" >&2; exit 1; }
done

work=$(mktemp -d)
app_pid=""
xev_pid=""
cleanup() {
  local status=$?
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  [ -n "$xev_pid" ] && { kill "$xev_pid" 2>/dev/null || true; }
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

mkfifo "$work/events"
stdbuf -oL xev -root -event substructure -event property >"$work/events" &
xev_pid=$!
exec 3<"$work/events"

# xev gives no ready signal: touch a root property until xev reports it.
ready=""
for _ in $(seq 1 50); do
  xprop -root -f _GATTSCOPE_PROBE 8s -set _GATTSCOPE_PROBE ready
  if IFS= read -r -t 0.2 line <&3 && [[ $line == PropertyNotify* ]]; then ready=yes; break; fi
done
[ -n "$ready" ] || { echo "window-probe: xev did not start" >&2; exit 1; }

ticks=$(getconf CLK_TCK)
start=$(date +%s%N)
"$launcher" >"$work/app.log" 2>&1 &
app_pid=$!
deadline=$((start + timeout_s * 1000000000))

while :; do
  now=$(date +%s%N)
  left_ms=$(((deadline - now) / 1000000))
  if [ "$left_ms" -le 0 ]; then
    echo "window-probe: no window titled '$title' within ${timeout_s}s; launcher output:" >&2
    cat "$work/app.log" >&2
    exit 1
  fi
  if ! IFS= read -r -t 1 line <&3; then
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "window-probe: launcher exited before showing a window; output:" >&2
      cat "$work/app.log" >&2
      app_pid=""
      exit 1
    fi
    continue
  fi
  [[ $line == MapNotify* ]] || continue
  IFS= read -r -t 1 detail <&3 || continue
  window=$(sed -n 's/.*window \(0x[0-9a-f]*\),.*/\1/p' <<<"$detail")
  [ -n "$window" ] || continue
  if xprop -id "$window" _NET_WM_NAME WM_NAME 2>/dev/null | grep -q "= \"$title\""; then
    mapped=$(date +%s%N)
    read -r -a stat <"/proc/$app_pid/stat"
    cpu_ms=$(((stat[13] + stat[14]) * 1000 / ticks))
    class=$(xprop -id "$window" WM_CLASS 2>/dev/null | sed -n 's/^WM_CLASS([A-Z]*) = //p')
    echo "window-mapped ms=$(((mapped - start) / 1000000)) cpu_ms=$cpu_ms id=$window class=$class"
    exit 0
  fi
done
