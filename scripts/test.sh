#!/usr/bin/env bash
# `make test`: builds, runs every XCTest case, then each libFuzzer target briefly, and ends with one
# plain line 'N passed, N failed' (XCTest's count; Swift Testing, which has no tests here, prints 0).
set -uo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
"$swift" build --build-tests || exit 1
mkdir -p .build
"$swift" test --skip-build 2>&1 | tee .build/test.log
tests=${PIPESTATUS[0]}
fuzz/run.sh "${FUZZ_CI_SECONDS:-20}"
fuzz=$?
summary=$(grep -E 'Executed [0-9]+ tests?, with [0-9]+ failures?' .build/test.log | tail -1)
total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<< "$summary")
failed=$(sed -E 's/.*with ([0-9]+) failures?.*/\1/' <<< "$summary")
if [ -z "$summary" ]; then
    echo "no XCTest summary found" >&2
    exit 1
fi
[ "$fuzz" -eq 0 ] || echo "fuzzing found a crash (see above)" >&2
echo "$((total - failed)) passed, $failed failed"
[ "$tests" -eq 0 ] && [ "$fuzz" -eq 0 ]
