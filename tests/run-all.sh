#!/usr/bin/env bash
# Runs every test of the project on a fresh machine that has the .NET SDK. Installs what the tests need when it is
# missing (Debian's Chromium for the browser tests, Node.js for the search script tests), then tests the solution.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed apt-get update -qq
  # Debian's mirrors sometimes report a package rename mid-update; the second attempt succeeds.
  sudo_if_needed apt-get install -y -qq "$@" || { sleep 5; sudo_if_needed apt-get install -y -qq "$@"; }
}

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests…"
  apt_install "${missing[@]}"
fi

# In CI a missing snapshot fails the run instead of being written as a new one.
if [ "${CI:-}" = "true" ]; then export SNAPSHOOTER_STRICT_MODE=true; fi

dotnet test Site.sln --nologo "$@"
