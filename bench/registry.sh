#!/usr/bin/env bash
# Load scenario for the placement registry: a county-sized registry (PLACES,
# default 400, created through the API by a host's manager), then a worker's
# search with free capacity over a date range, measured with wrk.
# Usage: bench/registry.sh [seconds] [connections]   (default 10 s, 16 connections)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-16}
places=${PLACES:-400}
bin=${POLKU_BIN:-build/polku}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

server=""
work=$(mktemp -d /tmp/polku-bench.XXXXXX)
trap '[ -n "$server" ] && kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"
"$bin" migrate --database "$db" >/dev/null
"$bin" seed-demo --database "$db" >/dev/null
POLKU_LOG_LEVEL=warn "$bin" serve --database "$db" --listen 127.0.0.1:0 --web-root "$work" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q "listening on" "$work/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -n 1)

sign_in() {  # user -> "cookie token"
  local body cookie
  body=$(curl -s -D "$work/h" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"polku-demo-2026\"}" "$url/api/v1/auth/login")
  cookie=$(grep -i '^set-cookie:' "$work/h" | sed 's/^[^:]*: *//; s/;.*//')
  echo "$cookie $(echo "$body" | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')"
}

read -r host_cookie host_token <<<"$(sign_in hanna)"
fields=(property_and_yard_care youth_work pet_care kitchen office recycling)
towns=(Kotikylä Järvilaakso Mäkelä Rantala)
start=$(date +%s)
for i in $(seq "$places"); do
  f=${fields[$((i % 6))]}; m=${towns[$((i % 4))]}
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $host_cookie" -H "X-CSRF-Token: $host_token" \
    -H 'Content-Type: application/json' "$url/api/v1/places" -d "{\"name\":\"Paikka $i\",\"workTasks\":\"Tehtävät $i\",
    \"fields\":[\"$f\"],\"municipality\":\"$m\",\"capacity\":$((1 + i % 4)),\"weekdays\":[\"mon\",\"tue\",\"wed\"],
    \"startTime\":\"08:00\",\"endTime\":\"14:00\",\"supervisorName\":\"Ohjaaja\",\"supervisorPhone\":\"040 1\",
    \"noDisplacementConfirmed\":true,\"serviceTypes\":[\"ktt\"],\"status\":\"open\"}")
  [ "$code" = 201 ] || { echo "creating place $i answered $code"; exit 1; }
done
echo "created $places places in $(( $(date +%s) - start )) s" >&2

read -r cookie _ <<<"$(sign_in sanna)"
from=$(date -d '+7 days' +%F); until=$(date -d '+3 months' +%F)
path="/api/v1/places/search?serviceType=ktt&field=kitchen&weekday=tue&freeFrom=$from&freeUntil=$until"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$url$path" >"$work/search.txt"
if grep -q "Non-2xx" "$work/search.txt"; then echo "search: errors: $(grep Non-2xx "$work/search.txt")"; exit 1; fi
rps=$(awk '/Requests\/sec/ {print $2}' "$work/search.txt")
p50=$(awk '$1=="50%" {print $2}' "$work/search.txt")
p99=$(awk '$1=="99%" {print $2}' "$work/search.txt")
printf 'place search over %s places: %s req/s   p50 %s   p99 %s\n' "$((places + 5))" "$rps" "$p50" "$p99"
