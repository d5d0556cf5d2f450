#!/usr/bin/env bash
# Installs `baton` for this machine from this checkout: a ReadyToRun build (precompiled, so it starts in
# about half the time of the portable dotnet tool) in $PREFIX/share/baton, linked as $PREFIX/bin/baton.
#   ./install.sh                 # PREFIX defaults to ~/.local
#   PREFIX=/usr/local ./install.sh
set -euo pipefail
cd "$(dirname "$0")"
prefix="${PREFIX:-$HOME/.local}"
rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"
export NUGET_CERT_REVOCATION_MODE="${NUGET_CERT_REVOCATION_MODE:-offline}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Building baton for $rid (ReadyToRun)…" >&2
dotnet publish src/Baton.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$prefix/share/baton/app" -v quiet -nologo >&2
mkdir -p "$prefix/bin"
ln -sf "$prefix/share/baton/app/baton" "$prefix/bin/baton"
echo "Installed: $prefix/bin/baton ($("$prefix/bin/baton" --version))" >&2
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to your PATH to run it as 'baton'." >&2 ;;
esac
