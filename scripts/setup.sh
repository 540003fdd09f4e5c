#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs every dependency listed in scripts/versions.txt on Debian 12, as root. Idempotent:
# a second run installs nothing new. Creates the project's Python environment in .venv.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
versions="$root/scripts/versions.txt"

mapfile -t apt_pkgs < <(awk '$1 == "apt" {print $2}' "$versions")
mapfile -t pip_pkgs < <(awk '$1 == "pip" {print $2 "==" $3}' "$versions")

missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  [ "$(id -u)" -eq 0 ] || { echo "setup: run as root to install Debian packages" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Each Debian package must carry the upstream version the list names (prefix match).
while read -r kind name want _; do
  [ "$kind" = apt ] || continue
  have=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null | sed -E 's/^[0-9]+://')
  case "$have" in
    "$want"*) ;;
    *) echo "setup: $name is $have, versions.txt expects $want" >&2; exit 1 ;;
  esac
done < <(grep -E '^apt' "$versions")

if [ ! -x "$root/.venv/bin/python" ]; then
  echo "setup: creating $root/.venv from /usr/bin/python3"
  /usr/bin/python3 -m venv "$root/.venv"
fi
# pip freeze prints name==version, the form versions.txt pins: install only what differs.
pip_missing=$(comm -23 <(printf '%s\n' "${pip_pkgs[@]}" | sort) \
                       <("$root/.venv/bin/python" -m pip freeze 2>/dev/null | sort))
if [ -n "$pip_missing" ]; then
  echo "setup: installing Python packages: $(echo $pip_missing)"
  "$root/.venv/bin/python" -m pip install -q --disable-pip-version-check "${pip_pkgs[@]}"
fi
echo "setup: done (${#apt_pkgs[@]} Debian packages, ${#pip_pkgs[@]} Python packages)"
