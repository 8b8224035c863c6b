#!/bin/bash
# Runs the built product's headless commands the way a user does, through its start script and plain class path,
# which the bundle tests (run inside OSGi) do not reach: a missing jar or a wrong class path fails here.
#
# Usage: releng/tests/headless-product.sh [PRODUCT_FOLDER]   (default: the folder the build materialises)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
product=${1:-$repo/releng/org.posescope.product/target/products/org.posescope.app.product/linux/gtk/x86_64/posescope}
work=$(mktemp -d "${TMPDIR:-/tmp}/posescope-headless-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
export POSESCOPE_HOME=$work/home
failures=0

# expect STATUS PATTERN COMMAND...: the command must exit with STATUS and print PATTERN (a grep -E pattern).
expect() {
    local status=$1 pattern=$2
    shift 2
    local output actual=0
    output=$("$product/posescope" "$@" 2>&1) || actual=$?
    if [ "$actual" -ne "$status" ] || ! grep -qE -- "$pattern" <<<"$output"; then
        echo "FAILED: posescope $* exited $actual (expected $status) and printed:" >&2
        echo "$output" | head -n 20 | sed 's/^/    /' >&2
        echo "    (expected to match: $pattern)" >&2
        failures=$((failures + 1))
    else
        echo "passed: posescope $*"
    fi
}

expect 0 '^PoseScope [0-9]' --version
expect 0 'Ranks the frames' help scan
expect 0 'injected mistakes' demo "$work/demo"
expect 1 'swap left' scan --top 3 "$work/demo"
expect 0 'No problems found' check "$work/demo"
expect 0 'Frames:' info "$work/demo"
expect 0 'Wrote' convert "$work/demo/labeled-data/demo/CollectedData_demo.h5" "$work/demo.csv"
expect 2 'does not exist' scan "$work/absent"

# Stored workbench preferences reach the headless scan through the workspace the start script names.
preferences=$POSESCOPE_HOME/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings
mkdir -p "$preferences"
printf 'eclipse.preferences.version=1\nalgorithm=kmeans\n' > "$preferences/org.posescope.cluster.prefs"
expect 1 'scanning with k-means' scan --top 1 "$work/demo"

if [ "$failures" -gt 0 ]; then
    echo "$failures headless product check(s) failed." >&2
    exit 1
fi
echo "All headless product checks passed."
