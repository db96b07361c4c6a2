# qtreview, the GitHub App: `docker build -t qtreview . && docker run -p 8080:8080 \
#   -e GITHUB_APP_ID=... -e GITHUB_PRIVATE_KEY_PATH=/run/secrets/app.pem -e GITHUB_WEBHOOK_SECRET=... qtreview`
# `docker run qtreview qtreview serve --help` lists every setting.

# Build stage: turn the source tree into a wheel, so the runtime image holds no sources or tools.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY checks ./checks
COPY bot ./bot
RUN pip wheel --no-deps --wheel-dir /wheels .

# Runtime stage: the wheel and its runtime dependencies only (no dev extras), as a non-root user.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    QTREVIEW_HOST=0.0.0.0 \
    QTREVIEW_PORT=8080
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl && rm -rf /wheels \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin qtreview
USER 10001
EXPOSE 8080
# curl is not in the slim image; Python is.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('QTREVIEW_PORT', '8080') + '/healthz', timeout=4)"]
# SIGTERM lets reviews in flight finish (QTREVIEW_SHUTDOWN_GRACE, default 25 s): give it time.
STOPSIGNAL SIGTERM
CMD ["qtreview", "serve"]
