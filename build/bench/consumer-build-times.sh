#!/usr/bin/env bash
# Measures what OnexSchemas.Build costs a service's build: cold, no-op and one-schema-edit builds of
# tests/OnexSchemas.Consumer with the package, beside the same project without the package.
# Usage: build/bench/consumer-build-times.sh [runs] [no-op runs]
#   (default 3 cold and edit runs, 11 no-op runs, since a no-op build is short and noisy; prints medians and ratios)
set -euo pipefail
runs=${1:-3}
noop_runs=${2:-11}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

version="0.1.0-bench.$(date +%s)"
dotnet pack "$repo/src/OnexSchemas.Build" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null
cp -r "$repo/schemas" "$work/schemas"

for variant in with without; do
  mkdir -p "$work/$variant"
  cp "$repo/tests/OnexSchemas.Consumer/"{OnexSchemas.Consumer.csproj,Program.cs,Directory.Build.props,Directory.Packages.props} "$work/$variant/"
done
# The same project without the package: no reference, and a Program.cs that needs no generated type.
sed -i '/OnexSchemas.Build/d' "$work/without/OnexSchemas.Consumer.csproj"
printf 'Console.WriteLine("round-trip: ok");\nreturn 0;\n' > "$work/without/Program.cs"

build() { # dir → milliseconds
  local start end
  start=$(date +%s%N)
  dotnet build "$1" --no-restore -v:q -nologo -nodeReuse:false -p:OnexSchemasRoot="$work/schemas" -p:OnexSchemasBuildVersion="$version" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

for variant in with without; do
  dotnet restore "$work/$variant" --source "$work/feed" --packages "$work/packages" -p:OnexSchemasBuildVersion="$version" -v:q >/dev/null
done

schema="$work/schemas/events/codegen/request/validate.v1.json"
declare -A result
for variant in with without; do
  dir="$work/$variant"
  cold=(); noop=(); edit=()
  for ((i = 0; i < runs; i++)); do
    rm -rf "$dir/bin" "$dir/obj/Debug"
    cold+=("$(build "$dir")")
  done
  build "$dir" >/dev/null
  for ((i = 0; i < noop_runs; i++)); do noop+=("$(build "$dir")"); done
  for ((i = 0; i < runs; i++)); do
    sed -i "0,/\"description\": \"/s//\"description\": \"edit $i $variant. /" "$schema"
    edit+=("$(build "$dir")")
  done
  result[$variant,cold]=$(printf '%s\n' "${cold[@]}" | median)
  result[$variant,noop]=$(printf '%s\n' "${noop[@]}" | median)
  result[$variant,edit]=$(printf '%s\n' "${edit[@]}" | median)
done

printf '%-22s %14s %17s %8s\n' scenario "with (ms)" "without (ms)" ratio
for scenario in cold noop edit; do
  with=${result[with,$scenario]}; without=${result[without,$scenario]}
  printf '%-22s %14d %17d %8.2f\n' "$scenario build" "$with" "$without" "$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a / b }')"
done
echo "(medians of $runs cold and edit runs and $noop_runs no-op runs; 'edit' changes one schema's description, which the project without the package ignores)"
