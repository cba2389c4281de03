#!/usr/bin/env bash
# Gapura's one entry point for developers and CI.
#
#   ./dev.sh demo [gapura demo args]   set up, then start the demo (SQLite, simulated devices)
#   ./dev.sh test [pytest args]        set up, then run ruff and the test suite
#   ./dev.sh setup                     set up only
#
# Setup is idempotent and fast on re-runs: it installs the missing Debian packages (Qt's system
# libraries, poppler-utils, postgresql), creates .venv, installs the project with its test extras
# when pyproject.toml changed, and compiles the Qt translations. See
# docs/decisions/0001-bootstrap.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
VENV="$PWD/.venv"
STAMP="$VENV/.gapura-installed"
MIN_PYTHON="3.11"

# Debian 12 packages that PySide6's wheel needs at run time but does not bundle: the libraries
# named in DT_NEEDED of libQt6{Core,Gui,Widgets,Pdf,PdfWidgets,Charts,PrintSupport,DBus,XcbQpa,
# OpenGL,Svg,Network}, the PySide6 modules over them, and the offscreen and xcb platform plugins
# (with their GL integrations, image formats, CUPS print support, TLS backends), mapped to packages
# with `dpkg -S`; libssl3, which the TLS backend loads with dlopen; and a font to render with.
# libc6, libstdc++6, libgcc-s1 and zlib1g are in every Debian and not listed. To re-derive after
# a PySide6 upgrade: `readelf -d` on those .so files, then `dpkg -S` on each library not bundled.
QT_PACKAGES=(
    libbrotli1 libcups2 libdbus-1-3 libegl1 libfontconfig1 libfreetype6 libgl1 libglib2.0-0
    libgssapi-krb5-2 libssl3 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    libxkbcommon0 libxkbcommon-x11-0 libzstd1
    fonts-dejavu-core
)
# pdftotext: the tests read printed PDFs back. postgresql: offices run the central server on
# PostgreSQL, so the server tests (and benchmarks.sync) run it on a throwaway cluster too, which
# tools/pg_cluster.py makes from this package's initdb and pg_ctl (/usr/lib/postgresql/N/bin) in a
# temp dir on 127.0.0.1; the package's own cluster and service are not used. Without it those
# tests fail, they do not skip.
TOOL_PACKAGES=(poppler-utils postgresql)

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'dev.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
    cat >&2 <<'USAGE'
usage: ./dev.sh demo [gapura demo args]   set up, then start the demo
       ./dev.sh test [pytest args]        set up, then run ruff and the tests
       ./dev.sh setup                     set up only
USAGE
    exit 2
}

# Run a command as root: directly when root, through sudo when it is there.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 127
    fi
}

APT_UPDATED=""
# Install the Debian packages among "$@" that are not installed yet.
apt_install() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "not a Debian system: make sure these (or your system's equivalents) are installed: $*"
        return 0
    fi
    local missing=() pkg
    for pkg in "$@"; do
        if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]
        then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
        die "missing Debian packages (run as root or install sudo): apt-get install ${missing[*]}"
    fi
    log "installing Debian packages: ${missing[*]}"
    if [ -z "$APT_UPDATED" ]; then
        as_root apt-get update || die "apt-get update failed"
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "${missing[@]}" || die "could not install: ${missing[*]}"
}

# Print the first Python interpreter that is at least $MIN_PYTHON.
find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.11 python3.12 python3.13 python3.14; do
        if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

venv_ok() {
    [ -x "$VENV/bin/python" ] \
        && "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
        && [ -x "$VENV/bin/pip" ]
}

create_venv() {
    local python version
    python="$(find_python)" || die "Python $MIN_PYTHON or newer is needed (python3 or python3.11);" \
        "on Debian 12: apt-get install python3"
    version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    log "creating .venv with $python (Python $version)"
    rm -rf "$VENV"
    if ! "$python" -m venv "$VENV" >/dev/null 2>&1; then
        # Debian splits venv/ensurepip off into python3.X-venv.
        rm -rf "$VENV"
        apt_install "python$version-venv"
        "$python" -m venv "$VENV" || die "could not create .venv with $python"
    fi
    rm -f "$STAMP"
}

install_python_packages() {
    local want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$VENV/bin/gapura" ]; then
        return 0
    fi
    log "installing Gapura and its test tools into .venv (pyproject.toml changed;" \
        "the first time this downloads PySide6 and takes a few minutes)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]' \
        || die "pip install failed"
    printf '%s\n' "$want" >"$STAMP"
}

# Compile resources/i18n/*.ts to the .qm files that Qt loads (the .qm are not in git).
compile_translations() {
    local ts qm
    shopt -s nullglob
    for ts in resources/i18n/*.ts; do
        qm="${ts%.ts}.qm"
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm" \
                || die "could not compile translation $ts"
        fi
    done
    shopt -u nullglob
}

# Fail early, with a clear message, when a Qt system library is still missing.
check_qt() {
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c '
from PySide6.QtWidgets import QApplication
from PySide6 import QtPdf, QtPrintSupport  # noqa: F401
QApplication([])' || die "PySide6 cannot start; a system library is missing (see above)"
}

setup() {
    apt_install "${QT_PACKAGES[@]}" "${TOOL_PACKAGES[@]}"
    venv_ok || create_venv
    install_python_packages
    compile_translations
    check_qt
}

have_screen() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]
}

cmd_demo() {
    setup
    if ! have_screen && [[ " $* " != *" --no-gui "* ]]; then
        log "no screen found (DISPLAY and WAYLAND_DISPLAY are unset): run the demo in a virtual" \
            "screen with 'xvfb-run -a ./dev.sh demo' (apt-get install xvfb), or headless with" \
            "'QT_QPA_PLATFORM=offscreen ./dev.sh demo'"
    fi
    exec "$VENV/bin/gapura" demo "$@"
}

cmd_test() {
    setup
    export QT_QPA_PLATFORM=offscreen
    log "ruff check"
    "$VENV/bin/ruff" check . || die "ruff found problems"
    log "pytest -n auto $*"
    local rc=0
    # One worker per core: each worker has its own Qt application, temp dirs and servers on
    # free ports, so the tests do not share anything but the CPU.
    "$VENV/bin/python" -m pytest -n auto "$@" || rc=$?
    if [ "$rc" -eq 5 ]; then
        die "pytest collected no tests"
    fi
    exit "$rc"
}

case "${1:-}" in
    demo) shift; cmd_demo "$@" ;;
    test) shift; cmd_test "$@" ;;
    setup) shift; [ $# -eq 0 ] || usage; setup; log "setup done" ;;
    *) usage ;;
esac
