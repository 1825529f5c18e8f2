#!/usr/bin/env bash
# Two `polku serve` nodes on one PostgreSQL behind nginx with TLS, on loopback, run from deploy/'s own files
# (polku.toml.example, nginx/polku.conf with its ports and paths replaced) and a throw-away certificate:
#   scripts/with-postgres.sh deploy/local-cluster.sh run     until Ctrl-C, printing the addresses
#   deploy/local-cluster.sh start DIR        writes DIR/env: NGINX_URL, CA_CERT, NODE1_URL, NODE1_PID, ...
#   deploy/local-cluster.sh kill-node DIR N  SIGKILL node N, as a crash would
#   deploy/local-cluster.sh stop DIR         stops what start started (DIR/*.pid); DIR keeps the logs
# The database: POLKU_DATABASE_URL, else POLKU_TEST_POSTGRES_URL (scripts/with-postgres.sh). The binary: POLKU_BIN,
# else build/polku. The nodes get the caller's POLKU_* settings; NODE1_POLKU_* and NODE2_POLKU_* go to one node
# each (e.g. NODE1_POLKU_SMTP_SENDER). Needs Debian's nginx (apt-get install nginx); root is not needed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
polku=${POLKU_BIN:-$repo/build/polku}
config=$here/polku.toml.example
export NO_PROXY='*' no_proxy='*'  # everything here is on loopback

die() {
  echo "local-cluster: $*" >&2
  exit 1
}

# 200 from URL within 30 s (extra arguments go to curl), else the named thing is reported not ready.
wait_ready() {
  local url=$1 name=$2 pid=$3
  shift 3
  for _ in $(seq 1 150); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" "$url" || true)" = 200 ] && return 0
    alive "$pid" || return 1
    sleep 0.2
  done
  die "$name is not ready at $url"
}

# Gone also when a zombie: nothing may reap a process whose starter has exited.
alive() { ps -o stat= -p "$1" 2>/dev/null | grep -qv Z; }

free_port() {
  local port=$((20000 + RANDOM % 30000))
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# A node on a port it chose itself (port 0), which it prints. NODEn_POLKU_X=v is POLKU_X=v for node n alone.
start_node() {
  local dir=$1 n=$2 port="" pid name own=()
  for name in $(compgen -e | grep "^NODE${n}_POLKU_" || true); do own+=("${name#NODE"$n"_}=${!name}"); done
  : >"$dir/node$n.log"  # before the node opens it, for the reads below
  env POLKU_LISTEN=127.0.0.1:0 POLKU_DATABASE_URL="$db" POLKU_WEB_ROOT="$repo/web/dist" "${own[@]}" \
    "$polku" serve --config "$config" </dev/null >"$dir/node$n.log" 2>&1 &
  pid=$!
  echo "$pid" >"$dir/node$n.pid"
  for _ in $(seq 1 150); do
    port=$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$dir/node$n.log" || true)
    [ -n "$port" ] && break
    alive "$pid" || break
    sleep 0.2
  done
  if [ -z "$port" ] || ! wait_ready "http://127.0.0.1:$port/readyz" "node $n" "$pid"; then
    die "node $n did not start; $dir/node$n.log: $(tail -n 5 "$dir/node$n.log")"
  fi
  printf 'NODE%s_PID=%q\nNODE%s_PORT=%q\nNODE%s_URL=http://127.0.0.1:%q\n' "$n" "$pid" "$n" "$port" "$n" "$port" \
    >>"$dir/env"
}

# deploy/nginx/polku.conf with loopback ports and DIR's paths: the production file is what is tested.
render_site() {
  local dir=$1 tls=$2 http=$3
  sed -e "s|server 127.0.0.1:8081 |server 127.0.0.1:$4 |" -e "s|server 127.0.0.1:8082 |server 127.0.0.1:$5 |" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$tls ssl http2;|" -e "s|listen 80;|listen 127.0.0.1:$http;|" \
    -e '/listen \[::\]:/d' -e "s|/etc/ssl/polku/|$dir/tls/|" -e "s|/var/log/nginx/|$dir/nginx/|" \
    "$here/nginx/polku.conf" >"$dir/nginx/polku.conf"
  if grep -nE '127\.0\.0\.1:808[12] |listen (80|443)[ ;]|/etc/ssl/polku/|/var/log/nginx/' "$dir/nginx/polku.conf"; then
    die "deploy/nginx/polku.conf changed: change render_site's substitutions with it"
  fi
}

start_nginx() {
  local dir=$1 node1=$2 node2=$3 nginx tls http pid user_line=""
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  [ -x "$nginx" ] || die "nginx is missing: apt-get install -y nginx"
  mkdir -p "$dir/nginx/tmp"
  # As root its workers would be nobody, who cannot enter DIR.
  [ "$(id -u)" -ne 0 ] || user_line="user $(id -un) $(id -gn);"
  for _ in 1 2 3 4 5; do
    tls=$(free_port)
    http=$(free_port)
    [ "$tls" != "$http" ] || continue
    render_site "$dir" "$tls" "$http" "$node1" "$node2"
    cat >"$dir/nginx/nginx.conf" <<EOF
$user_line
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
events { worker_connections 512; }
http {
    access_log $dir/nginx/access.log;
    client_body_temp_path $dir/nginx/tmp/body;
    proxy_temp_path $dir/nginx/tmp/proxy;
    fastcgi_temp_path $dir/nginx/tmp/fastcgi;
    uwsgi_temp_path $dir/nginx/tmp/uwsgi;
    scgi_temp_path $dir/nginx/tmp/scgi;
    include $dir/nginx/polku.conf;
}
EOF
    : >"$dir/nginx/error.log"
    "$nginx" -p "$dir/nginx/" -e "$dir/nginx/error.log" -c "$dir/nginx/nginx.conf" -g 'daemon off;' \
      </dev/null >"$dir/nginx/stdout.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/nginx.pid"
    # A port that looked free may have been taken meanwhile: then nginx exits, and the next pair is tried.
    if wait_ready "https://127.0.0.1:$tls/readyz" nginx "$pid" --cacert "$dir/tls/fullchain.pem"; then
      printf 'NGINX_PID=%q\nNGINX_URL=https://127.0.0.1:%q\n' "$pid" "$tls" >>"$dir/env"
      printf 'NGINX_HTTP_URL=http://127.0.0.1:%q\nNGINX_ACCESS_LOG=%q\n' "$http" "$dir/nginx/polku.access.log" \
        >>"$dir/env"
      return 0
    fi
    grep -q 'Address already in use' "$dir/nginx/error.log" || break
  done
  die "nginx did not start: $(tail -q -n 5 "$dir/nginx/error.log" "$dir/nginx/stdout.log")"
}

start() {
  local dir=$1
  [ -x "$polku" ] || die "no polku binary at $polku (set POLKU_BIN)"
  db=${POLKU_DATABASE_URL:-${POLKU_TEST_POSTGRES_URL:-}}
  [ -n "$db" ] || die "no database: set POLKU_DATABASE_URL, or run under scripts/with-postgres.sh"
  mkdir -p "$dir/tls" "$dir/nginx"
  [ ! -e "$dir/env" ] || die "$dir is in use (stop it first)"
  dir=$(cd "$dir" && pwd)
  # A start that fails stops what it started.
  cluster_dir=$dir
  trap '[ -n "${started:-}" ] || stop "$cluster_dir"' EXIT
  # Valid for 2 days, for 127.0.0.1: a test certificate never outlives its test.
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$dir/tls/privkey.pem" -out "$dir/tls/fullchain.pem" 2>"$dir/tls/openssl.log"
  printf 'CA_CERT=%q\nDATABASE_URL=%q\nPOLKU_CONFIG=%q\n' "$dir/tls/fullchain.pem" "$db" "$config" >"$dir/env"
  POLKU_DATABASE_URL=$db "$polku" migrate --config "$config" >"$dir/migrate.log" 2>&1 ||
    die "polku migrate failed: $(cat "$dir/migrate.log")"
  start_node "$dir" 1
  start_node "$dir" 2
  # shellcheck source=/dev/null
  . "$dir/env"
  start_nginx "$dir" "$NODE1_PORT" "$NODE2_PORT"
  started=1
}

stop_pid() {
  local pid=$1
  alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    alive "$pid" || return 0
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
}

stop() {
  local dir=$1 f
  for f in "$dir/nginx.pid" "$dir/node1.pid" "$dir/node2.pid"; do
    [ -f "$f" ] || continue
    stop_pid "$(cat "$f")"
    rm -f "$f"
  done
  rm -f "$dir/env"
}

kill_node() {
  local dir=$1 n=$2 pid
  pid=$(cat "$dir/node$n.pid") || die "no node $n in $dir"
  kill -KILL "$pid"
  for _ in $(seq 1 50); do
    alive "$pid" || return 0
    sleep 0.1
  done
  die "node $n (pid $pid) did not die"
}

case "${1:-}" in
  start) start "${2:?start DIR}" ;;
  stop) stop "${2:?stop DIR}" ;;
  kill-node) kill_node "${2:?kill-node DIR N}" "${3:?kill-node DIR N}" ;;
  run)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/polku-cluster.XXXXXX")
    start "$dir"
    trap 'kill "${sleeper:-}" 2>/dev/null; stop "$dir"; rm -rf "$dir"' EXIT
    trap 'exit 0' INT TERM
    cat "$dir/env"
    echo "Polku at $(sed -n 's/^NGINX_URL=//p' "$dir/env") (certificate $dir/tls/fullchain.pem); Ctrl-C stops it."
    # wait, unlike a foreground sleep, returns at once for the trap.
    while true; do
      sleep 3600 &
      sleeper=$!
      wait "$sleeper" || true
    done
    ;;
  *)
    sed -n '2,10s/^# \{0,1\}//p' "$0"
    exit 2
    ;;
esac
