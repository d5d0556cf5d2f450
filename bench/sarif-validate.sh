#!/usr/bin/env bash
# Validates `baton scan --sarif` with Microsoft's SARIF Multitool (the SARIF 2.1.0 JSON schema, the SARIF rules and
# GitHub code scanning's ingestion rules), on a generated repository with every kind of location: a multi-line
# private key, a name with spaces and non-ASCII letters, personal data. Not in CI (it needs the npm registry).
#   bash bench/sarif-validate.sh
# Installs @microsoft/sarif-multitool 5.7.0 into bench/.cache (gitignored). Exits 1 on any error or warning.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/bench/.cache"
tool_dir="$cache/sarif-multitool"
mkdir -p "$cache"
export NODE_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"

if [[ ! -x "$tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]]; then
  npm install --prefix "$tool_dir" --no-audit --no-fund --silent @microsoft/sarif-multitool@5.7.0 >&2
  # npm no longer runs the package's postinstall step that makes the binary executable.
  chmod u+x "$tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
fi
multitool="$tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

dotnet build "$root/src/Baton.Cli" -o "$cache/sarif-baton" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
mkdir -p "$repo/keys" "$repo/dir with space"
git -C "$repo" init -q
# A checksum-valid fake GitHub token (the one the detector tests use), a password in a URL, personal data.
printf 'GITHUB_TOKEN=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\nDATABASE_URL=postgres://app:Tq7vLx2pR9w@db.acme.io/orders\n' > "$repo/app.env"
printf 'owner: dana.ortiz@acme-corp.io\nphone: +1 415 555 2671\n' > "$repo/dir with space/ünïcødé.yaml"
{
  echo '-----BEGIN RSA PRIVATE KEY-----'
  for _ in 1 2 3; do echo 'MIIEowIBAAKCAQEAwJ8nB2sQ5xVb9m1Lz0pT7hR3kF6yU4eW2dA8gS1jN5cX7vM0'; done
  echo '-----END RSA PRIVATE KEY-----'
} > "$repo/keys/id_rsa"

status=0
(cd "$repo" && "$cache/sarif-baton/baton" scan --sarif > "$work/baton.sarif") || status=$?
[[ $status -eq 1 ]] || { echo "expected findings (exit 1), got exit $status" >&2; exit 1; }
results=$(grep -c '"ruleId"' "$work/baton.sarif")
echo "baton wrote $results results"

failed=0
for kind in Sarif Gh; do
  out="$("$multitool" validate "$work/baton.sarif" --output "$work/validation-$kind.sarif" --log ForceOverwrite --rule-kind "$kind" 2>&1)"
  problems="$(grep -E ': (error|warning) ' <<<"$out" || true)"
  if [[ -n "$problems" ]]; then
    echo "$kind rules: problems" >&2
    echo "$problems" >&2
    failed=1
  else
    echo "$kind rules: no errors, no warnings"
  fi
done
exit $failed
