#!/bin/sh
# The command line's launcher, bin/gattscope (build-linux.sh writes this file into the app-image
# with the class path after -cp replaced by the explorer launcher's, in its order: either launcher
# can then map the other's start-up archive). It starts the bundled runtime's java directly: jpackage's native
# launcher first asks `rpm -qf` and `dpkg -S` which package owns it, and those look-ups cost more
# CPU than the JVM's own start. JVM options for short runs: the command line's own start-up archive
# (record-cli-classlist.sh, made by gattscope-archive.sh; without it the JVM starts without one),
# C1 only (a run is over before C2's code would pay off), the serial collector (the cheapest to set
# up) and no hsperfdata file.
self=$(readlink -f "$0")
image=${self%/bin/*}
app=$image/lib/app
exec "$image/lib/runtime/bin/java" \
  -XX:SharedArchiveFile="$app/gattscope-cli.jsa" -Xshare:auto \
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
  -cp "@CLASSPATH@" io.gattscope.cli.Cli "$@"
