#!/usr/bin/env bash
# The manager reports' benchmark of issue 11: fills participation_bench_reports_<N> with N trajectories of
# report data (set-based SQL into the domain tables; a database that holds them already is reused) and
# prints the median and p95 time of the portfolio (first page, as the API's JSON), the portfolio filtered
# to a phase, the lead times, the learning evaluation and one trajectory report, warm, one call at a time,
# in-process (no HTTP, no Keycloak). Figures only, never pass/fail. It runs twice: warm, with the reports'
# cache (participation.reports.cache-ttl, 5 minutes: a manager paging or returning to a view), and cold,
# with the cache off (every call reads every trajectory of the portfolio again).
#
#   deploy/bench/reports.sh [--trajectories 1000,10000] [--samples 30]
#
# Needs Java 17 and PostgreSQL on 127.0.0.1:5432 (user postgres, no password).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

echo "[reports] Building the benchmark ..."
./mvnw -q -B -Pbenchmark -DskipTests package -pl participation-benchmark -am

BENCH_JAR=$(ls "$ROOT"/participation-benchmark/target/participation-benchmark-*.jar | grep -v -e sqlcount -e original | head -n 1)
echo "[reports] Warm: the reports' cache on (as in production)"
java -Xmx1g -XX:+UseSerialGC -jar "$BENCH_JAR" reports "$@"
echo "[reports] Cold: the reports' cache off"
java -Dbench.reports.cache-ttl=PT0S -Xmx1g -XX:+UseSerialGC -jar "$BENCH_JAR" reports "$@"
