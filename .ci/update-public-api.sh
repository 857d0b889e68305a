#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to each packable project's
# PublicAPI.Unshipped.txt. Run after changing the public surface, then review the diff like code.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/PartyBuilding.Scoring src/PartyBuilding.Scoring.Extensions.DependencyInjection; do
  file=$project/PublicAPI.Unshipped.txt
  dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
    | grep -o "RS0016: Symbol '.*' is not part of the declared public API" \
    | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" >> "$file" || true
  { echo '#nullable enable'; grep -v '^#nullable enable' "$file" | sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
done
