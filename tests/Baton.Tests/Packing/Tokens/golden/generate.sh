#!/usr/bin/env bash
# Regenerates golden.json: token counts of tricky texts as the reference implementations count them.
# js-tiktoken (pure JS) is the reference Baton must equal; tiktoken (OpenAI's Rust core as WebAssembly)
# is recorded beside it wherever the two disagree. Needs node and npm; tests only read golden.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
cache="$root/bench/.cache/node"
if [[ ! -d "$cache/node_modules/js-tiktoken" || ! -d "$cache/node_modules/tiktoken" ]]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --silent js-tiktoken@1.0.21 tiktoken@1.0.22 >&2
fi
NODE_PATH="$cache/node_modules" node "$here/generate.cjs" > "$here/golden.json"
echo "wrote $here/golden.json ($(wc -c < "$here/golden.json") bytes)" >&2
