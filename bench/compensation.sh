#!/usr/bin/env bash
# Load scenario: a county's monthly compensation batch and its two-weekly absence notices (issue #12).
# CLIENTS KTT clients (default 5 000) with a period from the Monday START_WEEKS weeks ago (default 54) of
# MONTHS months (default 13), two days a week, at PLACES places of HOSTS hosts: the world is made through the
# API (bench/attendance_world.py, as bench/attendance.sh makes it), then every expected day up to yesterday is
# marked through the periods' store (bench/compensation_bench.cpp fill: about 500 000 rows, one unit of work
# per period with its audit entry) and each client gets a benefit payer. Then the county's batch of last month
# and the notices of its last two weeks are timed in the process (the services and stores the routes call,
# RUNS times), and the batch once over HTTP (`GET .../compensation/batches/MONTH`, with its access log).
#
# Usage: bench/compensation.sh            CLIENTS=500 PLACES=50 HOSTS=10 bench/compensation.sh   (a quick try)
#   POLKU_DATABASE=postgresql://... to run on PostgreSQL (an empty database; see scripts/with-postgres.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${POLKU_BIN:-build/polku}
tool=${POLKU_BENCH_TOOL:-build/polku_compensation_bench}
runs=${RUNS:-5}
export CLIENTS=${CLIENTS:-5000} PLACES=${PLACES:-300} HOSTS=${HOSTS:-60} START_WEEKS=${START_WEEKS:-54}
export MONTHS=${MONTHS:-13} DAYS=${DAYS:-2} MARKS=0
command -v python3 >/dev/null || { echo "python3 is missing: apt-get install python3"; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install curl"; exit 1; }

server=""
work=$(mktemp -d /tmp/polku-compensation.XXXXXX)
trap '[ -n "$server" ] && kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
db=${POLKU_DATABASE:-"sqlite://$work/bench.db"}
serve() {
  POLKU_LOG_LEVEL=warn "$bin" serve --database "$db" --listen 127.0.0.1:0 --web-root "$work" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 50); do grep -q "listening on" "$work/serve.log" && break; sleep 0.1; done
  url=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -n 1)
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

"$bin" migrate --database "$db" >/dev/null
"$bin" seed-demo --database "$db" >/dev/null
serve
echo "making the world through the API ($CLIENTS clients)..." >&2
python3 bench/attendance_world.py "$url" "$work"
stop
echo "filling a year of attendance through the stores..." >&2
"$tool" fill "$db"

# The month before last: the demo data has approved last month (its batch is then read as approved, not counted).
month=$(TZ=Europe/Helsinki date -d "$(date +%Y-%m-01) -2 month" +%Y-%m)
"$tool" measure "$db" "$month" "$runs"

serve
cookies="$work/cookies"
curl -s -c "$cookies" -H 'Content-Type: application/json' -d '{"username":"mikko","password":"polku-demo-2026"}' \
  "$url/api/v1/auth/login" >"$work/me.json"
county=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["user"]["roles"][0]["organisationId"])' <"$work/me.json")
csrf=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])' <"$work/me.json")
for _ in 1 2 3; do
  curl -s -o "$work/batch.json" -b "$cookies" -w 'HTTP batch of %{http_code}: %{size_download} bytes in %{time_total} s\n' \
    "$url/api/v1/organisations/$county/compensation/batches/$month"
done
curl -s -o "$work/approved.json" -b "$cookies" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -d '{}' \
  -w 'HTTP approval of %{http_code}: %{size_download} bytes in %{time_total} s\n' \
  "$url/api/v1/organisations/$county/compensation/batches/$month/approval"
curl -s -o /dev/null -b "$cookies" -w 'HTTP Excel export of the approved month %{http_code}: %{size_download} bytes in %{time_total} s\n' \
  "$url/api/v1/organisations/$county/compensation/batches/$month/export?format=xlsx"
stop
