#!/bin/sh
# Interpreter speed: simple statements per second, and the time to parse (and check) a 10,000-line script.
#
#   bench/language.sh [PATCHSH]        (default .build/release/patchsh, else .build/debug/patchsh)
#
# Each figure is the best of 5 runs of the real binary, with process start-up (an empty script)
# subtracted. Parsing is timed on a script whose last line is an error: it is parsed and checked
# whole, and nothing runs.
set -eu
cd "$(dirname "$0")/.."
PATCHSH=${1:-}
if [ -z "$PATCHSH" ]; then
  if [ -x .build/release/patchsh ]; then PATCHSH=.build/release/patchsh; else PATCHSH=.build/debug/patchsh; fi
fi
PATCHSH=$(cd "$(dirname "$PATCHSH")" && pwd)/$(basename "$PATCHSH")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" HOME="$work"

# 10,000 lines of typical script text: sets, echoes with interpolation, ifs and fors.
i=0
while [ $i -lt 1000 ]; do
  cat <<'LINES'
set host "VA1OSDPATCH$i"
echo "checking $host" > /dev/null
if "$host" like "VA1*" and 1 < 2
  set seen yes
end
for s in a b "c d"
  set last $s
end
echo "$seen $last" > /dev/null
# a comment line
LINES
  i=$((i + 1))
done > "$work/parse.patchsh"
echo 'exit 0 extra' >> "$work/parse.patchsh"        # one more line, a usage error: nothing runs
: > "$work/empty.patchsh"

# 100,000 simple statements: set and a comparison, in a loop of 20,000 iterations of 5 statements.
cat > "$work/run.patchsh" <<'EOF2'
for i in $(lines numbers.txt)
  set a $i
  set b "x $a"
  if $a == 0
  end
  true
end
EOF2
seq 1 20000 > "$work/numbers.txt"

best() {   # best wall time in ms of 5 runs of: patchsh FILE
  min=
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    (cd "$work" && "$PATCHSH" "$1" > /dev/null 2>&1) || true
    end=$(date +%s%N)
    t=$(( (end - start) / 1000000 ))
    if [ -z "$min" ] || [ "$t" -lt "$min" ]; then min=$t; fi
  done
  echo "$min"
}

startup=$(best "$work/empty.patchsh")
parse=$(best "$work/parse.patchsh")
run=$(best "$work/run.patchsh")
lines=$(wc -l < "$work/parse.patchsh")
statements=$((20000 * 5))
echo "binary:            $PATCHSH"
echo "start-up:          ${startup} ms (empty script)"
echo "parse + check:     $((parse - startup)) ms for a ${lines}-line script"
echo "statements/second: $((statements * 1000 / (run - startup))) ($statements simple statements in $((run - startup)) ms)"
