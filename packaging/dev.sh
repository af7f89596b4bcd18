#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what is missing, builds, then starts the app
# on the bundled dataset (`run`) or runs every test (`test`). Needs root or sudo only to install packages.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    fonts-dejavu-core fonts-ipafont-gothic fonts-noto-cjk # Japanese on screen and in exports
    qt6-translations-l10n # Qt's own Japanese strings for standard dialogs
    poppler-utils # pdftotext, used by the export tests
)

install_missing_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

case "${1:-}" in
run)
    install_missing_packages
    cmake --preset release
    cmake --build --preset release
    exec build/release/bin/ai-policy-explorer "${@:2}"
    ;;
test)
    install_missing_packages
    cmake --preset dev
    cmake --build --preset dev
    ctest --preset dev
    ;;
*)
    echo "usage: packaging/dev.sh run [app options] | packaging/dev.sh test" >&2
    exit 2
    ;;
esac
