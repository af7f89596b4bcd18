#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what is missing, builds, then starts the app
# on the bundled dataset (`run`), runs every test (`test`), or runs them under AddressSanitizer and
# UndefinedBehaviorSanitizer (`asan`). `format` applies .clang-format to our sources; `format-check` lists
# the files it would change and fails if there are any. `fuzz [SECONDS]` builds the fuzz targets with clang's
# libFuzzer and runs each for SECONDS (default 60). `package` builds the Debian package and checks it with
# lintian, desktop-file-validate and appstreamcli; `package-test` then installs it, runs it from the installed
# path, and purges it, failing if anything is left behind. Needs root or sudo only to install packages.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libsqlite3-dev libssl-dev # the dataset file, and SHA-256 fast enough to check it on every load
    libqt6sql6-sqlite # the tests edit dataset files through Qt SQL
    libqcustomplot-dev libqcustomplot2.1-qt6
    fonts-dejavu-core fonts-ipafont-gothic fonts-noto-cjk # Japanese on screen and in exports
    qt6-translations-l10n # Qt's own Japanese strings for standard dialogs
    poppler-utils # pdftotext, used by the export tests
    librsvg2-bin # rsvg-convert: the export tests re-render our SVG with a renderer independent of Qt
    clang-format # .clang-format is checked in CI; Debian 12's version (14) is the reference
)
FUZZ_PACKAGES=(clang libclang-rt-dev) # libFuzzer and clang's sanitizers, for `fuzz` only
PACKAGE_CHECKS=(lintian desktop-file-utils appstream) # for `package` and `package-test` only

# Every tracked C++ file of ours; the formatter's reference is .clang-format at the root.
cpp_sources() {
    git ls-files -- 'app/*.cpp' 'app/*.h' 'widgets/*.cpp' 'widgets/*.h' 'data/*.cpp' 'data/*.h' \
        'tests/*.cpp' 'tests/*.h' 'fuzz/*.cpp'
}

install_missing_packages() {
    local missing=()
    for package in "${PACKAGES[@]}" "$@"; do
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
asan)
    install_missing_packages
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
    ;;
fuzz)
    install_missing_packages "${FUZZ_PACKAGES[@]}"
    seconds="${2:-60}"
    cmake --preset fuzz
    cmake --build --preset fuzz
    # What each fuzzer learns is kept in build/fuzz/corpus-*; the seeds in the tree are only read.
    mkdir -p build/fuzz/corpus-csv build/fuzz/corpus-loader
    build/fuzz/fuzz/fuzz_csv -max_total_time="$seconds" build/fuzz/corpus-csv fuzz/corpus/csv tests/fixtures/tiny
    build/fuzz/fuzz/fuzz_datasetloader -max_total_time="$seconds" build/fuzz/corpus-loader build/fuzz/fuzz/corpus/loader
    ;;
format)
    install_missing_packages
    cpp_sources | xargs clang-format -i
    ;;
package | package-test)
    install_missing_packages "${PACKAGE_CHECKS[@]}"
    cmake --preset release
    cmake --build --preset release
    rm -f build/release/ai-policy-explorer_*.deb
    (cd build/release && cpack -G DEB)
    deb=$(ls build/release/ai-policy-explorer_*.deb)
    # Findings fail the step; the one left, the reverse-DNS id AppStream prefers, is explained in the file.
    lintian --fail-on error,warning "$deb"
    desktop-file-validate packaging/ai-policy-explorer.desktop
    appstreamcli validate --no-net packaging/ai-policy-explorer.metainfo.xml ||
        [ "$(appstreamcli validate --no-net packaging/ai-policy-explorer.metainfo.xml | grep -c '^[EW]:')" = 1 ]
    echo "built and checked $deb"
    [ "$1" = package ] && exit 0
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "./$deb"
    work=$(mktemp -d)
    # Its dataset snapshots go to the throwaway folder too, not the user's cache.
    (cd "$work" && export XDG_CACHE_HOME="$work/cache" && ai-policy-explorer --version &&
        ai-policy-explorer export --view comparison --countries JPN,USA --output "$work/comparison.pdf" &&
        test -s "$work/comparison.pdf")
    rm -rf "$work"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get purge -y ai-policy-explorer
    for left in /usr/bin/ai-policy-explorer /usr/share/ai-policy-explorer /usr/share/doc/ai-policy-explorer \
        /usr/share/applications/ai-policy-explorer.desktop /usr/share/metainfo/ai-policy-explorer.metainfo.xml; do
        if [ -e "$left" ]; then
            echo "left behind after purge: $left" >&2
            exit 1
        fi
    done
    echo "installed, ran and purged $deb"
    ;;
format-check)
    install_missing_packages
    unformatted=()
    while IFS= read -r file; do
        clang-format --dry-run --Werror "$file" 2>/dev/null || unformatted+=("$file")
    done < <(cpp_sources)
    if [ ${#unformatted[@]} -ne 0 ]; then
        printf 'not formatted: %s\n' "${unformatted[@]}" >&2
        echo "${#unformatted[@]} file(s) differ from .clang-format; packaging/dev.sh format applies it" >&2
        exit 1
    fi
    ;;
*)
    echo "usage: packaging/dev.sh run [app options] | test | asan | fuzz [seconds] | format | format-check |" \
        "package | package-test" >&2
    exit 2
    ;;
esac
