#!/bin/bash
# Compares how fast PoseScope and pandas.read_hdf read a 100,000-frame machine-label file, side by side in one run:
# the pandas fixed layout (what DeepLabCut writes for labeled frames) and a format="table" copy (what it writes for
# video inference). Prints a Markdown section for docs/benchmarks.md.
#
#   (a) pandas.read_hdf inside Python, time.perf_counter around the call, 5 runs, median (and the first run);
#   (b) PoseScope's reader inside the product's JVM, `posescope info --timing FILE x5`, median (and the first run);
#   (c) both as whole commands, start-up included, with hyperfine.
#
# Usage: benchmarks/read-labels.sh [FRAMES]      (build the product first; see docs/benchmarks.md)
# Environment: POSESCOPE_SHARED (default: ../shared beside the repository), RUNS (default 5).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${POSESCOPE_SHARED:-$repo/../shared}
recipe=$shared/bench/make_machine_labels.py
product=$repo/releng/org.posescope.product/target/products/org.posescope.app.product/linux/gtk/x86_64/posescope
python=/usr/bin/python3
frames=${1:-100000}
runs=${RUNS:-5}

if [ ! -f "$recipe" ]; then
    echo "Skipped: the benchmark recipe $recipe is absent (the shared folder beside the repository)."
    exit 0
fi
if [ ! -x "$product/posescope" ]; then
    echo "The product is not built ($product/posescope is missing); build it first, as docs/benchmarks.md says." >&2
    exit 2
fi
for tool in hyperfine "$python"; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed; the benchmark needs it." >&2; exit 2; }
done

# The same Java for every PoseScope run, and named in the results.
java=${POSESCOPE_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
export POSESCOPE_JAVA=${java:-$(ls /usr/lib/jvm/*/bin/java | sort -V | tail -n 1)}

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d "${TMPDIR:-/tmp}/posescope-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
fixed=$work/machine_labels_fixed.h5
table=$work/machine_labels_table.h5

"$python" "$recipe" "$frames" "$fixed"
"$python" - "$fixed" "$table" <<'EOF'
import sys
import pandas as pd
pd.read_hdf(sys.argv[1]).to_hdf(sys.argv[2], key="df_with_missing", format="table", mode="w")
EOF

# Prints "median first" in ms for reading FILE with pandas, RUNS times in one process.
pandas_in_process() {
    "$python" - "$1" "$runs" <<'EOF'
import statistics
import sys
import time
import pandas as pd
path, runs = sys.argv[1], int(sys.argv[2])
times = []
for _ in range(runs):
    start = time.perf_counter()
    frame = pd.read_hdf(path)
    times.append((time.perf_counter() - start) * 1000)
    assert frame.shape[0] > 0
print("%.1f %.1f" % (statistics.median(times), times[0]))
EOF
}

# Prints "median first" in ms for reading FILE with PoseScope, RUNS times in one JVM (the file named RUNS times).
posescope_in_process() {
    local arguments=()
    for _ in $(seq "$runs"); do arguments+=("$1"); done
    "$product/posescope" info --timing "${arguments[@]}" | sed -n 's/^  Read in \([0-9.]*\) ms$/\1/p' \
        | "$python" -c '
import statistics, sys
times = [float(line) for line in sys.stdin]
assert len(times) == int(sys.argv[1]), times
print("%.1f %.1f" % (statistics.median(times), times[0]))' "$runs"
}

echo "## Reading label files"
echo
echo "A machine-label file of $frames frames, 22 bodyparts (x, y, likelihood: 66 columns), made by"
echo "\`make_machine_labels.py $frames\` (shared/bench). Median of $runs runs; the first run in brackets."
echo
echo "| file | size | pandas.read_hdf, in process | PoseScope reader, in process |"
echo "| --- | --- | --- | --- |"
for file in "$fixed" "$table"; do
    read -r pandas_median pandas_first < <(pandas_in_process "$file")
    read -r posescope_median posescope_first < <(posescope_in_process "$file")
    size=$(du -h "$file" | cut -f1)
    echo "| $(basename "$file") | $size | $pandas_median ms ($pandas_first) | $posescope_median ms ($posescope_first) |"
done
echo

echo "Whole commands, start-up included (hyperfine, 1 warm-up, $runs runs). The 10-frame file shows what"
echo "starting each program costs by itself."
echo
tiny=$work/machine_labels_10_frames.h5
"$python" "$recipe" 10 "$tiny"
read_with_pandas="$python -c 'import sys, pandas; pandas.read_hdf(sys.argv[1])'"
hyperfine --style none --warmup 1 --runs "$runs" --export-markdown "$work/e2e.md" \
    --command-name "pandas.read_hdf, 10 frames" "$read_with_pandas $tiny" \
    --command-name "pandas.read_hdf, $(basename "$fixed")" "$read_with_pandas $fixed" \
    --command-name "pandas.read_hdf, $(basename "$table")" "$read_with_pandas $table" \
    --command-name "posescope info, 10 frames" "$product/posescope info $tiny" \
    --command-name "posescope info, $(basename "$fixed")" "$product/posescope info $fixed" \
    --command-name "posescope info, $(basename "$table")" "$product/posescope info $table" >/dev/null
cat "$work/e2e.md"
echo

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)
memory=$(free -g | awk '/^Mem:/ {print $2}')
echo "Machine: $(nproc) cores ($cpu), $memory GB, load average $load_at_start when the run began;"
"$python" -c 'import pandas, tables; print("pandas %s with PyTables %s;" % (pandas.__version__, tables.__version__))'
build=$(basename "$(ls "$product"/plugins/org.posescope.labels_*.jar)" .jar)
echo "PoseScope ${build#org.posescope.labels_} on $("$POSESCOPE_JAVA" -version 2>&1 | head -n 1)."
