#!/usr/bin/env bash
# A stand-in for python:3.11-slim where no image registry is reachable: Debian bookworm from
# Debian's own packages (debootstrap), with the same contract: Python 3.11, pip and CA
# certificates on PATH, pip allowed to install into the system Python (as in the official image).
#
#   deploy/image/debian-base.sh [IMAGE]     # prints the image name when done
#
# The root filesystem is cached as a tarball outside the repository (QTREVIEW_IMAGE_CACHE,
# default /var/cache/qtreview-image), keyed by this script's content; a clean machine builds it.
set -euo pipefail

SUITE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PACKAGES=python3,python3-pip,ca-certificates
CACHE=${QTREVIEW_IMAGE_CACHE:-/var/cache/qtreview-image}
KEY=$(cksum <"$0" | cut -d' ' -f1)
IMAGE=${1:-localhost/qtreview-base:$SUITE-$KEY}
TARBALL=$CACHE/$SUITE-python-$KEY.tar

log() { echo "debian-base: $*" >&2; }

if buildah inspect --type image "$IMAGE" >/dev/null 2>&1; then
  log "$IMAGE already built"
  echo "$IMAGE"
  exit 0
fi

if [ ! -s "$TARBALL" ]; then
  mkdir -p "$CACHE"
  work=$(mktemp -d "$CACHE/rootfs.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  log "debootstrap $SUITE ($PACKAGES) from $MIRROR"
  debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$work/rootfs" "$MIRROR" \
    >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  root=$work/rootfs
  # What the image needs at run time only: no package lists, caches, docs, manuals or locales.
  rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/* \
    "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
    "$root"/usr/share/locale/* "$root"/tmp/* "$root"/dev/*
  # The official image's Python belongs to the image, so pip installs into it; here too.
  rm -f "$root"/usr/lib/python3.*/EXTERNALLY-MANAGED
  ln -sf python3 "$root/usr/bin/python"
  tar --numeric-owner -C "$root" -cf "$TARBALL.part" .
  mv "$TARBALL.part" "$TARBALL"
fi

log "importing $TARBALL as $IMAGE"
ctr=$(buildah from scratch)
buildah add --quiet "$ctr" "$TARBALL" / >/dev/null
buildah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env LANG=C.UTF-8 --cmd python3 "$ctr"
buildah commit --quiet --rm "$ctr" "$IMAGE" >/dev/null
echo "$IMAGE"
