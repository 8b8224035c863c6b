# Sourced by ./run-tests and ./posescope: installs, on a Debian machine where we are root, what the tests and the
# workbench need beyond Java and Maven, and starts a virtual display when there is no display.
# Elsewhere it says what is missing and goes on; the tests that need a missing piece skip with a message.

posescope_packages="xvfb xauth libgtk-3-0 python3-pandas python3-tables python3-sklearn python3-scipy maven unzip"

posescope_missing_packages() {
    for package in $posescope_packages; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || echo "$package"
    done
}

# Installs the named packages (default: all the tests need) that are not installed yet.
posescope_install_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    [ $# -gt 0 ] && posescope_packages="$*"
    missing=$(posescope_missing_packages | tr '\n' ' ')
    [ -n "${missing% }" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing Debian packages: $missing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "These Debian packages are missing and need root to install: $missing" >&2
    fi
}

posescope_start_display() {
    [ -n "${DISPLAY:-}" ] && return 0
    command -v Xvfb >/dev/null 2>&1 || { echo "No display and no Xvfb: the workbench tests will fail." >&2; return 0; }
    display_number=99
    while [ -e "/tmp/.X$display_number-lock" ]; do display_number=$((display_number + 1)); done
    Xvfb ":$display_number" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    posescope_xvfb_pid=$!
    export DISPLAY=":$display_number"
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        [ -e "/tmp/.X11-unix/X$display_number" ] && break
        sleep 0.5
    done
    echo "Started Xvfb on $DISPLAY"
}
