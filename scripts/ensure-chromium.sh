#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (npx playwright install cannot download here).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium not found at $chromium_path: install it with 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Debian's Chromium for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
