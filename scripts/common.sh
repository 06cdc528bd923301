# Shared by scripts/demo, scripts/test and .ci/run: make sure the machine can
# build plrustc. Safe to run any number of times.

# Debian packages the Swift toolchain needs to compile and link on Debian 12
# (C library headers, libgcc and libstdc++). Swift itself is not a Debian
# package: it must already be installed (swift.org toolchain).
PLRUSTC_DEBIAN_PACKAGES=(libc6-dev libgcc-12-dev libstdc++-12-dev)

# What plrustc builds with for aarch64-unknown-linux-gnu, and what the tests run
# that code with: Debian's rustc (1.63) with the arm64 standard library, the
# aarch64 GNU toolchain, and qemu. (The x86_64 target uses rustup's rustc, which
# is not a Debian package.) The `:arm64` package needs `dpkg --add-architecture arm64`.
PLRUSTC_DEBIAN_PACKAGES+=(rustc libstd-rust-dev:arm64 gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static)

# The offline crate registry bodies with dependencies build against (Debian's
# /usr/share/cargo/registry); the tests build a body that uses rand 0.8.
PLRUSTC_DEBIAN_PACKAGES+=(librust-rand-dev)

# Installs whichever of PLRUSTC_DEBIAN_PACKAGES is missing, with apt-get, as root.
ensure_debian_packages() {
    if ! command -v dpkg >/dev/null 2>&1; then
        echo "note: not a Debian system (no dpkg); skipping package checks" >&2
        return 0
    fi
    local missing=() package
    for package in "${PLRUSTC_DEBIAN_PACKAGES[@]}"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    local as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            echo "error: missing Debian packages (${missing[*]}); run this script as root" >&2
            return 1
        fi
    fi
    echo "installing Debian packages: ${missing[*]}" >&2
    if [[ " ${missing[*]} " == *":arm64 "* ]] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
        "${as_root[@]}" dpkg --add-architecture arm64
    fi
    "${as_root[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Puts a Swift toolchain on PATH, or explains where to get one.
ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        local candidate
        for candidate in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
            if [[ -x $candidate/swift ]]; then
                export PATH="$candidate:$PATH"
                break
            fi
        done
    fi
    if ! command -v swift >/dev/null 2>&1; then
        echo "error: no Swift toolchain found; plrustc needs Swift 6.1 or later (swift.org) on PATH" >&2
        return 1
    fi
}

# The repository root (the directory above scripts/).
plrustc_root() {
    cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd
}
