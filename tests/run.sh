#!/usr/bin/env bash
# Runs every test of the solution on a machine that has only the .NET SDK: builds everything (plugins
# included), starts a throwaway PostgreSQL (tests/postgres.sh), runs each test project against SQLite and
# PostgreSQL, and ends with one line "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests need: PostgreSQL (the storage, jobs and host tests run against it as well as
# SQLite), and Chromium with CJK fonts for the browser tests.
packages=(postgresql chromium fonts-noto-cjk)
if [ ${#packages[@]} -gt 0 ]; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}";
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; fi
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# A throwaway PostgreSQL 15 on a loopback port for the tests (RESERVE_TEST_PG); here its tests must run, not skip.
source tests/postgres.sh
trap pg_test_stop EXIT
pg_test_start || { echo "PostgreSQL 未能启动，测试中止" >&2; exit 1; }
export RESERVE_REQUIRE_PG=1
dotnet build Monolith.sln -c Release -nologo -v quiet
log=$(mktemp)
set +e
dotnet test Monolith.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
