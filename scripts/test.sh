#!/usr/bin/env bash
# Every test suite: unit, storage and API (GoogleTest via CTest, on SQLite and
# PostgreSQL), then the browser tests in Chromium. Prints a summary per suite.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
echo "== C++ tests (unit, storage, API) =="
scripts/with-postgres.sh ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 300 || status=1

echo "== Browser tests =="
tests/browser/run.sh || status=1

exit $status
