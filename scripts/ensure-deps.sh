#!/usr/bin/env bash
# Installs node_modules exactly as package-lock.json says, unless that is already done.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.taskchat-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "node_modules is up to date."
  exit 0
fi
npm ci --no-audit --no-fund
echo "$want" > "$stamp"
