#!/usr/bin/env bash
# Starts the built application with the product's JVM settings (deploy/local/run.sh uses it).
#
# The jar is extracted next to it (participation-web/target/app/) and started with a class-data
# sharing archive (CDS, https://docs.spring.io/spring-boot/reference/packaging/class-data-sharing.html):
# the JVM maps the classes the application loads at start-up instead of loading and verifying them
# from the jar, which makes the start faster and shares that memory. The archive comes from a
# training run (the application starts against its database and stops as soon as its context is
# refreshed), made once per build: again only when the application's classes or the JVM change.
# On Java 25 or later the same training run makes an AOT cache instead (JEP 483 and 515,
# the same page of Spring Boot's documentation): besides the classes, it
# holds them loaded and linked, and the methods' profiles, so the start does less again.
#
# Settings (environment), besides the application's own (README, Configuration):
#   JAVA_HOME          the JDK or JRE that runs the application (default: java on the PATH); Java 17 or later
#   JAVA_OPTS          JVM options; default: see DEFAULT_JAVA_OPTS below (README, Configuration)
#   PARTICIPATION_CDS  false: start the jar as it is, without extracting it, a CDS archive or an AOT cache
# Usage: deploy/local/app.sh [--prepare] [application jar] (default: participation-web/target/participation-web-*.jar)
#   --prepare    only extract the jar and make the archive when needed, then stop
#   --java-opts  only print the JVM options the application starts with (the benchmark uses them)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PREPARE=false
PRINT_OPTIONS=false
if [[ ${1:-} == --prepare ]]; then PREPARE=true; shift; fi
if [[ ${1:-} == --java-opts ]]; then PRINT_OPTIONS=true; shift; fi

# A small, fixed heap and the serial collector: the application's live data is small, and on a
# machine with few cores the serial collector costs the least memory and CPU of the JVM's collectors.
# The initial heap and the metaspace threshold spare the start-up the full collections that grow them;
# freed native memory (the JIT compilers' work areas) goes back to the system every 10 s. Measured with
# deploy/bench/startup.sh (README, Configuration): 589 MB resident after the warm-up, 622 MB with -Xmx320m.
DEFAULT_JAVA_OPTS="-XX:+UseSerialGC -Xms128m -Xmx288m -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:TrimNativeHeapInterval=10000"
JAVA_OPTS=${JAVA_OPTS-$DEFAULT_JAVA_OPTS}
if [[ $PRINT_OPTIONS == true ]]; then echo "$JAVA_OPTS"; exit 0; fi

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v "$JAVA" >/dev/null || { echo "no java: $JAVA (JAVA_HOME=${JAVA_HOME:-})" >&2; exit 69; }

JAR=${1:-$(ls "$ROOT"/participation-web/target/participation-web-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
[[ -n $JAR && -r $JAR ]] || { echo "no application jar: build it first (deploy/local/run.sh)" >&2; exit 66; }
# Fewer malloc arenas: glibc keeps one per thread otherwise, most of them nearly empty.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

if [[ ${PARTICIPATION_CDS:-true} != true ]]; then
  [[ $PREPARE == true ]] && exit 0
  exec "$JAVA" $JAVA_OPTS -jar "$JAR"
fi

APP_DIR=$(dirname "$JAR")/app
APP_JAR=$APP_DIR/participation-web.jar
# Java 25 and later: an AOT cache, made in one training run; before that, a dynamic CDS archive.
java_version=$("$JAVA" -version 2>&1)
java_feature=$(sed -nE '1s/.* version "([0-9]+).*/\1/p' <<<"$java_version")
if ((${java_feature:-17} >= 25)); then
  ARCHIVE=$APP_DIR/participation-web.aot
  MAKE_ARCHIVE=(-XX:AOTCacheOutput="$ARCHIVE" -Xlog:aot=off)
  USE_ARCHIVE=(-XX:AOTCache="$ARCHIVE")
else
  ARCHIVE=$APP_DIR/participation-web.jsa
  MAKE_ARCHIVE=(-XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off)
  USE_ARCHIVE=(-XX:SharedArchiveFile="$ARCHIVE")
fi
# What the archive depends on: the classes (each entry's CRC, not the build's timestamps) and the JVM
# (a JVM option the archive does not fit makes the JVM say so in the log and start without it).
fingerprint=$( { unzip -v "$JAR" | awk '{ print $7, $8 }'; echo "$java_version"; } | sha256sum | cut -c1-64)

if [[ ! -r $ARCHIVE || $(cat "$APP_DIR/fingerprint" 2>/dev/null) != "$fingerprint" ]]; then
  echo "[app] Extracting the application and making its class-data archive or AOT cache (once per build) ..." >&2
  rm -rf "$APP_DIR"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
  mv "$APP_DIR/$(basename "$JAR")" "$APP_JAR"
  # The training run: starts against the database (applying the changelog if needed), stops when the context is ready.
  "$JAVA" $JAVA_OPTS "${MAKE_ARCHIVE[@]}" \
    -Dspring.context.exit=onRefresh -jar "$APP_JAR" >"$APP_DIR/training.log" 2>&1 &
  training=$!
  trap 'kill "$training" 2>/dev/null; rm -rf "$APP_DIR"; exit 143' INT TERM
  if wait "$training"; then
    trap - INT TERM
    echo "$fingerprint" >"$APP_DIR/fingerprint"
  else
    trap - INT TERM
    echo "[app] The training run failed (see $APP_DIR/training.log): starting without a class-data archive" >&2
    rm -f "$ARCHIVE"
  fi
fi

[[ $PREPARE == true ]] && exit 0
if [[ -r $ARCHIVE ]]; then
  exec "$JAVA" $JAVA_OPTS "${USE_ARCHIVE[@]}" -jar "$APP_JAR"
fi
exec "$JAVA" $JAVA_OPTS -jar "$APP_JAR"
