#!/usr/bin/env bash
# The longer fuzzing pass over rule files, outside CI: the laws of RuleFileLawTests (the loader throws only
# RuleFileException; a valid file survives save and load; an expression compiles or is refused with a problem) run for
# PB_FUZZ_SECONDS seconds each (default 200: three laws, about ten minutes) instead of CI's 10,000 cases each.
# A failure prints the CsCheck seed that replays it (CsCheck_Seed=… dotnet test … --filter-class "*RuleFileLawTests").
# Results of the runs so far: SECURITY.md, "Fuzzing".
set -euo pipefail
cd "$(dirname "$0")/.."
export PB_FUZZ_SECONDS="${PB_FUZZ_SECONDS:-200}" PB_FUZZ_LOG="$(mktemp)"
trap 'rm -f "$PB_FUZZ_LOG"' EXIT
status=0
dotnet test --project tests/PartyBuilding.Scoring.Tests -- --filter-class "*RuleFileLawTests" || status=$?
echo "fuzzing pass, $PB_FUZZ_SECONDS s per law:"
cat "$PB_FUZZ_LOG"
exit "$status"
