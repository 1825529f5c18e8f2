#!/usr/bin/env bash
# Two polku nodes on one PostgreSQL behind nginx with TLS (deploy/local-cluster.sh): sign-in through nginx with a
# Secure cookie, one session valid on both nodes, a role change and a deactivation made at one node applied at the
# other within the session cache's 15 s, a node SIGKILLed under load, the client's own address behind nginx, and
# the audit chain whole after writes through both nodes.
#   tests/nodes/two_nodes_test.sh    (starts a throw-away PostgreSQL through scripts/with-postgres.sh)
# KEEP=1 keeps the cluster's logs. Needs curl, openssl, nginx, psql and python3 (json only).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
[ -n "${POLKU_TEST_POSTGRES_URL:-}" ] || exec "$repo/scripts/with-postgres.sh" "$0" "$@"
polku=${POLKU_BIN:-$repo/build/polku}
cluster=$repo/deploy/local-cluster.sh
export NO_PROXY='*' no_proxy='*'  # everything here is on loopback

work=$(mktemp -d "${TMPDIR:-/tmp}/polku-nodes.XXXXXX")
# A database of its own: the server may be shared with other tests.
database=polku_nodes_$$
psql "$POLKU_TEST_POSTGRES_URL" -qc "CREATE DATABASE $database"
export POLKU_DATABASE_URL=${POLKU_TEST_POSTGRES_URL%/*}/$database
finish() {
  "$cluster" stop "$work/cluster" || true
  psql "$POLKU_TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $database" || true
  if [ -n "${KEEP:-}" ]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap finish EXIT
started_at=$SECONDS
"$cluster" start "$work/cluster"
# shellcheck source=/dev/null
. "$work/cluster/env"

# shellcheck source=checks.sh
. "$here/checks.sh"

# A valid invented identity code (individual numbers 900-999 are never given to real people), unique for i < 336.
identity_code() {
  local i=$1 day month individual remainder marks=0123456789ABCDEFHJKLMNPRSTUVWXY
  day=$((1 + i % 28)) month=$((1 + i / 28 % 12)) individual=$((900 + i % 100))
  remainder=$((((day * 10000 + month * 100 + 85) * 1000 + individual) % 31))
  printf '%02d%02d85-%03d%s' "$day" "$month" "$individual" "${marks:$remainder:1}"
}
# curl -K lines for one client's POST to URL: many in one curl process, each its own transfer after a "next".
client_post() {
  local body
  body=$(printf '{"firstNames":"Testi","lastName":"Asiakas %s","municipality":"Testilaakso",' "$2")
  body+="\"personalIdentityCode\":\"$(identity_code "$2")\"}"
  printf 'url = "%s/api/v1/clients"\ncacert = "%s"\n' "$1" "$CA_CERT"
  printf 'header = "Cookie: polku_session=%s"\nheader = "X-CSRF-Token: %s"\n' "$cookie" "$csrf"
  printf 'header = "Content-Type: application/json"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n'
  printf 'data = "%s"\n' "${body//\"/\\\"}"
}
clients_in_database() { psql "$DATABASE_URL" -Atc 'SELECT count(*) FROM clients'; }

POLKU_DATABASE_URL=$DATABASE_URL "$polku" user add --config "$POLKU_CONFIG" --username admin \
  --name "Aatu Ylläpitäjä" --password "$password" --role admin >/dev/null

echo "-- (a) sign-in through nginx"
if sign_in "$NGINX_URL" admin; then ok "admin signs in through nginx"; else bad "sign-in through nginx: $status"; fi
set_cookie=$(header set-cookie)
check "the session cookie is Secure, HttpOnly, SameSite=Strict: $set_cookie" \
  grep -qE '^polku_session=[^;]+;.*HttpOnly.*; SameSite=Strict.*; Secure' <<<"$set_cookie"
check "one Strict-Transport-Security header over TLS" [ "$(header strict-transport-security | wc -l)" = 1 ]
redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$NGINX_HTTP_URL/api/v1/auth/me?x=1")
check "plain HTTP is sent to HTTPS ($redirect)" grep -qE '^301 https://[^/]+/api/v1/auth/me\?x=1$' <<<"$redirect"
admin_cookie=$cookie admin_csrf=$csrf

echo "-- (b) one session on both nodes"
sign_in "$NODE1_URL" admin || bad "sign-in at node 1: $status"
call GET "$NODE2_URL/api/v1/auth/me"
check "a session made at node 1 is valid at node 2 ($status)" [ "$status" = 200 ]
check "node 2 knows whose it is" [ "$(json 'a["user"]["username"]')" = admin ]
call POST "$NODE1_URL/api/v1/auth/logout"
check "sign-out at node 1 ($status)" [ "$status" = 204 ]
signed_out=$SECONDS
while call GET "$NODE2_URL/api/v1/auth/me" && [ "$status" = 200 ] && [ $((SECONDS - signed_out)) -le 20 ]; do
  sleep 0.5
done
# Each node caches a session for up to 15 s (auth::SessionStore::kCacheMs).
check "node 2 refuses the session $((SECONDS - signed_out)) s after sign-out at node 1 ($status)" [ "$status" = 401 ]

echo "-- (d) writes through both nodes"
cookie=$admin_cookie csrf=$admin_csrf
call POST "$NGINX_URL/api/v1/organisations" '{"name":"Testilaakson hyvinvointialue","kinds":["purchaser"],"regions":[]}'
check "admin adds a purchaser through nginx ($status)" [ "$status" = 201 ]
purchaser=$(json 'a["id"]' || echo 0)
call POST "$NGINX_URL/api/v1/users" "{\"username\":\"instructor\",\"displayName\":\"Iida Ohjaaja\",\
\"password\":\"$password\",\"email\":\"instructor@example.invalid\",\
\"roles\":[{\"organisationId\":$purchaser,\"role\":\"social_instructor\"}]}"
check "admin adds an instructor through nginx ($status)" [ "$status" = 201 ]
sign_in "$NGINX_URL" instructor || bad "instructor signs in: $status"
before=$(clients_in_database)
: >"$work/writes.cfg"
for i in $(seq 0 39); do
  [ "$i" = 0 ] || echo next >>"$work/writes.cfg"
  client_post "$([ $((i % 2)) = 0 ] && echo "$NODE1_URL" || echo "$NODE2_URL")" "$i" >>"$work/writes.cfg"
done
curl --no-progress-meter -Z --parallel-max 8 -K "$work/writes.cfg" >"$work/writes.codes" || true
check "40 clients written at once through node 1 and node 2 directly: $(sort "$work/writes.codes" | uniq -c | xargs)" \
  [ "$(grep -c '^201$' "$work/writes.codes")" = 40 ]
for n in 1 2; do
  check "node $n wrote" grep -q 'POST /api/v1/clients 201' "$work/cluster/node$n.log"
done
check "the database has the 40 clients" [ $(($(clients_in_database) - before)) = 40 ]
call GET "$NGINX_URL/api/v1/clients"
client_id=$(json 'a["items"][0]["id"]')

echo "-- (f) a role change and a deactivation reach the other node"
# Three users of the purchaser, changed at once through node 1: one is given a role, one loses hers, one is
# deactivated. Node 1 forgets their cached sessions at once; node 2 keeps its copy until it is 15 s old
# (auth::SessionStore::kCacheMs), so node 2 loads each just before the change: the longest wait there is.
declare -A user_ids=() user_cookies=()
instructor_cookie=$cookie instructor_csrf=$csrf  # (c) writes as the instructor
cookie=$admin_cookie csrf=$admin_csrf
instructor_role="{\"organisationId\":$purchaser,\"role\":\"social_instructor\"}"
for who in granted revoked deactivated; do
  roles="[$instructor_role]"
  [ "$who" != granted ] || roles='[]'
  call POST "$NODE1_URL/api/v1/users" \
    "{\"username\":\"$who\",\"displayName\":\"Testi $who\",\"password\":\"$password\",\"roles\":$roles}"
  [ "$status" = 201 ] || bad "admin adds $who: $status"
  user_ids[$who]=$(json 'a["id"]' || echo 0)
done
for who in granted revoked deactivated; do
  sign_in "$NODE1_URL" "$who" || bad "$who signs in at node 1: $status"
  user_cookies[$who]=$cookie
done
# The answer of a list of clients that depends on the role alone (no client matches, so nothing is logged).
clients_status() {  # base URL, user
  curl -s -o /dev/null -w '%{http_code}' -H "Cookie: polku_session=${user_cookies[$2]}" \
    "$1/api/v1/clients?q=nobody-by-this-name" || true
}
declare -A before_change=() expected=()
for who in granted revoked deactivated; do before_change[$who]=$(clients_status "$NODE2_URL" "$who"); done
check "before: node 2 refuses the user without a role and lets the instructors list clients" \
  [ "${before_change[granted]} ${before_change[revoked]} ${before_change[deactivated]}" = "403 200 200" ]
cookie=$admin_cookie csrf=$admin_csrf
for who in granted revoked deactivated; do
  call GET "$NODE1_URL/api/v1/users/${user_ids[$who]}"
  case $who in
    granted) edited=$(json "json.dumps({**a, 'roles': [$instructor_role]})") expected[$who]=200 ;;
    revoked) edited=$(json "json.dumps({**a, 'roles': []})") expected[$who]=403 ;;
    deactivated) edited=$(json "json.dumps({**a, 'active': False})") expected[$who]=401 ;;
  esac
  call PUT "$NODE1_URL/api/v1/users/${user_ids[$who]}" "$edited"
  [ "$status" = 200 ] || bad "admin changes $who through node 1: $status"
done
changed_at=$(now_ms)
at_node1=""
for who in granted revoked deactivated; do at_node1+=" $(clients_status "$NODE1_URL" "$who")"; done
check "node 1 applies the changes at once (${at_node1# }: given a role, lost it, deactivated)" \
  [ "${at_node1# }" = "${expected[granted]} ${expected[revoked]} ${expected[deactivated]}" ]
# GET /auth/me gives the roles of the session the access checks use: the screen offers what the API allows.
me_roles=$(curl -s -H "Cookie: polku_session=${user_cookies[granted]}" "$NODE2_URL/api/v1/auth/me" |
  python3 -c 'import json, sys; print(len(json.load(sys.stdin)["user"]["roles"]))' 2>/dev/null || echo "?")
first_at_node2=$(clients_status "$NODE2_URL" granted)
check "right after the change node 2's /auth/me ($me_roles roles) agrees with its access ($first_at_node2)" \
  [ "$me_roles $first_at_node2" = "0 403" ]
# Milliseconds from the change until node 2 answers each user as node 1 does, polled every 0.2 s for 20 s.
declare -A took=()
while [ "${#took[@]}" -lt 3 ] && [ $(($(now_ms) - changed_at)) -le 20000 ]; do
  for who in granted revoked deactivated; do
    [ -z "${took[$who]:-}" ] || continue
    [ "$(clients_status "$NODE2_URL" "$who")" != "${expected[$who]}" ] || took[$who]=$(($(now_ms) - changed_at))
  done
  sleep 0.2
done
seconds() { [ -n "${1:-}" ] && printf '%d.%d s' $(($1 / 1000)) $(($1 % 1000 / 100)) || echo "not in 20 s"; }
# The cache's 15 s and a margin for the polling and the requests.
within() { [ -n "${1:-}" ] && [ "$1" -le 16500 ]; }
check "node 2 gives the new role within 15 s: $(seconds "${took[granted]:-}") (then ${expected[granted]})" \
  within "${took[granted]:-}"
check "node 2 takes the removed role away within 15 s: $(seconds "${took[revoked]:-}") (then ${expected[revoked]})" \
  within "${took[revoked]:-}"
check "node 2 ends the deactivated user's session within 15 s: $(seconds "${took[deactivated]:-}")\
 (then ${expected[deactivated]})" within "${took[deactivated]:-}"
cookie=$instructor_cookie csrf=$instructor_csrf

echo "-- (c) node 1 SIGKILLed under load through nginx"
# Reads of a client (each an access-log entry, so both nodes extend the audit chain) and sign-in checks, and writes.
gets=800 posts=90
{
  printf 'cacert = "%s"\nheader = "Cookie: polku_session=%s"\nwrite-out = "%%{http_code}\\n"\n' "$CA_CERT" "$cookie"
  for i in $(seq 1 $gets); do
    [ $((i % 2)) = 0 ] && path=/api/v1/auth/me || path=/api/v1/clients/$client_id
    printf 'url = "%s%s"\noutput = "/dev/null"\n' "$NGINX_URL" "$path"
  done
} >"$work/reads.cfg"
: >"$work/load-writes.cfg"
for i in $(seq 100 $((100 + posts - 1))); do
  [ "$i" = 100 ] || echo next >>"$work/load-writes.cfg"
  client_post "$NGINX_URL" "$i" >>"$work/load-writes.cfg"
done
log_before=$(wc -l <"$NGINX_ACCESS_LOG")
before=$(clients_in_database)
curl --no-progress-meter -Z --parallel-max 8 -K "$work/reads.cfg" >"$work/reads.codes" &
reads_pid=$!
curl --no-progress-meter -Z --parallel-max 4 -K "$work/load-writes.cfg" >"$work/load-writes.codes" &
writes_pid=$!
# The kill lands while both go on: after a third of the writes.
for _ in $(seq 1 400); do
  [ "$(tail -n +$((log_before + 1)) "$NGINX_ACCESS_LOG" | grep -c '"POST ')" -lt $((posts / 3)) ] || break
  sleep 0.02
done
"$cluster" kill-node "$work/cluster" 1
killed_after=$(($(wc -l <"$NGINX_ACCESS_LOG") - log_before))
wait "$reads_pid" || true
wait "$writes_pid" || true
tail -n +$((log_before + 1)) "$NGINX_ACCESS_LOG" >"$work/load.log"
node1=127.0.0.1:$NODE1_PORT
# Requests nginx had sent to node 1, or tried to, when it died: the log has no answer of node 1's for them.
on_node1_at_kill() {
  grep -E "\"$1 .*upstream=${node1}[ ,]" "$work/load.log" | grep -cvE 'upstream_status=[1-4][0-9][0-9]( |$)' || true
}
reads_in_flight=$(on_node1_at_kill GET)
writes_in_flight=$(on_node1_at_kill POST)
passed_on=$(grep -cE "upstream=$node1, " "$work/load.log" || true)
read_failures=$(grep -cv '^200$' "$work/reads.codes" || true)
write_failures=$(grep -cv '^201$' "$work/load-writes.codes" || true)
echo "   node 1 killed after $killed_after requests; on it then: $reads_in_flight reads, $writes_in_flight writes;" \
  "$passed_on passed on to node 2 by nginx"
# nginx passes a GET cut off by a node's death to the other node: none fails, not even those in flight.
check "$gets reads sent, $read_failures failed ($reads_in_flight were on node 1 when it died)" [ "$read_failures" = 0 ]
check "$(wc -l <"$work/reads.codes") reads answered" [ "$(wc -l <"$work/reads.codes")" = $gets ]
check "$posts writes sent, $write_failures failed (at most the $writes_in_flight on node 1 when it died)" \
  [ "$write_failures" -le "$writes_in_flight" ]
written=$(($(clients_in_database) - before))
# A write cut off by the kill may have committed before its answer was lost.
check "every write answered 201 is there, and none more than were sent ($written written)" \
  [ $((written >= posts - write_failures && written <= posts)) = 1 ]
check "node 2 served after the kill" \
  grep -qE "upstream=127.0.0.1:$NODE2_PORT upstream_status=200" <(tail -n 20 "$work/load.log")
call GET "$NGINX_URL/api/v1/auth/me"
check "nginx still answers with node 1 gone ($status)" [ "$status" = 200 ]

echo "-- (e) the client's own address behind nginx (the sign-in throttle)"
# Sign-in from a loopback address of one's own, claiming another in X-Forwarded-For: the status.
sign_in_from() {
  curl -s -o /dev/null -w '%{http_code}' --cacert "$CA_CERT" --interface "$1" -H 'X-Forwarded-For: 127.0.0.9' \
    -H 'Content-Type: application/json' --data-binary "{\"username\":\"admin\",\"password\":\"$2\"}" \
    "$NGINX_URL/api/v1/auth/login"
}
for _ in 1 2 3 4 5; do sign_in_from 127.0.0.3 not-the-password >/dev/null; done
check "five failures from 127.0.0.3 lock admin there, whatever X-Forwarded-For it sends" \
  [ "$(sign_in_from 127.0.0.3 "$password")" = 429 ]
check "admin still signs in from 127.0.0.4" [ "$(sign_in_from 127.0.0.4 "$password")" = 200 ]

echo "-- (d) the audit chain after all of it"
verdict=$(POLKU_DATABASE_URL=$DATABASE_URL "$polku" audit verify --config "$POLKU_CONFIG" 2>&1) || true
entries=$(psql "$DATABASE_URL" -Atc 'SELECT count(*) FROM audit_log' 2>/dev/null || echo "?")
check "polku audit verify after writes through both nodes and a node killed: $verdict ($entries entries)" \
  [ "$verdict" = "audit log intact" ]

echo "$passed passed, $failed failed ($((SECONDS - started_at)) s)"
[ "$failed" = 0 ]
