#!/bin/sh
# Builds one libFuzzer target: fuzz/build.sh TARGET OUTPUT.
# Each target is compiled from the module's own sources plus fuzz/TARGET/main.swift, as one
# module, so the fuzz entry can reach internal types; lld avoids gold's warnings about ASan symbols.
set -eu
target=$1
output=$2
case $target in
    language) sources=$(ls Sources/PatchShell/Language/*.swift) ;;
    decoder) sources=$(find Sources/PatchKit -name '*.swift' | sort) ;;
    request-parser) sources=$(ls Sources/PatchSim/*.swift) ;;
    *) echo "fuzz/build.sh: unknown target '$target' (language, decoder, request-parser)" >&2; exit 2 ;;
esac
mkdir -p "$(dirname "$output")"
# shellcheck disable=SC2086
${SWIFTC:-swiftc} -O -sanitize=fuzzer,address -use-ld=lld -parse-as-library -swift-version 6 \
    -module-name "Fuzz_$(echo "$target" | tr - _)" $sources "fuzz/$target/main.swift" -o "$output"
