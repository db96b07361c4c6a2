#!/usr/bin/env bash
# Build the qtreview image with buildah: no Docker daemon, chroot isolation.
#
#   deploy/image/build.sh [BASE_IMAGE [TAG]]   # defaults: python:3.11-slim, localhost/qtreview:dev
#
# Package downloads in the build trust what the build host trusts: its certificate store and pip
# configuration (/etc/pip.conf, /etc/xdg/pip, PIP_* variables) are bind-mounted read-only into the
# build's RUN steps, never copied into a layer.
set -euo pipefail
cd "$(dirname "$0")/../.."

BASE_IMAGE=${1:-python:3.11-slim}
TAG=${2:-localhost/qtreview:dev}

mounts=()
[ -d /etc/ssl/certs ] && mounts+=(--volume /etc/ssl/certs:/etc/ssl/certs:ro)
[ -f /etc/pip.conf ] && mounts+=(--volume /etc/pip.conf:/etc/pip.conf:ro)
[ -d /etc/xdg/pip ] && mounts+=(--volume /etc/xdg/pip:/etc/xdg/pip:ro)
# PIP_* variables become the build's user-level pip configuration (same meaning), so they need not
# be baked in as ARG or ENV; one naming a host path the build cannot see (e.g. a wheel dir) is left out.
pipconf=$(mktemp -d)
trap 'rm -rf "$pipconf"' EXIT
if env | grep -q '^PIP_'; then
  python3 - "$pipconf/pip.conf" <<'PY'
import configparser, os, sys
conf = configparser.RawConfigParser()
visible = ("/etc/ssl/certs", "/etc/pip.conf", "/etc/xdg/pip")
conf["global"] = {
    k[4:].lower().replace("_", "-"): v
    for k, v in sorted(os.environ.items())
    if k.startswith("PIP_") and (not v.startswith("/") or v.startswith(visible))
}
with open(sys.argv[1], "w") as f:
    conf.write(f)
PY
  mounts+=(--volume "$pipconf/pip.conf:/root/.config/pip/pip.conf:ro")
fi

echo "image build: $TAG from $BASE_IMAGE" >&2
buildah build --isolation chroot --format docker \
  --build-arg "BASE_IMAGE=$BASE_IMAGE" "${mounts[@]}" --tag "$TAG" .
