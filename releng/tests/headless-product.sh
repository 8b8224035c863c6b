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

# run_expecting STATUS PATTERN PROGRAM ARGS...: the program must exit with STATUS and print PATTERN (grep -E).
run_expecting() {
    local status=$1 pattern=$2
    shift 2
    local output actual=0
    output=$("$@" 2>&1) || actual=$?
    if [ "$actual" -ne "$status" ] || ! grep -qE -- "$pattern" <<<"$output"; then
        echo "FAILED: $* exited $actual (expected $status) and printed:" >&2
        echo "$output" | head -n 20 | sed 's/^/    /' >&2
        echo "    (expected to match: $pattern)" >&2
        failures=$((failures + 1))
    else
        echo "passed: $*"
    fi
}

# expect STATUS PATTERN ARGS...: the same for a posescope command.
expect() {
    local status=$1 pattern=$2
    shift 2
    run_expecting "$status" "$pattern" "$product/posescope" "$@"
}

expect 0 '^PoseScope [0-9]' --version
expect 0 'Ranks the frames' help scan
expect 0 'injected mistakes' demo "$work/demo"
expect 1 'swap left' scan --top 3 "$work/demo"
expect 0 'No problems found' check "$work/demo"
expect 0 'Frames:' info "$work/demo"
expect 0 'Wrote' convert "$work/demo/labeled-data/demo/CollectedData_demo.h5" "$work/demo.csv"
expect 2 'does not exist' scan "$work/absent"

# The start script itself: started through a symbolic link, with a state folder it cannot make, with a bad heap.
ln -s "$product/posescope" "$work/posescope-link"
run_expecting 0 '^PoseScope [0-9]' "$work/posescope-link" --version
touch "$work/a-file"
run_expecting 0 '^PoseScope [0-9]' env POSESCOPE_HOME="$work/a-file/state" "$product/posescope" --version
run_expecting 2 'not a heap size' env POSESCOPE_XMX=lots "$product/posescope" --version

# Stored workbench preferences reach the headless scan through the workspace the start script names.
preferences=$POSESCOPE_HOME/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings
mkdir -p "$preferences"
printf 'eclipse.preferences.version=1\nalgorithm=kmeans\n' > "$preferences/org.posescope.cluster.prefs"
expect 1 'scanning with k-means' scan --top 1 "$work/demo"

# A warning (here: a damaged preference file) goes to standard error; standard output stays a clean report.
printf 'algorithm=\\u00zz\n' > "$preferences/org.posescope.cluster.prefs"
report=$("$product/posescope" scan --top 1 "$work/demo" 2>"$work/warnings.txt") || true
if [ "$(printf '%s\n' "$report" | head -n 1)" != "rank,file,frame,individual,score,cluster,suspects,reason" ] \
        || printf '%s\n' "$report" | grep -q WARN || ! grep -q "cannot be read" "$work/warnings.txt"; then
    echo "FAILED: a warning did not stay on standard error; standard output was:" >&2
    printf '%s\n' "$report" | head -n 5 | sed 's/^/    /' >&2
    failures=$((failures + 1))
else
    echo "passed: warnings stay on standard error"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures headless product check(s) failed." >&2
    exit 1
fi
echo "All headless product checks passed."
