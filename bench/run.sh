#!/usr/bin/env bash
# Load scenario with wrk: /healthz against a signed-in, audited client read and the task list.
# Usage: bench/run.sh [seconds] [connections]   (default 10 s, 64 connections)
# Prints requests per second, latency percentiles and the ratio of the two.
# Other scenarios: bench/registry.sh (place search), bench/attendance.sh (a county's day of attendance marks);
# figures in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-64}
bin=${POLKU_BIN:-build/polku}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

server=""
work=$(mktemp -d /tmp/polku-bench.XXXXXX)
trap '[ -n "$server" ] && kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"
"$bin" migrate --database "$db" >/dev/null
"$bin" seed-demo --database "$db" >/dev/null
POLKU_LOG_LEVEL=warn "$bin" serve ${POLKU_SERVE_FLAGS:-} --database "$db" --listen 127.0.0.1:0 --web-root "$work" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q "listening on" "$work/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -n 1)

login=$(curl -s -D "$work/headers" -H 'Content-Type: application/json' \
  -d '{"username":"sanna","password":"polku-demo-2026"}' "$url/api/v1/auth/login")
cookie=$(grep -i '^set-cookie:' "$work/headers" | sed 's/^[^:]*: *//; s/;.*//')
[ -n "$cookie" ] || { echo "sign-in failed: $login"; exit 1; }

run() {  # name path
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$url$2" >"$work/$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/$1.txt")
  if grep -q "Non-2xx" "$work/$1.txt"; then echo "$1: errors: $(grep Non-2xx "$work/$1.txt")"; exit 1; fi
  printf '%-14s %10s req/s   p50 %8s   p99 %8s\n' "$1" "$rps" "$p50" "$p99" >&2
  echo "$rps"
}
health=$(run healthz /healthz)
client=$(run client-read /api/v1/clients/1)
# The start page's task list: every module's source for sanna's organisation, each client shown logged.
tasks=$(run task-list /api/v1/tasks)
audit_rows=$(sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM audit_log" 2>/dev/null || echo "?")
ratio=$(awk -v a="$client" -v b="$health" 'BEGIN {printf "%.2f", a / b}')
echo "client read / healthz = $ratio (target >= 0.45); audit records written: $audit_rows"
echo "task list / healthz = $(awk -v a="$tasks" -v b="$health" 'BEGIN {printf "%.2f", a / b}')"
"$bin" audit verify --database "$db"
