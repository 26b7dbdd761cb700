#!/usr/bin/env bash
# Installs Debian's `pre-commit` for the CLI's pre-commit hook test (packages/cli/test/pre-commit.test.ts).
# Idempotent; never fails CI: without pre-commit that one test skips with a message.
if command -v pre-commit >/dev/null 2>&1; then
  echo "cli setup: pre-commit $(pre-commit --version 2>/dev/null | awk '{print $2}') present"
  exit 0
fi
. "$(dirname "$0")/../apt-install.sh"
apt_install pre-commit
if command -v pre-commit >/dev/null 2>&1; then
  echo "cli setup: installed pre-commit"
else
  echo "cli setup: could not install pre-commit; the pre-commit hook test will skip"
fi
exit 0
