# patchsh — the two commands a new machine needs: `make demo` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug

.PHONY: setup build demo test bench clean

# Installs what Debian must provide when it is missing: pkg-config and libedit-dev.
setup:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		echo "Installing libedit-dev (needed for line editing)…"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q pkg-config libedit-dev; \
	fi

build: setup
	$(SWIFT) build

# The shell against the built-in emulator: log in as demo / demo.
demo: build
	$(BIN)/patchsh --demo

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Interpreter speed: statements per second, parse time of a 10,000-line script (see BENCHMARKS.md).
bench: setup
	$(SWIFT) build -c release --product patchsh
	bench/language.sh .build/release/patchsh

clean:
	rm -rf .build
