#!/usr/bin/env bash
# Load scenario: a county's day of attendance marks (issue #11). CLIENTS clients (default 2 000) are expected
# today at PLACES places (default 300) of HOSTS hosts (default 60, SUPERVISORS placement supervisors each,
# default 2); their supervisors mark the day concurrently over HTTP, each mark once:
# `PUT /api/v1/periods/{id}/attendance/{day}`, about one in ten `absent_without_notice` (an absence alert, an
# in-app notification and an e-mail in the outbox, in the mark's transaction), the rest present, each with its
# audit entry. Measured with wrk (bench/attendance.lua walks the prepared marks, each sent exactly once: the
# first pass is measured), with the same run's /healthz for the ratio. The marks are then sent again (a phone
# resending after a lost answer: same markId, 200, nothing changes) and the database is counted and the audit
# chain verified.
#
# The world is made through the API by bench/attendance_world.py (seed-demo, then hosts, users, places,
# agreements, clients, cases to implementation and their periods; PARALLEL requests at a time, default 6).
# No row is written behind Polku's back.
#
# Usage: bench/attendance.sh [connections] [healthz seconds]   (default 64 connections, 5 s)
#   e.g. CLIENTS=200 PLACES=30 HOSTS=6 bench/attendance.sh 16   for a quick try
#   POLKU_DATABASE=postgresql://... to run on PostgreSQL (an empty database; see scripts/with-postgres.sh)
# Prints marks per second, p50 and p99, /healthz and the ratio, the rows written and the audit check.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-64}
seconds=${2:-5}
bin=${POLKU_BIN:-build/polku}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing: apt-get install python3"; exit 1; }

server=""
work=$(mktemp -d /tmp/polku-attendance.XXXXXX)
trap '[ -n "$server" ] && kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
db=${POLKU_DATABASE:-"sqlite://$work/bench.db"}
"$bin" migrate --database "$db" >/dev/null
"$bin" seed-demo --database "$db" >/dev/null
POLKU_LOG_LEVEL=warn "$bin" serve ${POLKU_SERVE_FLAGS:-} --database "$db" --listen 127.0.0.1:0 --web-root "$work" \
  >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q "listening on" "$work/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -n 1)

echo "making the world through the API..." >&2
started=$(date +%s)
python3 bench/attendance_world.py "$url" "$work"
echo "world made in $(( $(date +%s) - started )) s" >&2
day=$(cat "$work/day")  # today, or the most recent weekday that is not a public holiday

count() {  # SQL -> the number, on SQLite through Python's sqlite3 module, on PostgreSQL through psql
  case "$db" in
    sqlite://*) python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' \
                  "${db#sqlite://}" "$1" ;;
    *) psql -qtA "$db" -c "$1" ;;
  esac
}
counts() {
  echo "$(count 'SELECT COUNT(*) FROM audit_log') $(count 'SELECT COUNT(*) FROM outbox')" \
       "$(count "SELECT COUNT(*) FROM attendance WHERE day = '$day'") $(count 'SELECT COUNT(*) FROM absence_alerts')" \
       "$(count 'SELECT COUNT(*) FROM notifications')"
}
read -r audit0 outbox0 marked0 alerts0 notes0 <<<"$(counts)"

percentiles() {  # wrk output -> "rps p50 p99"
  echo "$(awk '/Requests\/sec/ {print $2}' "$1") $(awk '$1=="50%" {print $2}' "$1") $(awk '$1=="99%" {print $2}' "$1")"
}
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url/healthz" >"$work/healthz.txt"
read -r health_rps health_p50 health_p99 <<<"$(percentiles "$work/healthz.txt")"

marks=$(wc -l <"$work/marks.tsv")
mark_pass() {  # name -> wrk's output in $work/name.txt; every mark answered 200 or the run fails
  rm -f "$work"/done.*
  wrk -t2 -c"$connections" -d300s --timeout 60s --latency -s bench/attendance.lua "$url" \
    -- "$work/marks.tsv" 2 "$work" >"$work/$1.txt" &
  local driver=$!
  # wrk runs for its whole -d: once both threads have their last answer, end it (it prints on SIGINT).
  for _ in $(seq 3000); do [ -e "$work/done.0" ] && [ -e "$work/done.1" ] && break; sleep 0.1; done
  kill -INT "$driver" 2>/dev/null || true
  wait "$driver" || true
  grep -q "marks answered: $marks of $marks, not 200: 0" "$work/$1.txt" || { echo "$1:"; cat "$work/$1.txt"; exit 1; }
}
mark_pass marks
rate() { awk '/marks rate:/ {print $3}' "$1"; }
read -r _ marks_p50 marks_p99 <<<"$(percentiles "$work/marks.txt")"
marks_rps=$(rate "$work/marks.txt")
read -r audit1 outbox1 marked1 alerts1 notes1 <<<"$(counts)"
mark_pass again
read -r _ again_p50 again_p99 <<<"$(percentiles "$work/again.txt")"
again_rps=$(rate "$work/again.txt")
read -r audit2 outbox2 marked2 alerts2 notes2 <<<"$(counts)"

printf '%-26s %10s req/s   p50 %8s   p99 %8s\n' "/healthz" "$health_rps" "$health_p50" "$health_p99"
printf '%-26s %10s req/s   p50 %8s   p99 %8s\n' "marks ($marks, first pass)" "$marks_rps" "$marks_p50" "$marks_p99"
printf '%-26s %10s req/s   p50 %8s   p99 %8s\n' "marks sent again" "$again_rps" "$again_p50" "$again_p99"
echo "marks / healthz = $(awk -v a="$marks_rps" -v b="$health_rps" 'BEGIN {printf "%.3f", a / b}')" \
     "with $connections connections"
echo "first pass wrote: $((marked1 - marked0)) attendance rows for $day, $((audit1 - audit0)) audit rows," \
     "$((alerts1 - alerts0)) absence alerts, $((notes1 - notes0)) notifications, $((outbox1 - outbox0)) outbox rows"
echo "sent again wrote: $((marked2 - marked1)) attendance rows, $((audit2 - audit1)) audit rows," \
     "$((alerts2 - alerts1)) alerts, $((notes2 - notes1)) notifications, $((outbox2 - outbox1)) outbox rows"
echo "totals: $audit2 audit rows, $outbox2 outbox rows"
[ "$((marked1 - marked0))" = "$marks" ] || { echo "expected $marks attendance rows"; exit 1; }
"$bin" audit verify --database "$db"
