#!/usr/bin/env bash
# Installs the Debian packages Polku needs, only those missing, then a Node.js for the web build when the one on
# PATH is missing or too old (scripts/node-path.sh: Debian 12's nodejs 18 cannot run Vite 8). Works as root or
# through sudo.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

packages=(
  cmake ninja-build ccache g++ pkg-config make
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsoci-dev libsqlite3-dev libpq-dev libsodium-dev libspdlog-dev libfmt-dev libcli11-dev
  libhowardhinnant-date-dev libtomlplusplus-dev libgtest-dev libgmock-dev tzdata libcurl4-openssl-dev libical-dev
  libcairo2-dev libpango1.0-dev fonts-dejavu-core libxlsxwriter-dev poppler-utils python3-openpyxl
  postgresql python3-aiosmtpd chromium wrk curl nginx openssl clang libclang-rt-14-dev
)
if [ "${1:-}" = "--browser-only" ]; then packages=(chromium curl); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# Debian's nodejs and npm are not installed: the system's Node.js is used when it fits, else a pinned one.
"$here/node-path.sh" >/dev/null
