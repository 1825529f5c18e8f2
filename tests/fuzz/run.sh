#!/usr/bin/env bash
# A short run of each libFuzzer target of fuzz/ (built by the sanitizer build with clang): FUZZ_SECONDS each
# (default 20) from a few seeds. A crash, a sanitizer report, a 500 or a broken invariant fails it; the input that
# did is kept in artifacts/fuzz/. docs/fuzzing.md has the long runs.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build-asan}
seconds=${FUZZ_SECONDS:-20}
work=$(mktemp -d "${TMPDIR:-/tmp}/polku-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p artifacts/fuzz

# seed NAME VALUE...: printf-escaped seed inputs of a target.
seed() {
  local name=$1 i=0
  shift
  mkdir -p "$work/$name"
  for value in "$@"; do
    printf "$value" >"$work/$name/seed$i"
    i=$((i + 1))
  done
}
seed identity_code '131052-308T' '010594Y9021' '010101A900U' '290200A9876' ' 131052-308t ' '311299+999X'
seed http_parsing '/api/v1/clients/12?clientId=3&stage=plan' '/api/v1/cases/1/periods' '/api/v1/calendar/ab%%2Fc.ics' \
  'fi-FI,sv;q=0.8,en;q=0.5' 'polku_session=abc; theme=dark' '10.0.0.1, 127.0.0.1' '/static/../../etc/passwd'
seed endpoints '\001\000\020\n{"firstNames":"A","lastName":"B","personalIdentityCode":"010594Y9021"}' \
  '\000\000\040from=2026-01-01&to=2026-01-31\n' '\001\000\100\n{"version":1,"answers":{"a":[1,{"b":null}]}}' \
  '\001\000\001clientId=1\n{"clientId":1,"serviceType":"ktt"}' '\000\000\002\n[1,2,3]'

passed=0
failed=0
targets=("$build"/polku_fuzz_*)
if [ ! -x "${targets[0]}" ]; then
  echo "no fuzz targets in $build: make sanitize (clang) builds them"
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi
for target in "${targets[@]}"; do
  name=${target##*/polku_fuzz_}
  log=$work/$name.log
  if "$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="artifacts/fuzz/$name-" "$work/$name" >"$log" 2>&1; then
    runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
    echo "ok:   $name: ${runs:-?} inputs in ${seconds} s"
    passed=$((passed + 1))
  else
    echo "FAIL: $name (its input is in artifacts/fuzz/)"
    tail -n 40 "$log"
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
