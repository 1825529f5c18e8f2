#!/usr/bin/env bash
# The web build on a Debian 12 whose node is Debian's own Node.js 18 (the nodejs package and the modules it bundles,
# unpacked from their .debs into .cache/deps-test/, not installed): (a) vite build refuses that node, so the test
# really runs it; (b) `make web` with that node first on PATH still builds web/, because scripts/node-path.sh puts
# the pinned Node.js and npm before it. Debian's npm is not used: the pinned npm comes with the pinned node.
# Needs root (a mount namespace, see below), apt and the npm registry. Ends with "deps: N passed, M failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="$root/.cache/deps-test"
passed=0
failed=0
check() { # name command...: one test case
  local name=$1
  shift
  if "$@"; then
    echo "ok - $name"
    passed=$((passed + 1))
  else
    echo "not ok - $name"
    failed=$((failed + 1))
  fi
}
finish() {
  echo "deps: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}
abort() { # message: the cases that cannot run count as failed
  echo "$1" >&2
  failed=$((2 - passed))
  finish
}

# Debian's Node 18 into $cache/debian-node18, once. Its libnode has the paths of the modules it bundles compiled in
# (/usr/share/nodejs/acorn/..., cjs-module-lexer, undici), so bin/node runs it in a mount namespace of its own in
# which the unpacked usr/share lies over the real /usr/share (a read-only overlay; the system stays as it is).
node18="$cache/debian-node18"
unpack_node18() {
  local version tmp libdir unshare_flags=-m
  version() { apt-cache madison nodejs | awk -F'|' '{ gsub(/ /, "", $2) } $2 ~ /^18\./ { print $2; exit }'; }
  version="$(version)"
  if [ -z "$version" ]; then
    apt-get update -qq || return 1
    version="$(version)"
  fi
  [ -n "$version" ] || { echo "apt knows no nodejs 18 (Debian 12's)" >&2; return 1; }
  mkdir -p "$cache"
  rm -rf "$node18.tmp" && mkdir -p "$node18.tmp/debs" "$node18.tmp/bin"
  tmp="$node18.tmp"
  # Root downloads unsandboxed anyway; saying so keeps apt from warning about it.
  (cd "$tmp/debs" && apt-get -qq -o APT::Sandbox::User=root download "nodejs=$version" "libnode108=$version" \
    node-acorn node-cjs-module-lexer node-undici) || return 1
  for deb in "$tmp"/debs/*.deb; do dpkg-deb -x "$deb" "$tmp/root" || return 1; done
  rm -rf "$tmp/debs"
  [ "$(id -u)" -eq 0 ] || unshare_flags=-rm # a user namespace where the kernel allows one
  libdir="$(dirname "$(find "$tmp/root/usr/lib" -name libnode.so.108)")"
  libdir="$node18${libdir#"$tmp"}"
  cat >"$tmp/bin/node" <<EOF
#!/bin/sh
# Debian's nodejs $version, unpacked (tests/deps/node_version_test.sh).
exec unshare $unshare_flags sh -c 'mount -t overlay overlay -o "lowerdir=\$0/usr/share:/usr/share" /usr/share &&
  LD_LIBRARY_PATH="$libdir" exec "\$0/usr/bin/node" "\$@"' "$node18/root" "\$@"
EOF
  chmod +x "$tmp/bin/node"
  rm -rf "$node18" && mv "$tmp" "$node18"
}
if [ ! -x "$node18/bin/node" ]; then
  echo "Unpacking Debian's nodejs 18 into .cache/deps-test/ (once)"
  unpack_node18 || abort "could not unpack Debian's nodejs 18"
fi
node18_version="$(PATH="$node18/bin:$PATH" node --version 2>&1)"
echo "node first on PATH: $node18_version (Debian's nodejs, from .cache/deps-test/debian-node18)"
case "$node18_version" in v18.*) ;; *) abort "Debian's node 18 does not run" ;; esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# (a) Vite itself, run by Debian's node, as the issue found it.
if [ ! -f "$root/web/node_modules/vite/bin/vite.js" ]; then
  (PATH="$("$root/scripts/node-path.sh")" && cd "$root/web" && npm ci --no-audit --no-fund) >"$tmp/ci.log" 2>&1 ||
    { cat "$tmp/ci.log"; abort "npm ci in web/ failed"; }
fi
vite_refuses() {
  (cd "$root/web" && PATH="$node18/bin:$PATH" node node_modules/vite/bin/vite.js build --outDir "$tmp/dist") \
    >"$tmp/vite.log" 2>&1 && { cat "$tmp/vite.log"; return 1; }
  grep -m1 "SyntaxError: .*'node:util'.*'styleText'" "$tmp/vite.log" || { cat "$tmp/vite.log"; return 1; }
}
check "vite build on Debian's node $node18_version fails (node:util has no styleText)" vite_refuses

# (b) The repository's own path: make web (install-deps.sh, node-path.sh, npm ci, npm run build).
make_web_builds() {
  local started=$SECONDS path used
  touch "$tmp/start"
  PATH="$node18/bin:$PATH" nice make -C "$root" --no-print-directory web >"$tmp/web.log" 2>&1 ||
    { cat "$tmp/web.log"; return 1; }
  [ "$root/web/dist/index.html" -nt "$tmp/start" ] || { echo "web/dist/index.html was not written"; return 1; }
  path="$(PATH="$node18/bin:$PATH" "$root/scripts/node-path.sh")" || return 1
  used="$(sed -n 's/^npm run build (node \(v[0-9.]*\))$/\1/p' "$tmp/web.log")"
  echo "built web/ in $((SECONDS - started)) s with node ${used:-?} (the pinned one: $(PATH="$path" node --version))"
  [ -n "$used" ] && [ "$used" != "$node18_version" ] && [ "$used" = "$(PATH="$path" node --version)" ]
}
check "make web with Debian's node $node18_version first on PATH builds web/ with the pinned node" make_web_builds

finish
