#!/bin/bash
# Measures the cluster view: the scatter's redraw with the points of a 100,000-frame scan (target: under 200 ms)
# and the latency from a click on a point to SAMPLE_SELECTED being posted and to the frame view's repaint
# (target: under 100 ms). Prints a Markdown table for docs/benchmarks.md.
#
# The 100,000 frames come from the shared recipe bench/make_machine_labels.py (22 keypoints, 1% swaps, 1% moved
# keypoints), written into a throw-away project. The measuring code is ScatterLatencyBenchmark in the ui test
# fragment (it needs the parts' package-private handles); it runs in the Tycho test runtime under Xvfb, as the
# tests do, but is not part of the test suite.
#
# Usage: benchmarks/cluster-view.sh [FRAMES]
# Environment: POSESCOPE_SHARED (default: ../shared beside the repository); POSESCOPE_MVN (default: the Maven of
# .bootstrap; helpers building in a shared tree pass /work/notes/mvn-locked.sh); DISPLAY (an X display).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${POSESCOPE_SHARED:-$repo/../shared}
recipe=$shared/bench/make_machine_labels.py
frames=${1:-100000}
mvn=${POSESCOPE_MVN:-$repo/.bootstrap/apache-maven-3.9.11/bin/mvn}

if [ ! -f "$recipe" ]; then
    echo "Skipped: the benchmark recipe $recipe is absent (the shared folder beside the repository)."
    exit 0
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/posescope-cluster-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
project=$work/bench-$frames
mkdir -p "$project/videos"
/usr/bin/python3 "$recipe" "$frames" "$project/videos/benchDLC_resnet50_benchShuffle1_100000.h5"
{
    echo "Task: bench"
    echo "scorer: bench"
    echo "date: Jan1"
    echo "multianimalproject: false"
    echo "bodyparts:"
    for i in $(seq -w 0 21); do echo "- bp$i"; done
    echo "skeleton: []"
    echo "dotsize: 8"
} > "$project/config.yaml"

export POSESCOPE_BENCH_PROJECT=$project
export POSESCOPE_BENCH_OUT=$work/figures.md
cd "$repo"
"$mvn" -B -o -q verify -Dposescope.shared="$shared" -Dtest=ScatterLatencyBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false \
    -pl target-platform,bundles/org.posescope.labels,bundles/org.posescope.testsupport,bundles/org.posescope.cluster,bundles/org.posescope.ui,bundles/org.posescope.ui.tests \
    >"$work/maven.log" 2>&1 || { tail -n 60 "$work/maven.log" >&2; exit 1; }

echo "Cluster view, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -n 1), Xvfb:"
echo
cat "$POSESCOPE_BENCH_OUT"
