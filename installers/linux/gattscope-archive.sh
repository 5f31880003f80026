#!/bin/sh
# Creates the class data sharing (CDS) archive lib/app/gattscope.jsa that makes GattScope start
# faster: the classes the explorer loads until its first window are stored pre-parsed and
# pre-verified, and the launcher maps them instead of reading them from the jars
# (-XX:SharedArchiveFile=$APPDIR/gattscope.jsa -Xshare:auto in GattScope.cfg).
# A JDK 17 archive records absolute jar paths, so it is made where the app lives: by
# build-linux.sh for the app-image and by the .deb's postinst in /opt/gattscope. Without the
# archive, or after the app moved, the launcher silently starts without it.
#
# Usage: gattscope-archive.sh [CLASS_LIST]   (default: lib/app/gattscope.classlist)
set -eu
app=$(dirname "$(readlink -f "$0")")
list=${1:-$app/gattscope.classlist}
[ -f "$list" ] || { echo "gattscope-archive: class list $list not found" >&2; exit 1; }
rm -f "$app/gattscope.jsa"
# Classes the list names but the runtime cannot archive (dynamic proxies, JFR events) only warn.
if ! out=$(_JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$app/gattscope.jsa" \
  "$app/../../bin/GattScope" 2>&1); then
  printf '%s\n' "$out" | tail -n 5 >&2
  echo "gattscope-archive: dumping the archive failed; GattScope starts without it" >&2
  rm -f "$app/gattscope.jsa"
  exit 1
fi
[ -f "$app/gattscope.jsa" ] || { echo "gattscope-archive: no archive written" >&2; exit 1; }
