#!/bin/sh
# Builds and runs libFuzzer targets: fuzz/run.sh SECONDS [TARGET…] (default: all three).
# The seed corpus fuzz/corpus/TARGET is copied to .build/fuzz/corpus-TARGET, which grows as the
# fuzzer finds new paths; crashes land in .build/fuzz/ and fail the run.
set -eu
seconds=$1
shift
targets=${*:-language decoder request-parser}
cd "$(dirname "$0")/.."
status=0
for target in $targets; do
    binary=.build/fuzz/$target
    corpus=.build/fuzz/corpus-$target
    fuzz/build.sh "$target" "$binary"
    mkdir -p "$corpus"
    cp fuzz/corpus/"$target"/* "$corpus"/
    echo "fuzz: $target for $seconds s"
    log=.build/fuzz/$target.log
    if LSAN_OPTIONS=suppressions=fuzz/lsan.supp "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix=.build/fuzz/"$target"- "$corpus" >"$log" 2>&1; then
        grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -1
        grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$log"
    else
        status=1
        echo "fuzz: $target FAILED — see $log; the input is in .build/fuzz/$target-*" >&2
        grep -E 'ERROR|panic|Fatal error|precondition|SUMMARY' "$log" | head -5 >&2
    fi
done
exit $status
