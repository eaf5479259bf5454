#!/usr/bin/env bash
# The inner loop of a service on the bus, layout by layout, beside the same worker service without OnexSchemas.
#
#   baseline          a worker without OnexSchemas
#   in-service        the worker referencing OnexSchemas.Build itself: it generates and compiles the whole tree
#   contracts-package the documented default for the bus: the worker references OnexSchemas.Events, the contracts
#                     compiled once by the schema repository (dotnet new onex-service, without the runtime's Kafka)
#   contracts-project a tree of your own: the worker references a Contracts project holding OnexSchemas.Build
#                     (dotnet new onex-contracts); the generated code is compiled in the Contracts project only
#
# Scenarios: cold (bin/ and obj/ removed, restore kept), a one-line C# edit in the worker, one schema's description
# edited (the worker without generation does not see it). Prints medians, and each ratio to the baseline's same
# scenario (the schema edit: to the baseline's cold build, the issue's goal).
# Usage: build/bench/inner-loop.sh [runs]     (default 3; needs the .NET 10 SDK, nothing else)
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

version="0.1.0-bench.$(date +%s)"
echo "packing OnexSchemas.Build and OnexSchemas.Events $version (Release) ..." >&2
for project in OnexSchemas.Build OnexSchemas.Events; do
  dotnet pack "$repo/src/$project" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null
done
cp -r "$repo/schemas" "$work/schemas"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="bench" value="$work/feed" />
  </packageSources>
  <config>
    <add key="globalPackagesFolder" value="$work/packages" />
  </config>
</configuration>
XML
# Outside the repository: none of its Directory.Build.* reach the services.
printf '<Project />\n' > "$work/Directory.Build.props"
printf '<Project />\n' > "$work/Directory.Build.targets"
printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n' > "$work/Directory.Packages.props"

worker() { # dir, extra item group, Program.cs
  mkdir -p "$1"
  cat > "$1/Worker.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <InvariantGlobalization>true</InvariantGlobalization>
    <OnexSchemasRoot>$work/schemas</OnexSchemasRoot>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.12" />
    $2
  </ItemGroup>
</Project>
XML
  printf '%s\n' "$3" > "$1/Program.cs"
}
typed='var request = new Omninode.Events.Codegen.ValidateRequestV1 { CodeContent = "x", NodeType = Omninode.Events.Codegen.ValidateRequestV1NodeType.Effect, Language = Omninode.Events.Codegen.ValidateRequestV1Language.Python };
Console.WriteLine($"{Omninode.Events.Topics.Codegen.Request.ValidateV1}: {request.Validate().Count} errors");'
worker "$work/baseline" "" 'Console.WriteLine("omninode.codegen.request.validate.v1: 0 errors");'
worker "$work/in-service" "<PackageReference Include=\"OnexSchemas.Build\" Version=\"$version\" PrivateAssets=\"all\" />" "$typed"
worker "$work/contracts-package" "<PackageReference Include=\"OnexSchemas.Events\" Version=\"$version\" />" "$typed"
hive="$work/template-hive"
dotnet new install "$repo/templates/dotnet-new/onex-contracts" --debug:custom-hive "$hive" >/dev/null
dotnet new onex-contracts -o "$work/contracts-project" -n Bench --schemas "$work/schemas" --onexVersion "$version" --debug:custom-hive "$hive" >/dev/null
declare -A service=(
  [baseline]="$work/baseline" [in-service]="$work/in-service"
  [contracts-package]="$work/contracts-package" [contracts-project]="$work/contracts-project/Bench")
layouts=(baseline in-service contracts-package contracts-project)

build() { # dir → milliseconds
  local start end
  start=$(date +%s%N)
  if ! dotnet build "$1" --no-restore -v:q -nologo -nodeReuse:false > "$work/build.log" 2>&1; then
    echo "build of $1 failed:" >&2; cat "$work/build.log" >&2; exit 1
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

for layout in "${layouts[@]}"; do
  dotnet restore "${service[$layout]}" -v:q >/dev/null
done

schema="$work/schemas/events/codegen/request/validate.v1.json"
declare -A result
for layout in "${layouts[@]}"; do
  dir=${service[$layout]}
  root=$(dirname "$dir")
  [ "$layout" = contracts-project ] || root=$dir
  echo "measuring $layout ..." >&2
  cold=(); edit=(); schema_edit=()
  for ((i = 0; i < runs; i++)); do
    find "$root" -type d \( -name bin -o -path '*/obj/Debug' \) -prune -exec rm -rf {} +
    cold+=("$(build "$dir")")
  done
  build "$dir" >/dev/null
  for ((i = 0; i < runs; i++)); do
    printf '// edit %s\n' "$i" >> "$dir/Program.cs"
    edit+=("$(build "$dir")")
  done
  for ((i = 0; i < runs; i++)); do
    sed -i "0,/\"description\": \"/s//\"description\": \"edit $i $layout. /" "$schema"
    schema_edit+=("$(build "$dir")")
  done
  result[$layout,cold]=$(printf '%s\n' "${cold[@]}" | median)
  result[$layout,edit]=$(printf '%s\n' "${edit[@]}" | median)
  result[$layout,schema]=$(printf '%s\n' "${schema_edit[@]}" | median)
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
b_cold=${result[baseline,cold]}; b_edit=${result[baseline,edit]}
printf '\n| layout | cold (ms) | ×baseline cold (goal ≤ 2) | C# edit (ms) | ×baseline C# edit (goal ≤ 1.2) | schema edit (ms) | ×baseline cold (goal ≤ 2) |\n|---|---:|---:|---:|---:|---:|---:|\n'
for layout in "${layouts[@]}"; do
  c=${result[$layout,cold]}; e=${result[$layout,edit]}; s=${result[$layout,schema]}
  printf '| %s | %d | %s | %d | %s | %d | %s |\n' "$layout" "$c" "$(ratio "$c" "$b_cold")" "$e" "$(ratio "$e" "$b_edit")" "$s" "$(ratio "$s" "$b_cold")"
done
echo
echo "(medians of $runs runs each on $(nproc) cores; compiler server off as MSBUILDDISABLENODEREUSE/UseSharedCompilation set it;"
echo " 'schema edit' changes one description in schemas/events/codegen/request/validate.v1.json, which the baseline and"
echo " contracts-package builds do not read: for contracts-package the schema repository rebuilds and packs the contracts)"
