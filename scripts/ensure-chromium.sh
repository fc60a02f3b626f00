#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the headless consent-page test
# (test/auth/consent-browser.test.ts drives it with playwright-core, which never downloads a
# browser of its own). Idempotent: does nothing when the binary is already there.
#
# - present                 -> exit 0, silent
# - missing and root        -> apt-get update && apt-get install -y chromium (quietly)
# - missing and not root    -> explain, exit 0 (the browser test then skips and says why)
# Set SAGE_MOCK_CHROMIUM to test another binary path.
set -euo pipefail

BIN="${SAGE_MOCK_CHROMIUM:-/usr/bin/chromium}"

if [ -x "$BIN" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $BIN is missing and we are not root; run 'sudo apt-get install -y chromium'." >&2
  echo "ensure-chromium: the consent-page browser test will be skipped." >&2
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $BIN is missing and apt-get is not available; install Chromium by hand." >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium (one time)..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null
if [ ! -x "$BIN" ]; then
  echo "ensure-chromium: chromium installed but $BIN is not there." >&2
  exit 1
fi
echo "ensure-chromium: $("$BIN" --version 2>/dev/null || echo chromium) ready." >&2
