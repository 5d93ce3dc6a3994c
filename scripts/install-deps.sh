#!/usr/bin/env bash
# Installs the Debian packages Wharf needs when they are missing (as root), or prints the exact command to run.
set -euo pipefail
packages=(libssh2-1-dev libcurl4-openssl-dev libxml2-dev libsqlite3-dev openssh-server openssh-client python3 python3-venv openssl)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "installing: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "missing system packages; run:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi
if ! command -v swift >/dev/null; then
    echo "swift is not on PATH: install the Swift 6 toolchain for Linux (swift.org) and add its usr/bin to PATH" >&2
    exit 1
fi
