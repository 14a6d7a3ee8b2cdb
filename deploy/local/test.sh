#!/usr/bin/env bash
# Runs all tests of the Participation Suite: unit, slice, process, integration and browser tests.
# Needs Java 17 and a running PostgreSQL (127.0.0.1:5432, or PARTICIPATION_TEST_DB_URL / a Docker
# engine); the tests start Keycloak themselves. Installs Debian's Chromium and ChromeDriver for the
# browser tests when they are missing (as root; otherwise says what to install).
# Extra arguments go to Maven, e.g. deploy/local/test.sh -pl participation-domain
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "[test] installing Chromium and ChromeDriver for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "[test] the browser tests need Chromium and ChromeDriver: apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi

exec ./mvnw verify "$@"
