#!/usr/bin/env bash
# The manager reports' benchmark of issue 11: fills participation_bench_reports_<N> with N trajectories of
# report data (set-based SQL into the domain tables; a database that holds them already is reused) and
# prints, in-process (no HTTP, no Keycloak), one call at a time: the first portfolio call (which, after a
# fresh seeding, computes and keeps the facts of every trajectory), then warm medians and p95 of the
# portfolio (first page, as the API's JSON), the portfolio filtered to a phase, the lead times, the
# learning evaluation, one trajectory report and the portfolio PDF of 1 000 trajectories, and last the
# first portfolio call after writes in 10 and in 100 trajectories (it computes their queued facts before
# it reads). Figures only, never pass/fail.
#
#   deploy/bench/reports.sh [--trajectories 1000,10000,50000] [--samples 30]
#
# The calls run in a JVM with the application's own options (deploy/local/app.sh --java-opts: the
# README's defaults, a 320 MB heap and the serial collector), so that their memory and collection pauses
# are the product's; BENCH_REPORTS_JAVA_OPTS replaces them (e.g. to add a flight recording).
#
# Needs Java 17 and PostgreSQL on 127.0.0.1:5432 (user postgres, no password).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

echo "[reports] Building the benchmark ..."
./mvnw -q -B -Pbenchmark -DskipTests package -pl participation-benchmark -am

BENCH_JAR=$(ls "$ROOT"/participation-benchmark/target/participation-benchmark-*.jar | grep -v -e sqlcount -e original | head -n 1)
# shellcheck disable=SC2046,SC2086 # the options are several words
java ${BENCH_REPORTS_JAVA_OPTS:-$("$ROOT/deploy/local/app.sh" --java-opts)} -jar "$BENCH_JAR" reports "$@"
