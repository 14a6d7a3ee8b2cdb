#!/usr/bin/env bash
# Starts a local Keycloak (dev mode, 127.0.0.1 only) that imports the participation realm.
# Usage: start-keycloak.sh KEYCLOAK_HOME REALM_FILE [HTTP_PORT=8180] [MGMT_PORT=9180] [DB=dev-file|dev-mem]
# Health (UP when ready): http://127.0.0.1:MGMT_PORT/health/ready
# The realm is imported only if it does not exist yet (with dev-file, delete KEYCLOAK_HOME/data/h2 to re-import).
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 KEYCLOAK_HOME REALM_FILE [HTTP_PORT=8180] [MGMT_PORT=9180] [DB=dev-file|dev-mem]" >&2
  exit 64
fi
KC_HOME=$1 REALM_FILE=$2 HTTP_PORT=${3:-8180} MGMT_PORT=${4:-9180} DB=${5:-dev-file}
case "$DB" in dev-file|dev-mem) ;; *) echo "DB must be dev-file or dev-mem, got: $DB" >&2; exit 64 ;; esac
[[ -x "$KC_HOME/bin/kc.sh" ]] || { echo "not a Keycloak home: $KC_HOME" >&2; exit 66; }
[[ -r "$REALM_FILE" ]] || { echo "realm file not readable: $REALM_FILE" >&2; exit 66; }

# Keycloak leaves unset ${VAR} placeholders in the realm as literal text: refuse to start instead.
for var in $(grep -o '\${PARTICIPATION_[A-Z0-9_]*}' "$REALM_FILE" | tr -d '${}' | sort -u); do
  [[ -n "${!var:-}" ]] || { echo "environment variable $var must be set for $REALM_FILE" >&2; exit 78; }
done

mkdir -p "$KC_HOME/data/import"
cp "$REALM_FILE" "$KC_HOME/data/import/participation-realm.json"

# The product's login theme ("Participatie Suite", Dutch, "wachtwoord vergeten"), which both realms name.
THEMES_DIR=$(cd "$(dirname "$0")" && pwd)/themes
mkdir -p "$KC_HOME/themes"
cp -R "$THEMES_DIR"/. "$KC_HOME/themes/"

export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}   # dev only
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}   # dev only

exec "$KC_HOME/bin/kc.sh" start-dev \
  --http-host=127.0.0.1 --http-port="$HTTP_PORT" \
  --http-management-port="$MGMT_PORT" --health-enabled=true \
  --db="$DB" --import-realm
