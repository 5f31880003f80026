#!/bin/sh
# Creates the class data sharing (CDS) archives that make GattScope start faster: the classes a
# launcher loads at start are stored pre-parsed and pre-verified, and the launcher maps them
# instead of reading them from the jars.
#   explorer  lib/app/gattscope.classlist     -> gattscope.jsa, mapped by bin/GattScope
#   cli       lib/app/gattscope-cli.classlist -> gattscope-cli.jsa, mapped by bin/gattscope
# (-XX:SharedArchiveFile=... -Xshare:auto in GattScope.cfg and in the bin/gattscope script).
# A JDK 17 archive records absolute jar paths, so it is made where the app lives: by
# build-linux.sh for the app-image and by the .deb's postinst in /opt/gattscope. Without an
# archive, or after the app moved, its launcher silently starts without it.
#
# Usage: gattscope-archive.sh                         both archives from the default lists
#        gattscope-archive.sh explorer|cli [LIST]     one archive, optionally from another list
set -eu
app=$(dirname "$(readlink -f "$0")")

# dump LAUNCHER LIST ARCHIVE
dump() {
  [ -f "$2" ] || { echo "gattscope-archive: class list $2 not found" >&2; return 1; }
  rm -f "$3"
  # Classes the list names but the runtime cannot archive (dynamic proxies, JFR events) only warn.
  if ! out=$(GATTSCOPE_CLI_CACHE= _JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$2 -XX:SharedArchiveFile=$3" \
    "$app/../../bin/$1" 2>&1); then
    printf '%s\n' "$out" | tail -n 5 >&2
    echo "gattscope-archive: dumping $3 failed; $1 starts without it" >&2
    rm -f "$3"
    return 1
  fi
  [ -f "$3" ] || { echo "gattscope-archive: no archive $3 written" >&2; return 1; }
}

case "${1:-both}" in
  explorer) dump GattScope "${2:-$app/gattscope.classlist}" "$app/gattscope.jsa" ;;
  cli) dump gattscope "${2:-$app/gattscope-cli.classlist}" "$app/gattscope-cli.jsa" ;;
  both)
    status=0
    dump GattScope "$app/gattscope.classlist" "$app/gattscope.jsa" || status=1
    dump gattscope "$app/gattscope-cli.classlist" "$app/gattscope-cli.jsa" || status=1
    exit $status
    ;;
  *) echo "usage: gattscope-archive.sh [explorer|cli [CLASS_LIST]]" >&2; exit 2 ;;
esac
