#!/usr/bin/env bash
# The e-mail outbox with two polku nodes on one PostgreSQL (deploy/local-cluster.sh), both running the outbox
# sender against a real SMTP server on loopback (tests/support/smtp_sink.py) behind a slow link (slow_link.py, so
# that a delivery takes ~0.2 s): meeting invitations made through both nodes are e-mailed, node 1 is SIGKILLed in the
# middle of a batch, and each outbox message reaches the server once, except that the one node 1 was delivering
# when it died may arrive twice (the server had it, node 1 had not yet marked it sent). What node 1 had claimed
# stays claimed while its lease runs (15 min in polku); the test then ends the lease, as the clock would, and
# node 2 sends it. Each node has its own sender address here, so that a message tells which node sent it.
#   tests/nodes/two_nodes_outbox_test.sh    (starts a throw-away PostgreSQL through scripts/with-postgres.sh)
# KEEP=1 keeps the logs and the received messages. Needs curl, openssl, nginx, psql and Debian's python3-aiosmtpd.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
[ -n "${POLKU_TEST_POSTGRES_URL:-}" ] || exec "$repo/scripts/with-postgres.sh" "$0" "$@"
polku=${POLKU_BIN:-$repo/build/polku}
cluster=$repo/deploy/local-cluster.sh
export NO_PROXY='*' no_proxy='*'  # everything here is on loopback

meetings=12 guests=10  # each meeting invites its guests by e-mail: 120 messages
work=$(mktemp -d "${TMPDIR:-/tmp}/polku-outbox.XXXXXX")
database=polku_outbox_$$
psql "$POLKU_TEST_POSTGRES_URL" -qc "CREATE DATABASE $database"
export POLKU_DATABASE_URL=${POLKU_TEST_POSTGRES_URL%/*}/$database
sink_pid="" link_pid=""
finish() {
  "$cluster" stop "$work/cluster" || true
  for pid in $link_pid $sink_pid; do { kill "$pid" && wait "$pid"; } 2>/dev/null || true; done
  psql "$POLKU_TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $database" || true
  if [ -n "${KEEP:-}" ]; then echo "logs and messages kept in $work"; else rm -rf "$work"; fi
}
trap finish EXIT
started_at=$SECONDS

# A helper that prints its port on its first line: the port, once it has.
port_of() {
  local file=$1 pid=$2 port=""
  for _ in $(seq 1 100); do
    port=$(head -n 1 "$file")
    [ -z "$port" ] || break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "no port from pid $pid: $(cat "$file".err)" >&2; exit 1; }
  echo "$port"
}
mkdir "$work/mail"
# Debian's python3, which has aiosmtpd (as tests/support/smtp_sink.cpp starts it); it refuses none.
/usr/bin/python3 "$repo/tests/support/smtp_sink.py" "$work/mail" 0 >"$work/sink.port" 2>"$work/sink.port.err" &
sink_pid=$!
sink_port=$(port_of "$work/sink.port" "$sink_pid")
python3 "$here/slow_link.py" "$sink_port" 0.025 >"$work/link.port" 2>"$work/link.port.err" &
link_pid=$!
link_port=$(port_of "$work/link.port" "$link_pid")

export POLKU_SMTP_HOST=127.0.0.1 POLKU_SMTP_PORT=$link_port POLKU_SMTP_STARTTLS=false
export POLKU_SMTP_SENDER=polku@example.invalid
# A sender domain per node: the Message-ID (outbox-ID@domain) and the envelope then name the node that sent it.
export NODE1_POLKU_SMTP_SENDER=polku@node1.example.invalid NODE2_POLKU_SMTP_SENDER=polku@node2.example.invalid
"$cluster" start "$work/cluster"
# shellcheck source=/dev/null
. "$work/cluster/env"

# shellcheck source=checks.sh
. "$here/checks.sh"
seconds() { printf '%d.%d s' $(($1 / 1000)) $(($1 % 1000 / 100)); }
sql() { psql "$DATABASE_URL" -Atc "$1"; }
received() { find "$work/mail" -name '*.json' | wc -l; }

POLKU_DATABASE_URL=$DATABASE_URL "$polku" user add --config "$POLKU_CONFIG" --username admin \
  --name "Aatu Ylläpitäjä" --password "$password" --role admin >/dev/null
# The name each node's sender claims under (host/pid/random), from its log.
node1_name=$(sed -n 's/.*outbox sender started as //p' "$work/cluster/node1.log" | tr -d '\r')
node2_name=$(sed -n 's/.*outbox sender started as //p' "$work/cluster/node2.log" | tr -d '\r')
check "both nodes run the outbox sender ($node1_name, $node2_name)" \
  [ $((${#node1_name} > 0 && ${#node2_name} > 0)) = 1 ]

echo "-- meeting invitations made through both nodes"
sign_in "$NODE1_URL" admin || bad "admin signs in: $status"
call POST "$NODE1_URL/api/v1/organisations" '{"name":"Testilaakson hyvinvointialue","kinds":["purchaser"],"regions":[]}'
purchaser=$(json 'a["id"]')
call POST "$NODE1_URL/api/v1/users" "{\"username\":\"instructor\",\"displayName\":\"Iida Ohjaaja\",\
\"password\":\"$password\",\"roles\":[{\"organisationId\":$purchaser,\"role\":\"social_instructor\"}]}"
sign_in "$NODE1_URL" instructor || bad "instructor signs in: $status"
call POST "$NODE1_URL/api/v1/clients" \
  '{"firstNames":"Testi","lastName":"Asiakas","municipality":"Testilaakso","personalIdentityCode":"010185-900D"}'
client=$(json 'a["id"]' || echo 0)
call POST "$NODE1_URL/api/v1/cases" "{\"clientId\":$client,\"serviceType\":\"ktt\"}"
check "the instructor opens a case for a client ($status)" [ "$status" = 201 ]
case_id=$(json 'a["id"]' || echo 0)
starts=$(TZ=Europe/Helsinki date -d '+7 days' +%FT13:00)
: >"$work/meetings.codes"
for i in $(seq 1 $meetings); do
  people=""
  for j in $(seq 1 $guests); do
    people+="${people:+,}{\"role\":\"other\",\"name\":\"Vieras $i-$j\",\"email\":\"guest-$i-$j@example.invalid\"}"
  done
  # Every other through node 2: both nodes' transactions write the outbox.
  [ $((i % 2)) = 1 ] && node=$NODE1_URL || node=$NODE2_URL
  call POST "$node/api/v1/cases/$case_id/meetings" \
    "{\"startsAt\":\"$starts\",\"minutes\":60,\"location\":\"Työpaja\",\"participants\":[$people]}"
  echo "$status" >>"$work/meetings.codes"
done
made_at=$(now_ms)
check "$meetings meetings scheduled through node 1 and node 2: $(sort "$work/meetings.codes" | uniq -c | xargs)" \
  [ "$(grep -c '^201$' "$work/meetings.codes")" = $meetings ]
total=$((meetings * guests))
check "the outbox holds their $total invitations" [ "$(sql 'SELECT count(*) FROM outbox')" = $total ]

echo "-- node 1 SIGKILLed in the middle of a batch"
# Rows node N's sender has claimed and not yet marked.
claimed_by() { sql "SELECT count(*) FROM outbox WHERE status = 'sending' AND split_part(claimed_by, '#', 1) = '$1'"; }
# A third of the messages received, and node 1 with at least three of its batch still to deliver.
for _ in $(seq 1 400); do
  [ "$(received)" -lt $((total / 3)) ] || [ "$(claimed_by "$node1_name")" -lt 3 ] || break
  sleep 0.1
done
# Somewhere in a delivery (~0.2 s): before the server has the message, or after it has it and before node 1 marks it.
sleep "$(printf '0.%03d' $((RANDOM % 200)))"
"$cluster" kill-node "$work/cluster" 1
killed_at=$(now_ms)
received_at_kill=$(received)
held=$(sql "SELECT string_agg(id::text, ',' ORDER BY id) FROM outbox
            WHERE status = 'sending' AND split_part(claimed_by, '#', 1) = '$node1_name'")
held_count=$(sql "SELECT count(*) FROM outbox WHERE id IN (${held:-0})")
lease_until=$(sql "SELECT max(claimed_until) FROM outbox WHERE id IN (${held:-0})")
echo "   killed $(seconds $((killed_at - made_at))) after the meetings were made, with $received_at_kill messages" \
  "received; node 1 held ${held:-none} (lease until $lease_until)"
check "node 1 died holding a claim of $held_count messages" [ "$held_count" -ge 1 ]
sleep 0.2  # the link notices the closed connection
echo "   the kill cut off $(grep -c 'cut off' "$work/link.port.err" || true) SMTP conversation(s):" \
  "$(grep 'cut off' "$work/link.port.err" | xargs) (a delivery is 7)"

# Node 2 sends the rest; its claims all skip node 1's leased rows.
others_left() { sql "SELECT count(*) FROM outbox WHERE status <> 'sent' AND id NOT IN (${held:-0})"; }
while [ "$(others_left)" != 0 ] && [ $(($(now_ms) - killed_at)) -le 60000 ]; do sleep 0.2; done
rest_took=$(($(now_ms) - killed_at))
check "node 2 sent the other $((total - held_count)) messages, $(seconds "$rest_took") after the kill" \
  [ "$(others_left)" = 0 ]
still_held=$(sql "SELECT count(*) FROM outbox WHERE id IN (${held:-0}) AND status = 'sending'
                  AND split_part(claimed_by, '#', 1) = '$node1_name' AND attempts = 1")
check "meanwhile node 1's $held_count claimed messages stayed its own, untried, while the lease ran ($still_held)" \
  [ "$still_held" = "$held_count" ]

# polku's lease is 15 minutes (notifications::SenderOptions::lease_ms, not a setting); the test moves its end to
# the past instead of waiting, as the clock would, and times node 2's pick-up (it looks every 5 s when idle).
sql "UPDATE outbox SET claimed_until = '$(date -u -d '-1 second' +%FT%TZ)' WHERE id IN (${held:-0})" >/dev/null
lapsed_at=$(now_ms)
held_left() { sql "SELECT count(*) FROM outbox WHERE id IN (${held:-0}) AND status <> 'sent'"; }
while [ "$(held_left)" != 0 ] && [ $(($(now_ms) - lapsed_at)) -le 30000 ]; do sleep 0.2; done
pickup_took=$(($(now_ms) - lapsed_at))
check "node 2 sent node 1's $held_count after the lease ran out: $(seconds "$pickup_took") (at most 5 s idle, then ~0.2 s each)" \
  [ $(($(held_left) == 0 && pickup_took <= 12000)) = 1 ]

echo "-- every outbox message received once"
sleep 0.5  # the sink's last file, written before its 250
sql "SELECT id, recipient, status, attempts FROM outbox ORDER BY id" >"$work/outbox.rows"
# Per outbox id: copies received, the nodes that sent them in order, and whether the recipient matched.
python3 - "$work/mail" "$work/outbox.rows" "${held:-0}" >"$work/verdict" <<'EOF'
import json, os, re, sys
folder, rows, held = sys.argv[1], sys.argv[2], {int(x) for x in sys.argv[3].split(",")}
outbox = {}
for line in open(rows, encoding="utf-8"):
    i, recipient, status, attempts = line.rstrip("\n").split("|")
    outbox[int(i)] = (recipient, status, int(attempts))
copies, unknown, wrong_recipient = {}, 0, 0
for name in sorted(os.listdir(folder)):
    if not name.endswith(".json"):
        continue
    m = json.load(open(os.path.join(folder, name), encoding="utf-8"))
    found = re.fullmatch(r"<outbox-(\d+)@(node\d)\.example\.invalid>", m["messageId"])
    if not found or int(found[1]) not in outbox:
        unknown += 1
        continue
    i = int(found[1])
    copies.setdefault(i, []).append(found[2])
    wrong_recipient += m["rcptTos"] != [outbox[i][0]]
twice = {i: c for i, c in copies.items() if len(c) > 1}
sent_by = {n: sum(1 for c in copies.values() if n in c) for n in ("node1", "node2")}
print("rows", len(outbox))
print("unsent", sum(1 for r in outbox.values() if r[1] != "sent"))
print("missing", sum(1 for i in outbox if i not in copies))
print("unknown", unknown)
print("wrong_recipient", wrong_recipient)
print("twice", ",".join("%d:%s" % (i, "+".join(c)) for i, c in sorted(twice.items())) or "none")
# A second copy only of a held message, first from node 1 (delivered, not yet marked sent when it died), then node 2.
print("bad_twice", sum(1 for i, c in twice.items() if i not in held or c != ["node1", "node2"]))
print("node1", sent_by["node1"])
print("node2", sent_by["node2"])
print("held_by_node2", sum(1 for i in held if "node2" in copies.get(i, [])))
print("claimed_twice", sum(1 for i, r in outbox.items() if r[2] != (2 if i in held else 1)))
EOF
verdict() { sed -n "s/^$1 //p" "$work/verdict"; }
check "all $(verdict rows) outbox rows are marked sent ($(verdict unsent) not)" [ "$(verdict unsent)" = 0 ]
check "none lost: every outbox message reached the SMTP server ($(verdict missing) missing)" \
  [ "$(verdict missing)" = 0 ]
check "nothing else reached it ($(verdict unknown) unknown), each to its own recipient ($(verdict wrong_recipient) not)" \
  [ $(($(verdict unknown) == 0 && $(verdict wrong_recipient) == 0)) = 1 ]
check "both nodes sent: node 1 $(verdict node1), node 2 $(verdict node2) messages" \
  [ $(($(verdict node1) > 0 && $(verdict node2) > 0)) = 1 ]
check "each message claimed once, node 1's held ones twice ($(verdict claimed_twice) otherwise)" \
  [ "$(verdict claimed_twice)" = 0 ]
# The one node 1 was delivering may have been accepted before it could mark it sent: then it comes twice, with one
# outbox id in its Message-ID (with one sender address, as in deploy/, the same Message-ID). Nothing else may.
twice=$(verdict twice)
check "no message twice but the one node 1 was delivering when it died (twice: $twice)" \
  [ $(($(verdict bad_twice) == 0 && $(tr ',' '\n' <<<"$twice" | grep -c :) <= 1)) = 1 ]
check "node 2 sent each of node 1's $held_count held messages ($(verdict held_by_node2))" \
  [ "$(verdict held_by_node2)" = "$held_count" ]

echo "$passed passed, $failed failed ($((SECONDS - started_at)) s)"
[ "$failed" = 0 ]
