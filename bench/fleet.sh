#!/bin/sh
# Fleet-scale benchmarks against patchsim on loopback: start-up, sequential lookups next to curl,
# a 1,000-server fan-out with 50 ms latency, and a 100,000-patch execution next to jq.
#
#   bench/fleet.sh [BIN]        (default .build/release; BIN holds patchsh and patchsim)
#
# Each figure is printed with the command that produced it. Peak memory is GNU time's maximum
# resident set size (Debian's 'time' package, installed when missing).
set -eu
cd "$(dirname "$0")/.."
BIN=$(cd "${1:-.build/release}" && pwd)
PATCHSH=$BIN/patchsh
PATCHSIM=$BIN/patchsim
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
for tool in /usr/bin/time:time curl:curl jq:jq; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${tool#*:}" >/dev/null
done
work=$(mktemp -d)
sims=""
cleanup() { for pid in $sims; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config" HOME="$work"

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }   # peak RSS of a command, in KiB

# Starts patchsim with the given flags, points patchsh at it and logs in; sets URL and TOKEN.
simulate() {
  "$PATCHSIM" "$@" > "$work/sim.out" 2>&1 &
  sims="$sims $!"
  while ! grep -q listening "$work/sim.out" 2>/dev/null; do sleep 0.05; done
  URL=$(sed -n 's/^listening on //p' "$work/sim.out")
  export PATCHSH_API_URL="$URL" PATCHSH_PATCHING_URL="$URL"
  echo demo | "$PATCHSH" -c 'login demo --password-stdin' > /dev/null
  TOKEN=$(sed -n 's/.*"token" : "\([^"]*\)".*/\1/p' "$XDG_STATE_HOME/patchsh/session.json")
}
stop_simulator() { for pid in $sims; do kill "$pid" 2>/dev/null || true; done; sims=""; }

echo "binary: $PATCHSH"

# 1. Start-up: best of 20 whole-process runs, and peak memory.
best=
for _ in $(seq 20); do
  s=$(now); "$PATCHSH" -c version > /dev/null; e=$(now)
  t=$(( (e - s) / 100000 ))   # tenths of a millisecond
  if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
done
echo "start-up:   $((best / 10)).$((best % 10)) ms wall (best of 20), peak $(peak_kb "$PATCHSH" -c version) KiB  [$PATCHSH -c version]"

# 2. Sequential lookups: 2,000 'execution' lines (each fetches the detail and the summary) next to
#    one curl fetching the same 4,000 URLs over one reused connection.
simulate --synthetic-servers 1
{ echo 'use SYN VA1SYN0001 > /dev/null'; for _ in $(seq 2000); do echo 'execution SYN-1 > /dev/null'; done; } > "$work/lookups.patchsh"
s=$(now); "$PATCHSH" "$work/lookups.patchsh"; e=$(now)
t=$(ms "$s" "$e")
echo "sequential: $((2000 * 1000 / t)) lookups/s (2,000 in $t ms, 4,000 requests)  [$PATCHSH lookups.patchsh]"
{ for _ in $(seq 2000); do
    echo "url = \"$URL/rest/servers/SYN/server/VA1SYN0001/patch/SYN-1\""; echo 'output = "/dev/null"'
    echo "url = \"$URL/rest/servers/SYN/server/VA1SYN0001/patch\""; echo 'output = "/dev/null"'
  done; } > "$work/curl.config"
s=$(now); curl -s -H "Authorization: Bearer $TOKEN" --config "$work/curl.config"; e=$(now)
c=$(ms "$s" "$e")
echo "curl:       $((2000 * 1000 / c)) lookups/s (the same 4,000 URLs in $c ms, one connection)  [curl -s -H 'Authorization: Bearer …' --config curl.config]"
echo "ratio:      $((c * 100 / t))% of curl's rate"
stop_simulator

# 3. Fan-out: 1,000 servers, 50 ms latency on every answer, --jobs 50 (ideal: 1,000 / 50 × 50 ms = 1.0 s).
simulate --synthetic-servers 1000 --latency 50
i=1; : > "$work/servers.txt"
while [ $i -le 1000 ]; do printf 'VA1SYN%04d\n' $i >> "$work/servers.txt"; i=$((i + 1)); done
cat > "$work/fanout.patchsh" <<'EOS'
for s in $(lines servers.txt) --jobs 50
  use SYN $s > /dev/null
  executions --format plain > /dev/null
end
EOS
s=$(now); (cd "$work" && "$PATCHSH" fanout.patchsh 2> /dev/null); e=$(now)
echo "fan-out:    $(ms "$s" "$e") ms for 1,000 servers, --jobs 50, 50 ms latency (ideal 1000 ms)  [$PATCHSH fanout.patchsh]"
stop_simulator

# 4. Size: 'patches --failed' on one execution of 100,000 patches, next to jq on the same body.
simulate --large-execution 100000
curl -s -H "Authorization: Bearer $TOKEN" -o "$work/large.json" "$URL/rest/servers/SYN/server/VA1SYNLARGE/patch/SYN-LARGE"
bytes=$(wc -c < "$work/large.json")
# Choose the execution once (the session keeps it), then time only 'patches --failed'.
"$PATCHSH" -c 'use SYN VA1SYNLARGE; execution SYN-LARGE' > /dev/null
"$PATCHSH" -c 'patches --failed --format plain' > "$work/failed.txt"
s=$(now); kb=$(peak_kb "$PATCHSH" -c 'patches --failed --format plain'); e=$(now)
echo "size:       $(ms "$s" "$e") ms, peak $kb KiB ($((kb * 1024 * 100 / bytes))% of the $((bytes / 1024)) KiB body), $(wc -l < "$work/failed.txt") failed patches  [$PATCHSH -c 'patches --failed --format plain']"
filter='[.patches[] | select(.status == "failed" or (.patch_end_message | test("Result Code: [45]")))] | length'
s=$(now); kb=$(peak_kb jq "$filter" "$work/large.json"); e=$(now)
echo "jq:         $(ms "$s" "$e") ms, peak $kb KiB on the saved body (no network)  [jq '$filter' large.json]"
