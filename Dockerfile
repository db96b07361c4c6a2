# qtreview, the GitHub App. Build: `docker build -t qtreview .` (or `make image-test`, which builds
# it with buildah and smoke-tests it). Run:
#   docker run -p 8080:8080 -v qtreview-state:/var/lib/qtreview -e GITHUB_APP_ID=... \
#     -e GITHUB_PRIVATE_KEY_PATH=/run/secrets/app.pem -e GITHUB_WEBHOOK_SECRET=... qtreview
# `docker run qtreview qtreview serve --help` lists every setting; docs/deploying.md explains them.

# Any image with Python 3.11, pip and CA certificates on PATH (CI builds a Debian stand-in).
ARG BASE_IMAGE=python:3.11-slim

# Build stage: the source tree and its dependencies as wheels, so the runtime image holds no
# sources, build tools or pip caches.
FROM ${BASE_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
WORKDIR /src
COPY pyproject.toml README.md ./
COPY checks ./checks
COPY bot ./bot
RUN pip wheel --quiet --wheel-dir /wheels .

# Runtime stage: the wheels installed from a bind mount of the build stage (no copy left in a
# layer), offline, and a non-root user whose only writable place is the state volume.
FROM ${BASE_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    QTREVIEW_HOST=0.0.0.0 \
    QTREVIEW_PORT=8080 \
    QTREVIEW_STATE_DIR=/var/lib/qtreview
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --quiet --no-index --find-links=/wheels qtreview \
    && useradd --uid 10001 --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin qtreview \
    && mkdir -p /var/lib/qtreview && chown 10001:10001 /var/lib/qtreview && chmod 0700 /var/lib/qtreview
# The durable journal of acknowledged deliveries: keep it on a volume so a restart resumes them.
VOLUME ["/var/lib/qtreview"]
USER 10001:10001
WORKDIR /var/lib/qtreview
EXPOSE 8080
# curl is not in the slim image; Python is.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python3", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('QTREVIEW_PORT', '8080') + '/healthz', timeout=4)"]
# SIGTERM stops intake and lets reviews in flight finish (QTREVIEW_SHUTDOWN_GRACE, default 25 s).
STOPSIGNAL SIGTERM
CMD ["qtreview", "serve"]
