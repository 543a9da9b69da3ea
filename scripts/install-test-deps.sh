#!/usr/bin/env bash
# Installs what the VS Code integration tests need that npm ci does not bring:
#   - Debian packages: chromium (browser driven by Playwright), libkrb5-dev (code-server's
#     `kerberos` native module), ripgrep (seeds @vscode/ripgrep's cache, see below),
#     fonts-wqy-microhei (a CJK font, ~5 MB installed: without one, Chinese shows as boxes in the
#     UI smoke screenshots; fonts-noto-cjk would be ~90 MB)
#   - code-server (VS Code server + Node extension host) in .tools/code-server/, outside
#     the extension's node_modules (it is ~300 MB and must not end up in the .vsix).
# Idempotent and quiet: each step is skipped when already done. Prints timings.
# Offline apart from the npm registry and Debian apt (see shared/recipes/vscode-tests-offline/NOTES.md).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS_DIR=${DEBRIEF_TOOLS_DIR:-$ROOT/.tools}
CODE_SERVER_VERSION=4.100.3   # newest code-server whose engines accept Node 20 (VS Code 1.100.3)
RG_PKG_VERSION=1.15.11        # @vscode/ripgrep version code-server 4.100.3 depends on
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
APT_PACKAGES=(chromium libkrb5-dev ripgrep fonts-wqy-microhei)

timed() {
  local label=$1; shift
  local s=$EPOCHREALTIME
  "$@"
  awk -v a="$s" -v b="$EPOCHREALTIME" -v c="$label" 'BEGIN{printf "[install-test-deps] %-28s %6.1f s\n", c, b-a}'
}

apt_missing() {
  local p missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

install_apt() {
  local missing; missing=$(apt_missing)
  if [ -z "$missing" ]; then echo "[install-test-deps] apt: already installed (${APT_PACKAGES[*]})"; return; fi
  local SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  mkdir -p "$TOOLS_DIR"
  local log="$TOOLS_DIR/apt-install.log"
  # shellcheck disable=SC2086
  if ! { $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        -o=Dpkg::Use-Pty=0 --no-install-recommends $missing; } >"$log" 2>&1; then
    tail -20 "$log" >&2; echo "[install-test-deps] apt-get install failed (log: $log)" >&2; return 1
  fi
  echo "[install-test-deps] apt: installed $missing"
}

CS_DIR="$TOOLS_DIR/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
cs_version() {
  # code-server writes a default config.yaml under XDG_CONFIG_HOME on first run: keep it out of $HOME
  XDG_CONFIG_HOME="$TOOLS_DIR/xdg/config" XDG_DATA_HOME="$TOOLS_DIR/xdg/data" "$CS_BIN" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -1
}

install_code_server() {
  local v
  if [ -x "$CS_BIN" ] && v=$(cs_version) && [[ "$v" == "$CODE_SERVER_VERSION"* ]]; then
    echo "[install-test-deps] code-server: already installed ($v)"; return
  fi
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache
  # ($TMPDIR/vscode-ripgrep-cache-<version>/<asset>) already holds the asset: seed it with Debian's rg.
  local tmp="$TOOLS_DIR/tmp" log="$TOOLS_DIR/code-server-install.log"
  local cache="$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
  mkdir -p "$cache" "$CS_DIR"
  [ -s "$cache/$RG_ASSET" ] || tar czf "$cache/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg
  [ -f "$CS_DIR/package.json" ] || printf '{ "name": "debrief-test-tools", "private": true }\n' >"$CS_DIR/package.json"
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: no browser download from the Playwright CDN;
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`, cancelled when npm's yes=false;
  # --unsafe-perm: code-server's postinstall refuses to run as root without it.
  if ! (cd "$CS_DIR" && TMPDIR="$tmp" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_yes=true \
        npm install --unsafe-perm --no-audit --no-fund --no-save --loglevel=error \
        "code-server@$CODE_SERVER_VERSION") >"$log" 2>&1; then
    tail -30 "$log" >&2; echo "[install-test-deps] code-server install failed (log: $log)" >&2; return 1
  fi
  v=$(cs_version) || { echo "[install-test-deps] code-server --version failed after install" >&2; return 1; }
  echo "[install-test-deps] code-server: installed ($v)"
}

timed "apt (${APT_PACKAGES[*]})" install_apt
timed "code-server $CODE_SERVER_VERSION" install_code_server
