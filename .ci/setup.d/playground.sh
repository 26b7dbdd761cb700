#!/usr/bin/env bash
# Installs Debian's `chromium` for the playground's end-to-end tests (packages/playground/test/e2e.test.ts),
# which drive it headless through playwright-core. Idempotent; never fails CI: without Chromium those
# tests skip with a message.
if [ -x /usr/bin/chromium ]; then
  echo "playground setup: $(/usr/bin/chromium --version 2>/dev/null | head -1) present"
  exit 0
fi
. "$(dirname "$0")/../apt-install.sh"
apt_install chromium fonts-dejavu-core
if [ -x /usr/bin/chromium ]; then
  echo "playground setup: installed $(/usr/bin/chromium --version 2>/dev/null | head -1)"
else
  echo "playground setup: could not install chromium; the playground's end-to-end tests will skip"
fi
exit 0
