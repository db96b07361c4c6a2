# Two commands on a fresh machine: `make demo` and `make test`. Everything they need is installed here.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := qt6-base-dev qt6-websockets-dev qt6-networkauth-dev libqt6opengl6-dev redis-server
# Real Qt code nobody here wrote (tests/bench/test_wild_corpus.py, bench/wild.py): Debian's Qt 5
# example packages, unpacked outside the repository; never copied into it.
WILD_PACKAGES := qtbase5-examples qtwebsockets5-examples qtremoteobjects5-examples \
  qtconnectivity5-examples qtserialbus5-examples qtnetworkauth5-examples
WILD_DIR ?= $(or $(QTREVIEW_WILD),$(or $(XDG_CACHE_HOME),$(HOME)/.cache)/qtreview-wild)
# What `make image-test` needs to build an image with no Docker daemon or registry (and the
# redis-server its smoke test runs serve and worker against).
IMAGE_APT_PACKAGES := buildah debootstrap redis-server

.PHONY: demo test lint typecheck pytest bench system-deps wild-corpus image-test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

# Debian packages the tests use: the real Qt 6 headers, WebSockets included (fidelity tests,
# clang-tidy benchmark).
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

# apt-get download + dpkg -x: the packages' files land in $(WILD_DIR), nothing is installed.
wild-corpus:
	@if [ ! -f "$(WILD_DIR)/.complete" ]; then \
	  echo "unpacking $(WILD_PACKAGES) into $(WILD_DIR)"; \
	  rm -rf "$(WILD_DIR)" && mkdir -p "$(WILD_DIR)/debs" && cd "$(WILD_DIR)/debs" && \
	  { apt-get download -qq $(WILD_PACKAGES) 2>/dev/null || \
	    { $(SUDO) apt-get update -qq && apt-get download -qq $(WILD_PACKAGES); }; } && \
	  for deb in *.deb; do dpkg -x "$$deb" "$(WILD_DIR)"; done && \
	  cd / && rm -rf "$(WILD_DIR)/debs" && touch "$(WILD_DIR)/.complete"; \
	fi

# The Docker image built with buildah on a debootstrap stand-in for python:3.11-slim, then run:
# `qtreview check` and `qtreview serve` against the GitHub emulator (deploy/image/, docs/deploying.md).
image-test: $(STAMP)
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(IMAGE_APT_PACKAGES)"
	bash deploy/image/test.sh $(PY)

demo: $(STAMP)
	$(PY) -m tests.demo

lint: $(STAMP)
	$(VENV)/bin/ruff check bot checks tests bench
	$(VENV)/bin/ruff format --check bot checks tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict bot checks

pytest: $(STAMP) system-deps wild-corpus
	QTREVIEW_WILD="$(WILD_DIR)" $(PY) -m pytest

test: lint typecheck pytest

bench: $(STAMP) system-deps wild-corpus
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES=valgrind
	$(PY) bench/engine.py
	$(PY) bench/instructions.py
	QTREVIEW_WILD="$(WILD_DIR)" $(PY) bench/wild.py
	$(PY) bench/service.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
