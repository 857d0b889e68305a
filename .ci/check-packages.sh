#!/usr/bin/env bash
# Checks what the packed packages in $1 (default artifacts/packages) carry: README, license, tags, XML docs,
# symbols, the shipped rule files embedded in the library, and the pbscore tool layout. Prints one line per problem.
set -uo pipefail
dir="${1:-artifacts/packages}"
version="${2:-0.1.0}"
problems=0
# Listings are read whole before grep -q looks at them: under pipefail an early grep exit would fail the pipe.
need() { # package, entry
  local listing; listing="$(unzip -Z1 "$dir/$1")"
  if ! grep -qxF "$2" <<<"$listing"; then echo "package check: $1 lacks $2"; problems=$((problems + 1)); fi
}
nuspec_has() { # package, text
  local nuspec; nuspec="$(unzip -p "$dir/$1" '*.nuspec')"
  if ! grep -qF "$2" <<<"$nuspec"; then echo "package check: $1's nuspec lacks $2"; problems=$((problems + 1)); fi
}
core="PartyBuilding.Scoring.$version.nupkg"
di="PartyBuilding.Scoring.Extensions.DependencyInjection.$version.nupkg"
tool="PartyBuilding.Scoring.Tool.$version.nupkg"
for package in "$core" "$di" "$tool"; do
  [ -f "$dir/$package" ] || { echo "package check: $dir/$package was not packed"; problems=$((problems + 1)); continue; }
  need "$package" README.md
  nuspec_has "$package" '<license type="expression">MIT</license>'
  nuspec_has "$package" '<readme>README.md</readme>'
  nuspec_has "$package" '<tags>party-building'
done
for library in PartyBuilding.Scoring PartyBuilding.Scoring.Extensions.DependencyInjection; do
  need "$library.$version.nupkg" "lib/net10.0/$library.dll"
  need "$library.$version.nupkg" "lib/net10.0/$library.xml"
  need "$library.$version.snupkg" "lib/net10.0/$library.pdb"
done
library_dll="$(mktemp)"
trap 'rm -f "$library_dll"' EXIT
unzip -p "$dir/$core" lib/net10.0/PartyBuilding.Scoring.dll > "$library_dll"
for rules in rules/*.json; do
  name="PartyBuilding.Scoring.Rules.$(basename "$rules")"
  if ! grep -aqF "$name" "$library_dll"; then
    echo "package check: $core does not embed $name"; problems=$((problems + 1))
  fi
done
# Each library lists exactly its own direct dependencies. Central transitive pinning once made the DI package list
# RulesEngine, Dynamic LINQ, CsvHelper, … as its own; those come only through the core package.
dependencies_are() { # package, expected ids (space separated, sorted)
  local nuspec actual; nuspec="$(unzip -p "$dir/$1" '*.nuspec')"
  actual="$(grep -oE '<dependency id="[^"]+"' <<<"$nuspec" | sed -E 's/<dependency id="([^"]+)"/\1/' | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')"
  if [ "$actual" != "$2" ]; then
    echo "package check: $1 depends on [$actual], expected [$2]"; problems=$((problems + 1))
  fi
}
dependencies_are "$core" "CsvHelper FluentValidation MiniExcel RulesEngine System.Linq.Dynamic.Core"
dependencies_are "$di" "Microsoft.Extensions.DependencyInjection.Abstractions Microsoft.Extensions.FileProviders.Physical Microsoft.Extensions.Logging.Abstractions Microsoft.Extensions.Options Microsoft.Extensions.Options.ConfigurationExtensions PartyBuilding.Scoring"
dependencies_are "$tool" ""
need "$tool" tools/net10.0/any/pbscore.dll
need "$tool" tools/net10.0/any/DotnetToolSettings.xml
# Neither library may expose RulesEngine or System.Linq.Dynamic.Core types (the public API files say what is public).
if grep -hE 'RulesEngine|System\.Linq\.Dynamic' src/*/PublicAPI.*.txt; then
  echo "package check: a public API names RulesEngine or System.Linq.Dynamic.Core types"; problems=$((problems + 1))
fi
[ "$problems" -eq 0 ] && echo "package check: ok ($core, $di, $tool)"
[ "$problems" -eq 0 ]
