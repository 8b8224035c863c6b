#!/bin/bash
# Times `posescope scan` against the seed recipe (shared/bench/seed_pipeline.py) on 10,000, 100,000 and 1,000,000
# frame machine-label files, side by side in one run, end to end: read, features, projection, algorithm. PoseScope
# is timed as the whole command (JVM and OSGi start included); the seed as the whole Python process (imports
# included) and by its own phase timings. Prints a Markdown section for docs/benchmarks.md.
#
# Usage: benchmarks/scan-speed.sh [FRAMES...]        (default: 10000 100000 1000000)
# Environment: POSESCOPE_SHARED (default: ../shared beside the repository), POSESCOPE_XMX (default 4g),
#   SEED_TIMEOUT (seconds the seed may take per file, default 600), RUNS (PoseScope runs per file, default 3).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${POSESCOPE_SHARED:-$repo/../shared}
bench=$shared/bench
python=/usr/bin/python3
seed_timeout=${SEED_TIMEOUT:-600}
runs=${RUNS:-3}
export POSESCOPE_XMX=${POSESCOPE_XMX:-4g}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

if [ ! -f "$bench/seed_pipeline.py" ] || [ ! -f "$bench/make_machine_labels.py" ]; then
    echo "Skipped: the seed recipe in $bench is absent (the shared folder beside the repository)."
    exit 0
fi
# The built product when it is there (the build's own path); otherwise ./posescope, which builds it when stale.
product=$repo/releng/org.posescope.product/target/products/org.posescope.app.product/linux/gtk/x86_64/posescope
posescope=$product/posescope
[ -x "$posescope" ] || posescope=$repo/posescope

work=$(mktemp -d "${TMPDIR:-/tmp}/posescope-scan-speed.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Seconds, wall clock, of one command (its output discarded).
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.2f", $2 - $1}'
}

# One warm-up run, so that the start script's first-run work (resolving bundles, the class data archive) is not
# counted; a user pays it once per installation.
"$posescope" help >/dev/null 2>&1 || true

echo "## Scanning machine labels: posescope scan against the seed recipe"
echo
echo "Load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 minutes; $(nproc) cores)."
echo
echo "| frames | file size | seed recipe, whole process | seed phases (read, features, PCA, DBSCAN) |" \
    "posescope scan, median of $runs (all runs) | seed / PoseScope |"
echo "| --- | --- | --- | --- | --- | --- |"
for frames in "${sizes[@]}"; do
    file=$work/machine_labels_$frames.h5
    "$python" "$bench/make_machine_labels.py" "$frames" "$file"

    start=$(date +%s.%N)
    set +e
    phases=$(timeout "$seed_timeout" "$python" "$bench/seed_pipeline.py" "$file" 2>&1)
    status=$?
    set -e
    end=$(date +%s.%N)
    if [ $status -eq 124 ]; then
        seed="did not finish in $seed_timeout s"
        seed_seconds=""
        phases="-"
    else
        seed_seconds=$(echo "$start $end" | awk '{printf "%.2f", $2 - $1}')
        seed="$seed_seconds s"
        phases=$(echo "$phases" | sed -n 's/.*read=\([0-9.]*\)s features=\([0-9.]*\)s pca=\([0-9.]*\)s dbscan=\([0-9.]*\)s.*/\1, \2, \3, \4 s/p')
    fi

    times=()
    for _ in $(seq "$runs"); do
        times+=("$(seconds "$posescope" scan --quiet --top 20 --output "$work/report.csv" "$file")")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
    ratio=$([ -n "$seed_seconds" ] && echo "$seed_seconds $median" | awk '{printf "%.1fx", $1 / $2}' \
        || echo "more than $(echo "$seed_timeout $median" | awk '{printf "%.0fx", $1 / $2}')")
    echo "| $frames | $(du -h "$file" | cut -f1) | $seed | $phases | $median s (${times[*]}) | $ratio |"
    rm -f "$file" "$file.truth.npy"
done
echo
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)."
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)
echo "Machine: $(nproc) cores ($cpu), $(free -g | awk '/^Mem:/ {print $2}') GB; POSESCOPE_XMX=$POSESCOPE_XMX;"
"$python" -c 'import pandas, sklearn; print("pandas %s, scikit-learn %s;" % (pandas.__version__, sklearn.__version__))'
echo "PoseScope built from commit $(git -C "$repo" log -1 --format=%h) or later ($posescope)."
