#!/usr/bin/env bash
# Runs every test of the solution on a machine that has only the .NET SDK: builds everything (plugins
# included), runs each test project, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests need: the browser tests drive the system Chromium and need CJK fonts to render Chinese.
packages=(chromium fonts-noto-cjk)
if [ ${#packages[@]} -gt 0 ]; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}";
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; fi
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build Monolith.sln -c Release -nologo -v quiet
log=$(mktemp)
set +e
dotnet test Monolith.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { gsub(",", "", p); printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
