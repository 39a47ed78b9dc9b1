#!/usr/bin/env bash
# Read + aggregate a generated 1M-row log: ours beside the pure-Python and polars peers of the
# team's workbench (../shared/bench, beside the project folder), in one run. Without that
# workbench (a clone of the project alone) it measures ours only, on a log from scripts/generate-log.
#   bench/aggregate.sh [ROWS]        (default 1000000; the log is kept in bench/out/)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
shared=../shared/bench
out=bench/out
mkdir -p "$out"
if [ -d "$shared" ]; then
    # The peers know only the names of the workbench's own generator: they need its log.
    log="$out/log-$rows.csv"
    [ -f "$log" ] || python3 "$shared/gen.py" --rows "$rows" --seed 1 > "$log"
    if [ ! -x "$out/venv/bin/python" ]; then
        python3 -m venv "$out/venv"
        "$out/venv/bin/pip" install --quiet xlsxwriter polars openpyxl
    fi
    peers=yes
else
    echo "bench/aggregate.sh: $shared is absent: measuring ours only on a log from scripts/generate-log"
    log="$out/generated-$rows.csv"
    [ -f "$log" ] || scripts/generate-log --rows "$rows" --seed 1 -o "$log"
    peers=""
fi
swift build -c release --product report-cli > /dev/null
measure() {  # label, command...
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > /dev/null 2> "$out/stderr.txt"
    read -r wall rss < "$out/time.txt"
    printf "| %-44s | %6.2f s | %5d MB |\n" "$label" "$wall" "$((rss / 1024))"
}
echo "| run ($rows rows, --period all) | wall | peak RSS |"
echo "|---|---|---|"
measure "ours: tables --by sector" .build/release/report-cli tables "$log" --period all --by sector --format csv
measure "ours: tables --by province,sector (matrix)" .build/release/report-cli tables "$log" --period all --by province,sector --format csv
measure "ours: validate (read only)" .build/release/report-cli validate "$log"
if [ -n "$peers" ]; then
    measure "peer pure: read + 4 summaries" "$out/venv/bin/python" bench/peer_aggregate.py pure "$log"
    measure "peer polars: read + 4 summaries" "$out/venv/bin/python" bench/peer_aggregate.py polars "$log"
fi
