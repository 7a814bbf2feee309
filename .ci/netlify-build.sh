#!/usr/bin/env bash
# Netlify's build command (see netlify.toml): builds the dossier in input/ into _site/ from a clean
# checkout. Uses the .NET 10 SDK when the build image has one; otherwise the one in .cache/dotnet,
# installed there with Microsoft's dotnet-install.sh by an earlier deploy. Deploy previews and
# branch deploys are built with their own address as base_url, so their canonical URLs, feed and
# sitemap point at the preview and not at the published site.
#
# Fast deploys: the tool is run through .ci/dossier, which publishes it once (Native AOT when the
# image has a C compiler, else ReadyToRun) into .cache/dossier-tool/<key>, the key a hash of the
# tool's sources, props, theme and SDK, never of input/. NuGet's packages go to .cache/nuget and
# the SDK, if installed here, to .cache/dotnet: the build plugin in netlify.toml keeps all three
# between deploys, so a deploy that changes only content runs the compiled tool at once.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Packages in the repository's cache, not in $HOME, which every deploy starts without.
export NUGET_PACKAGES="${NUGET_PACKAGES:-$PWD/.cache/nuget}"

has_sdk10() {
  command -v dotnet >/dev/null 2>&1 || return 1
  local sdks
  sdks="$(dotnet --list-sdks 2>/dev/null || true)"
  grep -q '^10\.' <<<"$sdks"
}

if ! has_sdk10; then
  export DOTNET_ROOT="$PWD/.cache/dotnet"
  export PATH="$DOTNET_ROOT:$PATH"
  if ! has_sdk10; then
    echo "Installing the .NET 10 SDK into $DOTNET_ROOT"
    installer="$(mktemp)"
    curl -fsSL https://dot.net/v1/dotnet-install.sh -o "$installer"
    bash "$installer" --channel 10.0 --install-dir "$DOTNET_ROOT"
    rm -f "$installer"
  fi
fi

args=(build --input input --output _site)
case "${CONTEXT:-}" in
  deploy-preview|branch-deploy)
    if [ -n "${DEPLOY_PRIME_URL:-}" ]; then
      args+=(--base-url "$DEPLOY_PRIME_URL")
    fi
    ;;
esac

.ci/dossier "${args[@]}"
