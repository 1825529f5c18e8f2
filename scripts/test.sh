#!/usr/bin/env bash
# Every test suite: unit, storage and API (GoogleTest via CTest, on SQLite and
# PostgreSQL), two nodes behind nginx, then the browser tests in Chromium, then the web
# build on Debian 12's own Node.js 18. Each suite ends with a summary line.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
echo "== C++ tests (unit, storage, API on SQLite and PostgreSQL) =="
scripts/with-postgres.sh ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 300 || status=1

echo "== Several nodes (two polku nodes on one PostgreSQL behind nginx with TLS) =="
tests/nodes/two_nodes_test.sh || status=1

echo "== Browser tests (Chromium, axe-core) =="
log=$(mktemp)
tests/browser/run.sh 2>&1 | tee "$log"
browser_status=${PIPESTATUS[0]}
passed=$(awk '/^# pass / {print $3}' "$log" | tail -n 1)
failed=$(awk '/^# fail / {print $3}' "$log" | tail -n 1)
rm -f "$log"
[ "$browser_status" -eq 0 ] || status=1
echo "browser: ${passed:-0} passed, ${failed:-1} failed"

echo "== Dependency tests (the web build on Debian 12's Node.js 18) =="
tests/deps/node_version_test.sh || status=1

exit $status
