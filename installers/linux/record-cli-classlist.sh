#!/usr/bin/env bash
# Records the classes the command-line launcher loads for the usual short commands (version, help,
# and on the simulator: read, write, services, scan, subscribe) as one CDS class list, each class
# once, in the order first loaded: the list gattscope-archive.sh turns into gattscope-cli.jsa.
#
# Usage: record-cli-classlist.sh CLI_LAUNCHER OUTPUT_LIST
set -euo pipefail
launcher=${1:?usage: record-cli-classlist.sh CLI_LAUNCHER OUTPUT_LIST}
output=${2:?usage: record-cli-classlist.sh CLI_LAUNCHER OUTPUT_LIST}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
addr=00:07:80:5E:01:01
n=0
record() {
  n=$((n + 1))
  # -Xshare:off: record every class, whatever archive the launcher has now.
  if ! GATTSCOPE_CLI_CACHE= _JAVA_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$work/$n.list" \
    "$launcher" "$@" >"$work/$n.out" 2>&1; then
    cat "$work/$n.out" >&2
    echo "record-cli-classlist: 'gattscope $*' failed" >&2
    exit 1
  fi
}
record --version
record read --help
record -a sim read "$addr" 2a38
record -a sim write "$addr" 2a39 01
record -a sim services "$addr"
record -a sim scan --timeout 1
record -a sim subscribe "$addr" 2a37 --count 3
{
  echo "# GattScope command-line start-up classes (installers/linux/record-cli-classlist.sh)"
  for i in $(seq 1 "$n"); do grep -v '^#' "$work/$i.list"; done | awk '!seen[$0]++'
} >"$output"
echo "record-cli-classlist: $(grep -vc '^[#@]' "$output") classes," \
  "$(grep -c '^@lambda-proxy' "$output") lambdas -> $output"
