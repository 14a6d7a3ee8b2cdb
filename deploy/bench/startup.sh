#!/usr/bin/env bash
# Start-up and memory figures of the application, repeatable:
#   start to ready  time from launching the JVM until /actuator/health/readiness answers UP
#   RSS at ready    VmRSS of the JVM at that moment
#   RSS after load  VmRSS after a warm-up of 8 users (coordinator, professional, professional2 on the
#                   API and the workspace; resident1..5 on the portal, giving input that the
#                   professionals answer through the API) for WARMUP seconds
# Each run starts the application, measures, warms up and stops it; the medians close the output.
#
# Needs: the built application (deploy/local/run.sh or ./mvnw -DskipTests package -pl participation-web -am),
# a running Keycloak with the development realm (deploy/local/run.sh starts one), PostgreSQL, curl, jq.
#
# Usage: deploy/bench/startup.sh [--runs N] [--empty] [--warmup SECONDS] [-- java command ...]
#   --empty   drop and create the database before each run (start-up on an empty database,
#             including the schema and the demo data); default: the schema is in place (one
#             unmeasured start first creates it when the database is new)
#   -- ...    the command that starts the application (default: the launcher's, deploy/local/app.sh)
# Environment: PARTICIPATION_DB_URL (default: database participation_bench on 127.0.0.1:5432; --empty drops it!),
# PARTICIPATION_PORT (8380), PARTICIPATION_KEYCLOAK_ISSUER_URI (http://127.0.0.1:8180/realms/participation),
# PARTICIPATION_DEMO_DATA (true), JAVA_OPTS (as the launcher reads it), STARTUP_LOG_DIR (where each run's
# application log is kept; default participation-benchmark/target/startup-logs).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=3 EMPTY=false WARMUP=60
while (($#)); do
  case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --empty) EMPTY=true; shift ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown argument: $1" >&2; exit 64 ;;
  esac
done
APP_CMD=("$@")
((${#APP_CMD[@]})) || APP_CMD=("$ROOT/deploy/local/app.sh")

export PARTICIPATION_DB_URL=${PARTICIPATION_DB_URL:-jdbc:postgresql://127.0.0.1:5432/participation_bench}
export PARTICIPATION_DB_USERNAME=${PARTICIPATION_DB_USERNAME:-postgres}
export PARTICIPATION_DB_PASSWORD=${PARTICIPATION_DB_PASSWORD:-}
export PARTICIPATION_PORT=${PARTICIPATION_PORT:-8380}
export PARTICIPATION_KEYCLOAK_ISSUER_URI=${PARTICIPATION_KEYCLOAK_ISSUER_URI:-http://127.0.0.1:8180/realms/participation}
export PARTICIPATION_DEMO_DATA=${PARTICIPATION_DEMO_DATA:-true}
# The warm-up's users all come from this machine: no rate limits.
export PARTICIPATION_RATE_LIMITS=${PARTICIPATION_RATE_LIMITS:-false}
APP=http://localhost:$PARTICIPATION_PORT
TOKEN_URL=$PARTICIPATION_KEYCLOAK_ISSUER_URI/protocol/openid-connect/token
WORK=$(mktemp -d)
# Each run's application log is kept here (a 5xx in the responses is then in it).
LOGS=${STARTUP_LOG_DIR:-$ROOT/participation-benchmark/target/startup-logs}
mkdir -p "$LOGS"
APP_PID=

[[ $PARTICIPATION_DB_URL =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]] \
  || { echo "PARTICIPATION_DB_URL must look like jdbc:postgresql://host:port/database" >&2; exit 64; }
DB_HOST=${BASH_REMATCH[1]} DB_PORT=${BASH_REMATCH[3]:-5432} DB_NAME=${BASH_REMATCH[4]}
export PGPASSWORD=$PARTICIPATION_DB_PASSWORD
pg() { "$@" -h "$DB_HOST" -p "$DB_PORT" -U "$PARTICIPATION_DB_USERNAME"; }
for tool in curl jq psql; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 69; }; done
! curl -s -o /dev/null "$APP" || { echo "something answers on $APP already: stop it or set PARTICIPATION_PORT" >&2; exit 69; }
curl -fsS -o /dev/null "$PARTICIPATION_KEYCLOAK_ISSUER_URI" \
  || { echo "Keycloak does not answer at $PARTICIPATION_KEYCLOAK_ISSUER_URI" >&2; exit 69; }

stop_app() {
  if [[ -n $APP_PID ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}
cleanup() { stop_app; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

rss_mb() { awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$1/status"; }
load() { sed 's/ .*//' /proc/loadavg; }   # 1-minute load average
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }   # user + system CPU

# The JVM's pid: the launched process, or the java process it exec'd or started.
jvm_pid() {
  local pid=$1 child
  while [[ $(cat "/proc/$pid/comm" 2>/dev/null) != java ]]; do
    child=$(pgrep -P "$pid" | head -n 1) || return 1
    pid=$child
  done
  echo "$pid"
}

start_app() { # log file -> sets APP_PID and READY_MS (milliseconds from launch to ready)
  local t0 t1
  t0=$(date +%s%N)
  "${APP_CMD[@]}" >"$1" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "$APP/actuator/health/readiness"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped while starting; log:" >&2; tail -n 30 "$1" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  READY_MS=$(((t1 - t0) / 1000000))
}

token() { curl -fsS -d grant_type=password -d client_id=participation-cli -d "username=$1" -d "password=$1" "$TOKEN_URL" | jq -r .access_token; }

browser_login() { # user, cookie jar: Keycloak's own login form, as a browser does
  local page action attempt
  for attempt in 1 2 3; do
    rm -f "$2"
    page=$(curl -sS -L -c "$2" -b "$2" "$APP/oauth2/authorization/keycloak" || true)
    action=$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"' <<<"$page" | sed 's/.*action="//; s/"$//; s/&amp;/\&/g' || true)
    if [[ -n $action ]] \
        && curl -fsS -L -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" --data-urlencode "password=$1" "$action"; then
      return 0
    fi
    sleep 1
  done
  echo "$1 could not log in through Keycloak's form" >&2
  return 1
}

get() { curl -s -o /dev/null -w '%{http_code}\n' "$@" >>"$WORK/codes"; }

professional() { # user, until (epoch seconds)
  local user=$1 until=$2 jar=$WORK/$1.jar auth trajectories t inputs input
  auth="Authorization: Bearer $(token "$user")"
  browser_login "$user" "$jar"
  while (($(date +%s) < until)); do
    get -H "$auth" "$APP/api/v1/me"
    get -H "$auth" "$APP/api/v1/tasks"
    trajectories=$(curl -fsS -H "$auth" "$APP/api/v1/trajectories" | jq -r '.content[].id')
    for t in $trajectories; do
      get -H "$auth" "$APP/api/v1/trajectories/$t"
      get -H "$auth" "$APP/api/v1/trajectories/$t/successes"
      get -H "$auth" "$APP/api/v1/trajectories/$t/support-requests"
      inputs=$(curl -fsS -H "$auth" "$APP/api/v1/trajectories/$t/inputs?size=100" | jq -r '.content[] | select(.status == "RECEIVED") | .id')
      for input in $(shuf -n 2 -e $inputs); do   # answer two open inputs (a colleague may be first: 409)
        curl -s -o /dev/null -w '%{http_code}\n' -H "$auth" -H 'Content-Type: application/json' \
          -d '{"status":"ADOPTED","feedback":"Dank je wel, we nemen het mee."}' \
          "$APP/api/v1/trajectories/$t/inputs/$input/response" >>"$WORK/codes"
      done
      get -b "$jar" "$APP/werkruimte/trajecten/$t"
    done
    get -b "$jar" "$APP/werkruimte"
    get -b "$jar" "$APP/werkruimte/trajecten"
  done
}

resident() { # user, until
  local user=$1 until=$2 jar=$WORK/$1.jar auth form csrf trajectory i=0
  auth="Authorization: Bearer $(token "$user")"
  browser_login "$user" "$jar"
  while (($(date +%s) < until)); do
    get -H "$auth" "$APP/api/v1/me"
    get -b "$jar" "$APP/portaal"
    get -b "$jar" "$APP/portaal/inbreng"
    get -b "$jar" "$APP/portaal/grenzen"
    get -b "$jar" "$APP/portaal/mijn-gegevens"
    if ((i++ % 3 == 0)); then   # give input now and then; the professionals answer it
      form=$(curl -fsS -b "$jar" "$APP/portaal/inbreng/nieuw")
      csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$form" | head -n 1 | sed 's/.*value="//; s/"$//')
      trajectory=$(tr '\n' ' ' <<<"$form" | grep -o 'name="trajectoryId"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | shuf -n 1 || true)
      curl -s -o /dev/null -w '%{http_code}\n' -b "$jar" --data-urlencode "_csrf=$csrf" \
        ${trajectory:+--data-urlencode "trajectoryId=$trajectory"} \
        --data-urlencode "topic=Warm-up" --data-urlencode "text=Een bankje bij de bushalte, graag." \
        "$APP/portaal/inbreng/nieuw" >>"$WORK/codes"
    fi
  done
}

warm_up() { # seconds
  local until=$(($(date +%s) + $1)) pids=()
  : >"$WORK/codes"
  for user in coordinator professional professional2; do professional "$user" "$until" & pids+=($!); done
  for user in resident1 resident2 resident3 resident4 resident5; do resident "$user" "$until" & pids+=($!); done
  wait "${pids[@]}"
  sort "$WORK/codes" | uniq -c | awk '{ printf "%s×%s ", $1, $2 }'
}

fresh_database() {
  pg dropdb --if-exists "$DB_NAME" >/dev/null
  pg createdb "$DB_NAME"
}

if [[ -z $(pg psql -d postgres -tAc "select 1 from pg_database where datname = '$DB_NAME'") ]]; then
  pg createdb "$DB_NAME"
  if [[ $EMPTY == false ]]; then
    echo "Creating the schema in $DB_NAME (one unmeasured start) ..."
    start_app "$WORK/app-0.log"
    stop_app
  fi
fi

if [[ ${APP_CMD[0]} == "$ROOT/deploy/local/app.sh" ]]; then
  "$ROOT/deploy/local/app.sh" --prepare   # the class-data archive, when the build has none yet (not timed)
fi

echo "Command: ${APP_CMD[*]}   JAVA_OPTS: ${JAVA_OPTS:-(launcher default)}"
echo "Database: $PARTICIPATION_DB_URL ($([[ $EMPTY == true ]] && echo "empty at each start" || echo "schema in place"))"
READY=() CPU=() RSS_READY=() RSS_LOAD=()
for ((run = 1; run <= RUNS; run++)); do
  if [[ $EMPTY == true ]]; then fresh_database; fi
  sleep 2
  load_before=$(load)
  start_app "$WORK/app-$run.log"
  ms=$READY_MS
  pid=$(jvm_pid "$APP_PID")
  rss_ready=$(rss_mb "$pid") cpu_ready=$(cpu_ms "$pid")
  codes=$( ((WARMUP > 0)) && warm_up "$WARMUP" || echo "no warm-up")
  rss_load=$(rss_mb "$pid")
  load_after=$(load)
  stop_app
  cp "$WORK/app-$run.log" "$LOGS/app-$run.log"
  READY+=("$ms") CPU+=("$cpu_ready") RSS_READY+=("$rss_ready") RSS_LOAD+=("$rss_load")
  printf 'run %d: start to ready %6d ms (CPU %6d ms)   RSS at ready %4d MB   after %ds warm-up %4d MB   load %s / %s   responses: %s\n' \
    "$run" "$ms" "$cpu_ready" "$rss_ready" "$WARMUP" "$rss_load" "$load_before" "$load_after" "$codes"
done

echo "Application logs: $LOGS"
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
printf 'median of %d: start to ready %d ms (CPU %d ms)   RSS at ready %d MB   after warm-up %d MB\n' \
  "$RUNS" "$(median "${READY[@]}")" "$(median "${CPU[@]}")" "$(median "${RSS_READY[@]}")" "$(median "${RSS_LOAD[@]}")"
