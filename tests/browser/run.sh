#!/usr/bin/env bash
# Browser tests: the real backend (POLKU_BIN, default build/polku) serving web/dist.
# Runs every *.test.mjs here (each starts its own backend with a fresh database).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
PATH="$("$root/scripts/node-path.sh")" # a node that can also build web/ below
export PATH
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi
web_root="${POLKU_WEB_ROOT:-web/dist}"
case "$web_root" in /*) ;; *) web_root="$root/$web_root" ;; esac
if [ ! -f "$web_root/index.html" ] && [ -z "${POLKU_WEB_ROOT:-}" ]; then
  (cd "$root/web" && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build)
fi
exec node --test --test-concurrency=1 --test-timeout=300000 ./*.test.mjs "$@"
