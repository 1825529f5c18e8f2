#!/usr/bin/env bash
# Installs the Debian packages Polku needs, only those missing. Works as root or through sudo.
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ pkg-config make
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsoci-dev libsqlite3-dev libpq-dev libsodium-dev libspdlog-dev libfmt-dev libcli11-dev
  libhowardhinnant-date-dev libtomlplusplus-dev libgtest-dev libgmock-dev tzdata
  postgresql nodejs chromium wrk curl
)
if [ "${1:-}" = "--browser-only" ]; then packages=(chromium nodejs); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come with nodejs from another source; Debian's npm only when none is there.
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
