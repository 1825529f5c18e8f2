# What the node tests share, sourced after the cluster's env: counted checks and signed-in requests with curl.
# Needs $work (the test's folder) and $CA_CERT (the cluster's certificate, for the https URLs).
passed=0
failed=0
ok() {
  passed=$((passed + 1))
  echo "ok:   $*"
}
bad() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
check() {  # description, then a command that must succeed
  local what=$1
  shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}

password='polku-nodes-test-2026'
# A field of the last answer's JSON, by a Python expression on `a`, e.g. json 'a["user"]["username"]'.
json() { python3 -c 'import json, sys; a = json.load(sys.stdin); print(eval(sys.argv[1]))' "$1" <"$work/body"; }

# One request as the signed-in user ($cookie, $csrf): the status in $status, the answer in body and headers.
cookie="" csrf=""
call() {
  local method=$1 url=$2 data=${3:-}
  local args=(-s -o "$work/body" -D "$work/headers" -w '%{http_code}' --cacert "$CA_CERT" -X "$method")
  [ -z "$cookie" ] || args+=(-H "Cookie: polku_session=$cookie")
  [ -z "$csrf" ] || [ "$method" = GET ] || args+=(-H "X-CSRF-Token: $csrf")
  [ -z "$data" ] || args+=(-H 'Content-Type: application/json' --data-binary "$data")
  status=$(curl "${args[@]}" "$url") || status=000
}
header() { sed -n "s/^$1: *//Ip" "$work/headers" | tr -d '\r'; }
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((10#$t / 1000)); }
sign_in() {  # base URL, username: sets $cookie and $csrf
  cookie="" csrf=""
  call POST "$1/api/v1/auth/login" "{\"username\":\"$2\",\"password\":\"$password\"}"
  [ "$status" = 200 ] || return 1
  cookie=$(header set-cookie | sed -n 's/^polku_session=\([^;]*\).*/\1/p')
  csrf=$(json 'a["csrfToken"]')
}
