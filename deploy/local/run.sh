#!/usr/bin/env bash
# Runs the Participation Suite on this machine, without Docker:
#   the machine's PostgreSQL (the database is created when missing),
#   Keycloak from the official distribution (resolved by Maven) with the development realm,
#   GreenMail standalone as a local mail catcher (SMTP 127.0.0.1:3025, mails readable at http://127.0.0.1:8025),
#   and the application on http://localhost:8080, with demo data (organisations, people linked to the
#   demo logins, three trajectories in different phases) unless PARTICIPATION_DEMO_DATA=false.
# Waits until both answer, prints the addresses and demo logins, and stops both on Ctrl-C.
#
# Settings (environment): PARTICIPATION_DB_URL, PARTICIPATION_DB_USERNAME, PARTICIPATION_DB_PASSWORD,
# PARTICIPATION_PORT (8080), PARTICIPATION_KEYCLOAK_PORT (8180), PARTICIPATION_KEYCLOAK_MANAGEMENT_PORT (9180),
# PARTICIPATION_DEMO_DATA (true), PARTICIPATION_SMTP_HOST (empty: the local mail catcher is started and used), JAVA_OPTS and PARTICIPATION_CDS (see deploy/local/app.sh).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

export PARTICIPATION_DB_URL=${PARTICIPATION_DB_URL:-jdbc:postgresql://127.0.0.1:5432/participation}
export PARTICIPATION_DB_USERNAME=${PARTICIPATION_DB_USERNAME:-postgres}
export PARTICIPATION_DB_PASSWORD=${PARTICIPATION_DB_PASSWORD:-}
export PARTICIPATION_PORT=${PARTICIPATION_PORT:-8080}
export PARTICIPATION_DEMO_DATA=${PARTICIPATION_DEMO_DATA:-true}
KEYCLOAK_PORT=${PARTICIPATION_KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${PARTICIPATION_KEYCLOAK_MANAGEMENT_PORT:-9180}
MAIL_CATCHER_SMTP_PORT=3025
MAIL_CATCHER_WEB_PORT=8025
export PARTICIPATION_KEYCLOAK_ISSUER_URI=${PARTICIPATION_KEYCLOAK_ISSUER_URI:-http://127.0.0.1:$KEYCLOAK_PORT/realms/participation}

log() { printf '\033[1m[run]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[run]\033[0m %s\n' "$*" >&2; exit 1; }

wait_for() { # url, name, pid, seconds
  local url=$1 name=$2 pid=$3 seconds=$4
  for ((i = 0; i < seconds; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || die "$name stopped while starting; see $LOG_DIR"
    sleep 1
  done
  die "$name did not become ready within ${seconds}s; see $LOG_DIR"
}

command -v curl >/dev/null || die "curl is needed"

log "Building the application and unpacking Keycloak (first time: a few minutes) ..."
./mvnw -q -B -DskipTests -pl participation-web,deploy -am install

KEYCLOAK_HOME=$(ls -d "$ROOT"/deploy/target/keycloak-*/ | head -n 1)
APP_JAR=$(ls "$ROOT"/participation-web/target/participation-web-*.jar | grep -v original | head -n 1)
LOG_DIR="$ROOT/deploy/target/logs"
mkdir -p "$LOG_DIR"

# --- PostgreSQL: create the database when it is missing --------------------------------------
if [[ $PARTICIPATION_DB_URL =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]]; then
  DB_HOST=${BASH_REMATCH[1]} DB_PORT=${BASH_REMATCH[3]:-5432} DB_NAME=${BASH_REMATCH[4]}
  if command -v psql >/dev/null; then
    export PGPASSWORD=$PARTICIPATION_DB_PASSWORD
    psql -h "$DB_HOST" -p "$DB_PORT" -U "$PARTICIPATION_DB_USERNAME" -d postgres -tAc "select 1" >/dev/null 2>&1 \
      || die "PostgreSQL does not answer at $DB_HOST:$DB_PORT as $PARTICIPATION_DB_USERNAME"
    if [[ -z $(psql -h "$DB_HOST" -p "$DB_PORT" -U "$PARTICIPATION_DB_USERNAME" -d postgres -tAc \
        "select 1 from pg_database where datname = '$DB_NAME'") ]]; then
      log "Creating database $DB_NAME on $DB_HOST:$DB_PORT"
      createdb -h "$DB_HOST" -p "$DB_PORT" -U "$PARTICIPATION_DB_USERNAME" "$DB_NAME"
    fi
  else
    log "psql not found: assuming database $DB_NAME exists"
  fi
else
  die "PARTICIPATION_DB_URL must look like jdbc:postgresql://host:port/database"
fi

PIDS=()
cleanup() {
  trap - INT TERM EXIT
  if ((${#PIDS[@]})); then
    log "Stopping ..."
    kill "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
  fi
}
trap cleanup INT TERM EXIT

# --- Keycloak ---------------------------------------------------------------------------------
if curl -fsS -o /dev/null "http://127.0.0.1:$KEYCLOAK_PORT/realms/participation" 2>/dev/null; then
  log "Keycloak already answers on port $KEYCLOAK_PORT: using it"
else
  log "Starting Keycloak on http://127.0.0.1:$KEYCLOAK_PORT (log: $LOG_DIR/keycloak.log)"
  # Pin the issuer, whether Keycloak is reached as localhost or 127.0.0.1.
  KC_HOSTNAME="http://127.0.0.1:$KEYCLOAK_PORT" \
    "$ROOT/deploy/keycloak/start-keycloak.sh" "$KEYCLOAK_HOME" "$ROOT/deploy/keycloak/dev/participation-realm.json" \
    "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT" dev-file >"$LOG_DIR/keycloak.log" 2>&1 &
  PIDS+=($!)
  wait_for "http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready" Keycloak "$!" 180
fi

# --- A local mail catcher for the notifications, unless a relay is configured ------------------
if [[ -z ${PARTICIPATION_SMTP_HOST:-} ]]; then
  export PARTICIPATION_SMTP_HOST=127.0.0.1 PARTICIPATION_SMTP_PORT=$MAIL_CATCHER_SMTP_PORT PARTICIPATION_SMTP_STARTTLS=false
  export PARTICIPATION_NOTIFICATIONS_INTERVAL=${PARTICIPATION_NOTIFICATIONS_INTERVAL:-PT10S}
  if curl -fsS -o /dev/null "http://127.0.0.1:$MAIL_CATCHER_WEB_PORT/api/configuration" 2>/dev/null; then
    log "A mail catcher already answers on port $MAIL_CATCHER_WEB_PORT: using it"
  else
    log "Starting GreenMail on 127.0.0.1 (SMTP $MAIL_CATCHER_SMTP_PORT, mails at http://127.0.0.1:$MAIL_CATCHER_WEB_PORT; log: $LOG_DIR/mail.log)"
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$MAIL_CATCHER_SMTP_PORT \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_CATCHER_WEB_PORT -Dgreenmail.auth.disabled \
      -jar "$ROOT/deploy/target/greenmail-standalone.jar" >"$LOG_DIR/mail.log" 2>&1 &
    PIDS+=($!)
    wait_for "http://127.0.0.1:$MAIL_CATCHER_WEB_PORT/api/configuration" GreenMail "$!" 60
  fi
fi

# --- The application --------------------------------------------------------------------------
log "Starting the application on http://localhost:$PARTICIPATION_PORT (log: $LOG_DIR/app.log)"
# deploy/local/app.sh: the JVM settings (JAVA_OPTS) and the class-data archive, made on the first start of a build.
"$ROOT/deploy/local/app.sh" "$APP_JAR" >"$LOG_DIR/app.log" 2>&1 &
PIDS+=($!)
wait_for "http://localhost:$PARTICIPATION_PORT/actuator/health/readiness" "The application" "$!" 420

cat <<INFO

  Participation Suite   http://localhost:$PARTICIPATION_PORT
  Keycloak              http://127.0.0.1:$KEYCLOAK_PORT   (admin console: admin / admin)
  Database              $PARTICIPATION_DB_URL
  Mail                  $PARTICIPATION_SMTP_HOST:$PARTICIPATION_SMTP_PORT   (local catcher: http://127.0.0.1:$MAIL_CATCHER_WEB_PORT/api/user/<address>/messages/)
  Demo data             $PARTICIPATION_DEMO_DATA   (three trajectories; PARTICIPATION_DEMO_DATA=false starts empty)

  Demo logins (password = user name):
    coordinator                     coordinator and professional
    professional, professional2     professional
    manager                         manager
    admin                           admin
    resident1 ... resident6         resident

  A token for scripts:  curl -s -d grant_type=password -d client_id=participation-cli \\
      -d username=resident1 -d password=resident1 \\
      http://127.0.0.1:$KEYCLOAK_PORT/realms/participation/protocol/openid-connect/token

  Ctrl-C stops them all.
INFO

wait -n "${PIDS[@]}"
log "A process stopped; see $LOG_DIR"
