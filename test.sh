#!/usr/bin/env bash
# Runs every NewsLens test (unit, property, golden, CLI, dataset-backed) and ends with one line:
#   N passed, N failed[, N skipped]
# Needs only the .NET SDK. Services that later test suites need (PostgreSQL, Chromium) are installed and
# started here when missing; today no test needs one. Datasets are read from ../shared/data when present;
# tests that need one are skipped with a one-line reason when it is absent.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet test NewsLens.sln -c Release --nologo -v quiet "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 9, Skipped: 0, Total: 9, ...").
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    line = $0; gsub(/,/, "", line); n = split(line, f, /[ \t]+/)
    for (i = 1; i < n; i++) {
      if (f[i] == "Failed:")  fl += f[i+1]
      if (f[i] == "Passed:")  ps += f[i+1]
      if (f[i] == "Skipped:") sk += f[i+1]
    }
  }
  END { printf "%d %d %d\n", ps, fl, sk }' "$log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or a test host failed before any test could report
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
