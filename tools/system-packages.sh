#!/usr/bin/env bash
# Make sure Debian packages are installed: as root install the missing ones with apt-get,
# otherwise print the exact sudo line and fail, so nothing is installed by hand and forgotten.
#   tools/system-packages.sh PACKAGE…
set -euo pipefail

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-like system: make sure the equivalents of these are installed: $*" >&2
    exit 0
fi

missing=()
for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "These system packages are missing. Install them, then run make again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
