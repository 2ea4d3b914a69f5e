#!/usr/bin/env bash
# Run the README's test command three times while two busy-loop processes compete for the CPU,
# as on a shared machine, and print the three pytest summary lines. The busy loops always stop.
#   usage: tests/run_busy.sh [PYTHON] [extra pytest args...]   (run from the repository root)
set -u
PYTHON=${1:-python}
shift || true
busy=()
stop_busy() {
    for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null; done
    wait "${busy[@]}" 2>/dev/null
}
trap stop_busy EXIT
trap 'exit 130' INT TERM
for _ in 1 2; do
    "$PYTHON" -c "while True: pass" &
    busy+=("$!")
done
echo "busy-loop processes: ${busy[*]}"
summaries=()
status=0
for run in 1 2 3; do
    log=$(mktemp)
    "$PYTHON" -m pytest "$@" 2>&1 | tee "$log"
    code=${PIPESTATUS[0]}
    [ "$code" -eq 0 ] || status=1
    summaries+=("run $run (exit $code): $(grep -E '(passed|failed|error).* in [0-9.]+s' "$log" | tail -1)")
    rm -f "$log"
done
printf '%s\n' "${summaries[@]}"
exit $status
