# Sourced by .ci/setup.d/*.sh: `apt_install <package>…` installs Debian packages quietly, as root or
# through passwordless sudo, and never fails (the caller checks whether what it needs is there).
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local run_root=()
  if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null 2>&1 || return 0
    run_root=(sudo -n)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${run_root[@]}" apt-get update -qq >/dev/null 2>&1 || true
  "${run_root[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 || true
}
