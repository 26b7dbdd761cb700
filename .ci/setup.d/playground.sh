#!/usr/bin/env bash
# Installs Debian's `chromium` for the playground's end-to-end tests (packages/playground/test/e2e.test.ts),
# which drive it headless through playwright-core. Idempotent; never fails CI: without Chromium those
# tests skip with a message.
if [ -x /usr/bin/chromium ]; then
  echo "playground setup: $(/usr/bin/chromium --version 2>/dev/null | head -1) present"
  exit 0
fi
run_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi
}
if command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  run_root apt-get update -qq >/dev/null 2>&1 || true
  run_root apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1 || true
fi
if [ -x /usr/bin/chromium ]; then
  echo "playground setup: installed $(/usr/bin/chromium --version 2>/dev/null | head -1)"
else
  echo "playground setup: could not install chromium; the playground's end-to-end tests will skip"
fi
exit 0
