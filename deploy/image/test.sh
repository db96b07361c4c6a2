#!/usr/bin/env bash
# `make image-test`: build the image on a Debian stand-in base and smoke-test it inside itself.
# Needs root (buildah with chroot isolation) and buildah + debootstrap (the Makefile installs them).
#
#   deploy/image/test.sh [PYTHON]    # PYTHON runs the smoke test (the project's venv)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${1:-.venv/bin/python}
IMAGE=${QTREVIEW_TEST_IMAGE:-localhost/qtreview:test}

t0=$SECONDS
base=$(bash deploy/image/debian-base.sh)
t1=$SECONDS
bash deploy/image/build.sh "$base" "$IMAGE" >"${TMPDIR:-/tmp}/qtreview-image-build.log" 2>&1 \
  || { tail -40 "${TMPDIR:-/tmp}/qtreview-image-build.log" >&2; exit 1; }
# Build stages and images replaced by this build are dangling now: drop them, not the cache.
buildah rmi --prune >/dev/null 2>&1 || true
t2=$SECONDS
size=$(buildah images --format '{{.Size}}' "$IMAGE" | head -1)
echo "image $IMAGE: $size on $base (base $((t1 - t0)) s, build $((t2 - t1)) s)"
"$PY" -m tests.image_smoke "$IMAGE" "$base"
echo "image-test: base $((t1 - t0)) s, build $((t2 - t1)) s, smoke $((SECONDS - t2)) s"
