# Sourced by ./diplokg and ./run-tests: sets JAVA_HOME to a JDK 21 or newer.
# Looks at $JAVA_HOME, then the java on PATH, then the newest JDK in /usr/lib/jvm.

java_major() {  # prints the major version of the java binary $1, or nothing
    local line
    line=$("$1" -version 2>&1 | head -n 1) || return 0
    line=${line#*\"}
    line=${line%%\"*}
    case $line in
        1.*) line=${line#1.} ;;
    esac
    echo "${line%%[.+-]*}"
}

is_jdk21() {  # $1: a JAVA_HOME candidate; true when it has java and javac of version 21 or newer
    local major
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    major=$(java_major "$1/bin/java")
    [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null
}

find_jdk() {
    local candidate
    if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
        return 0
    fi
    if command -v java >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
        if is_jdk21 "$candidate"; then
            export JAVA_HOME=$candidate
            return 0
        fi
    fi
    local best="" best_major=0 major
    for candidate in /usr/lib/jvm/*/; do
        candidate=${candidate%/}
        if is_jdk21 "$candidate"; then
            major=$(java_major "$candidate/bin/java")
            if [ "$major" -gt "$best_major" ]; then
                best=$candidate
                best_major=$major
            fi
        fi
    done
    if [ -n "$best" ]; then
        export JAVA_HOME=$best
        return 0
    fi
    echo "diplokg: no JDK 21 or newer found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm/*)" >&2
    return 1
}
