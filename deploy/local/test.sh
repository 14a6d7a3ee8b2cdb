#!/usr/bin/env bash
# Runs all tests of the Participation Suite: unit, slice, process, integration and browser tests.
# Needs Java 17 and a running PostgreSQL (127.0.0.1:5432, or PARTICIPATION_TEST_DB_URL / a Docker
# engine); the tests start Keycloak themselves. Installs Debian's Chromium and ChromeDriver for the
# browser tests when they are missing (as root; otherwise says what to install).
# Lints the API's OpenAPI document with Redocly CLI and checks the Kubernetes manifests against the
# Kubernetes API's schemas with kubernetes-models, both from the npm registry (needs Node.js, npm and npx).
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

# The build writes the running application's OpenAPI document here (ApiDocumentIntegrationTests);
# Redocly CLI lints it after the build with the rules in redocly.yaml, and an error fails the run.
# A build of other modules only (-pl ...) writes none, and nothing is linted.
if ! command -v npx >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "[test] installing Node.js and npm for the OpenAPI lint"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "[test] the OpenAPI lint needs Node.js and npx: apt-get install nodejs npm" >&2
    exit 1
  fi
fi
openapi=participation-web/target/openapi.json
rm -f "$openapi"
# The deploy module's KubernetesManifestsTests write the manifests as they render them (the base and the
# production overlay) here; deploy/k8s/validate.mjs checks them against the Kubernetes API's schemas.
rendered=deploy/target/k8s
rm -rf "$rendered"
./mvnw verify "$@"
if [[ -f $openapi ]]; then
  echo "[test] linting the OpenAPI document with Redocly CLI"
  npx --yes @redocly/cli@2.77.0 lint "$openapi" --config redocly.yaml
fi
if [[ -f $rendered/production.json ]]; then
  echo "[test] checking the Kubernetes manifests against the Kubernetes API's schemas"
  mkdir -p deploy/target/k8s-validate
  cp deploy/k8s/validate.mjs deploy/target/k8s-validate/
  echo '{"private": true}' > deploy/target/k8s-validate/package.json
  (cd deploy/target/k8s-validate \
    && npm install --no-audit --no-fund --silent --no-save kubernetes-models@5.1.0 >/dev/null \
    && node validate.mjs ../k8s/base.json ../k8s/production.json)
fi
