#!/usr/bin/env bash
# The benchmark of issue 10: seeds N trajectories (reusing participation_bench_<N> when it holds them),
# starts Keycloak (development realm) and the real application against each database, drives whole
# trajectories with concurrent users through the API and the portal, times the lists and the inbox,
# then drives the same BPMN on the engine alone as the ceiling. Prints figures, never pass/fail, and
# writes them to participation-benchmark/target/benchmark-<timestamp>.md.
#
#   deploy/bench/run.sh [--trajectories 1000,10000] [--users 8] [--minutes 2] [--samples 20] [--drive K]
#                       [--engine-seconds 60] [--seed-threads 3] [--sql-count true|false]
#
# BENCH_APP_JAVA_OPTS replaces the application's JVM options (the README's defaults), e.g. to add a
# Java Flight Recording; Keycloak keeps its own.
#
# Needs Java 17 and PostgreSQL on 127.0.0.1:5432 (user postgres, no password). Uses ports 8480 (the
# application), 8380/9380 (Keycloak; BENCH_KEYCLOAK_URL=http://host:port uses a running one instead).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

log() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }

log "Building the application, the benchmark and unpacking Keycloak ..."
./mvnw -q -B -Pbenchmark -DskipTests package -pl participation-web,deploy,participation-benchmark -am

APP_JAR=$(ls "$ROOT"/participation-web/target/participation-web-*.jar | grep -v original | head -n 1)
BENCH_JAR=$(ls "$ROOT"/participation-benchmark/target/participation-benchmark-*.jar | grep -v -e sqlcount -e original | head -n 1)
SQL_JAR=$(ls "$ROOT"/participation-benchmark/target/participation-benchmark-*-sqlcount.jar | head -n 1)
KEYCLOAK_HOME=$(ls -d "$ROOT"/deploy/target/keycloak-*/ | head -n 1)
LOG_DIR="$ROOT/participation-benchmark/target/logs"
mkdir -p "$LOG_DIR"

KC_PID=
cleanup() {
  trap - INT TERM EXIT
  if [[ -n $KC_PID ]]; then
    log "Stopping Keycloak"
    kill "$KC_PID" 2>/dev/null || true
    wait "$KC_PID" 2>/dev/null || true
  fi
}
trap cleanup INT TERM EXIT

KEYCLOAK_URL=${BENCH_KEYCLOAK_URL:-}
if [[ -z $KEYCLOAK_URL ]]; then
  KC_PORT=${BENCH_KEYCLOAK_PORT:-8380}
  KC_MGMT_PORT=${BENCH_KEYCLOAK_MANAGEMENT_PORT:-9380}
  KEYCLOAK_URL="http://127.0.0.1:$KC_PORT"
  log "Starting Keycloak on $KEYCLOAK_URL (log: $LOG_DIR/keycloak.log)"
  KC_HOSTNAME="$KEYCLOAK_URL" "$ROOT/deploy/keycloak/start-keycloak.sh" "$KEYCLOAK_HOME" \
    "$ROOT/deploy/keycloak/dev/participation-realm.json" "$KC_PORT" "$KC_MGMT_PORT" dev-mem \
    >"$LOG_DIR/keycloak.log" 2>&1 &
  KC_PID=$!
  for ((i = 0; i < 240; i++)); do
    curl -fsS -o /dev/null "http://127.0.0.1:$KC_MGMT_PORT/health/ready" 2>/dev/null && break
    kill -0 "$KC_PID" 2>/dev/null || { log "Keycloak stopped while starting; see $LOG_DIR/keycloak.log"; exit 1; }
    sleep 1
  done
fi

# The benchmark's users all come from this machine and ask far more than a person does: no rate limits.
export PARTICIPATION_RATE_LIMITS=${PARTICIPATION_RATE_LIMITS:-false}
java -Xmx2g -jar "$BENCH_JAR" --app-jar "$APP_JAR" --sqlcount-jar "$SQL_JAR" --keycloak "$KEYCLOAK_URL" \
  --app-java-opts "${BENCH_APP_JAVA_OPTS:-$("$ROOT/deploy/local/app.sh" --java-opts)}" \
  --out "$ROOT/participation-benchmark/target" --git "$(git rev-parse --short HEAD 2>/dev/null || echo '?')" "$@"
