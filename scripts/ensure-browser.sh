#!/usr/bin/env bash
# A Chromium for Playwright: the system's when there is one (Debian's package when we
# may install it), else Playwright's own download (a developer's laptop).
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  echo "Using system Chromium: $(command -v chromium || echo /usr/bin/chromium)"
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium from the system's packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Installing Playwright's Chromium…"
npx playwright install chromium
