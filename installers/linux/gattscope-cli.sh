#!/bin/sh
# The command line's launcher, bin/gattscope (build-linux.sh writes this file into the app-image
# with the class path after -cp replaced by the explorer launcher's, in its order: either launcher
# can then map the other's start-up archive). It starts the bundled runtime's java directly: jpackage's native
# launcher first asks `rpm -qf` and `dpkg -S` which package owns it, and those look-ups cost more
# CPU than the JVM's own start. JVM options for short runs: the command line's own start-up archive
# (record-cli-classlist.sh, made by gattscope-archive.sh; see below), C1 only (a run is over before
# C2's code would pay off), the serial collector (the cheapest to set up) and no hsperfdata file.
#
# Start-up archive: the installed copy has lib/app/gattscope-cli.jsa (postinst makes it). The
# app-image has no room for it (its size limit), so the first run makes one from the shipped class
# list in the user's cache, ${XDG_CACHE_HOME:-~/.cache}/gattscope (a few seconds, once), named
# after this image's path and jar (an archive holds the jars' paths, sizes and times), and later
# runs map it. GATTSCOPE_CLI_CACHE names another directory; set but empty, it turns this off. When
# the directory cannot be made or the dump fails, the run goes on without an archive (a failed dump
# leaves a .failed marker, so it is not tried on every run).
self=$(readlink -f "$0")
image=${self%/bin/*}
app=$image/lib/app
java=$image/lib/runtime/bin/java
classpath="@CLASSPATH@"
options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
archive=$app/gattscope-cli.jsa
if [ ! -f "$archive" ]; then
  archive=
  cache=${GATTSCOPE_CLI_CACHE-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/gattscope}
  list=$app/gattscope-cli.classlist
  if [ -n "$cache" ] && [ -f "$list" ]; then
    key=$(printf '%s %s' "$image" "$(stat -Lc '%s %Y' "$app/gattscope.jar")" | cksum)
    made=$cache/cli-${key%% *}.jsa
    if [ -f "$made" ]; then
      archive=$made
    elif [ ! -e "$made.failed" ] && mkdir -p "$cache" 2>/dev/null; then
      # shellcheck disable=SC2086 # $options is a list of words
      if (unset _JAVA_OPTIONS JAVA_TOOL_OPTIONS
        exec "$java" -Xshare:dump -XX:SharedClassListFile="$list" \
          -XX:SharedArchiveFile="$made.$$" $options -cp "$classpath") >/dev/null 2>&1 &&
        mv -f "$made.$$" "$made"; then
        archive=$made
      else
        rm -f "$made.$$"
        : >"$made.failed" 2>/dev/null || true
      fi
    fi
  fi
fi
# shellcheck disable=SC2086 # $options is a list of words
exec "$java" ${archive:+"-XX:SharedArchiveFile=$archive"} -Xshare:auto $options \
  -cp "$classpath" io.gattscope.cli.Cli "$@"
