#!/usr/bin/env bash
# Every test suite: unit, storage and API (GoogleTest via CTest, on SQLite and
# PostgreSQL), the same under ASan and UBSan, a short run of each fuzz target, two nodes
# behind nginx, then the browser tests in Chromium, then the web build on Debian 12's own
# Node.js 18. Each suite ends with a summary line.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
echo "== C++ tests (unit, storage, API on SQLite and PostgreSQL) =="
scripts/with-postgres.sh ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 300 || status=1

echo "== C++ tests under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan) =="
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0 scripts/with-postgres.sh ctest --test-dir build-asan --output-on-failure -j "$(nproc)" --timeout 900 || status=1

echo "== Fuzzing (a short run of each libFuzzer target) =="
tests/fuzz/run.sh || status=1

echo "== Several nodes (two polku nodes on one PostgreSQL behind nginx with TLS) =="
tests/nodes/two_nodes_test.sh || status=1
tests/nodes/two_nodes_outbox_test.sh || status=1

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
