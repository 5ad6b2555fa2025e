# patchsh — the two commands a new machine needs: `make demo` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug

.PHONY: setup build demo test fuzz bench clean

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
	fuzz/run.sh $(FUZZ_CI_SECONDS)

# libFuzzer targets (lexer/parser, response decoder, patchsim's request parser), each run for
# FUZZ_SECONDS with AddressSanitizer; seeds in fuzz/corpus/TARGET. `make test` runs each briefly.
FUZZ_SECONDS ?= 60
FUZZ_CI_SECONDS ?= 20
fuzz:
	fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build
