# Sourced by ./posescope and ./run-tests: finds a JDK of 21 or newer and a Maven of 3.9 or newer, fetching Maven
# 3.9 through the system's older Maven when that is all there is (Tycho 4 refuses Maven 3.8).
# Sets POSESCOPE_MVN and exports JAVA_HOME. Prints a sentence and exits 2 when something cannot be found.

posescope_root=${posescope_root:?set posescope_root before sourcing bootstrap.sh}
maven_version=3.9.11
bootstrap_dir="$posescope_root/.bootstrap"

java_spec_version() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

find_jdk() {
    for home in ${JAVA_HOME:-} /usr/lib/jvm/*; do
        if [ -x "$home/bin/javac" ]; then
            version=$(java_spec_version "$home/bin/java")
            if [ "${version:-0}" -ge 21 ] 2>/dev/null; then
                echo "$home"
                return 0
            fi
        fi
    done
    return 1
}

if ! JAVA_HOME=$(find_jdk); then
    echo "PoseScope is built with a JDK of version 21 or newer, and none was found in JAVA_HOME or /usr/lib/jvm." \
        "Install one (for example Temurin 21 or 25) and try again." >&2
    exit 2
fi
export JAVA_HOME

maven_is_recent() {
    version=$("$1" -v 2>/dev/null | sed -n 's/^Apache Maven \([0-9]*\)\.\([0-9]*\).*/\1 \2/p')
    set -- $version
    [ "${1:-0}" -gt 3 ] || { [ "${1:-0}" -eq 3 ] && [ "${2:-0}" -ge 9 ]; }
}

POSESCOPE_MVN="$bootstrap_dir/apache-maven-$maven_version/bin/mvn"
if [ ! -x "$POSESCOPE_MVN" ]; then
    system_mvn=$(command -v mvn || true)
    if [ -n "$system_mvn" ] && maven_is_recent "$system_mvn"; then
        POSESCOPE_MVN=$system_mvn
    elif [ -n "$system_mvn" ]; then
        echo "Fetching Maven $maven_version into $bootstrap_dir (Tycho needs Maven 3.9; this machine has an older one)."
        mkdir -p "$bootstrap_dir"
        # Run outside the repository: the old Maven must not try to load our Tycho build.
        (cd "$bootstrap_dir" \
            && "$system_mvn" -B -q dependency:copy -Dartifact="org.apache.maven:apache-maven:$maven_version:zip:bin" \
                -DoutputDirectory="$bootstrap_dir" >&2 \
            && unzip -q -o "apache-maven-$maven_version-bin.zip")
    else
        echo "PoseScope is built with Maven, and no mvn was found on the PATH. Install it (apt-get install maven)" \
            "and try again; a newer Maven is fetched through it when needed." >&2
        exit 2
    fi
fi
