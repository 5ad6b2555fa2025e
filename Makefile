# patchsh — the two commands a new machine needs: `make demo` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug

.PHONY: setup setup-test build demo test fuzz bench docs clean

# Installs what Debian must provide when it is missing: pkg-config, libedit-dev and libcurl4-openssl-dev.
setup:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		echo "Installing libedit-dev (needed for line editing)…"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q pkg-config libedit-dev; \
	fi
	@if ! pkg-config --exists libcurl 2>/dev/null; then \
		echo "Installing libcurl4-openssl-dev (the HTTP transport)…"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q pkg-config libcurl4-openssl-dev; \
	fi

# What only the tests need: headless Chromium opens the HTML report and screenshots its chart.
setup-test: setup
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing chromium (the tests screenshot the HTML report)…"; \
		$(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium; \
	fi

build: setup
	$(SWIFT) build

# The shell against the built-in emulator: log in as demo / demo.
demo: build
	$(BIN)/patchsh --demo

test: setup-test
	SWIFT=$(SWIFT) FUZZ_CI_SECONDS=$(FUZZ_CI_SECONDS) scripts/test.sh

# libFuzzer targets (lexer/parser, response decoder, patchsim's request parser), each run for
# FUZZ_SECONDS with AddressSanitizer; seeds in fuzz/corpus/TARGET. `make test` runs each briefly.
FUZZ_SECONDS ?= 60
FUZZ_CI_SECONDS ?= 20
fuzz:
	fuzz/run.sh $(FUZZ_SECONDS)

# Every benchmark under bench/, in release mode; figures go to BENCHMARKS.md by hand.
bench: setup
	$(SWIFT) build -c release --product patchsh
	$(SWIFT) build -c release --product patchsim
	$(SWIFT) build -c release --product bench-completion
	bench/language.sh .build/release/patchsh
	bench/fleet.sh .build/release
	.build/release/bench-completion 20000

# Regenerates docs/COMMANDS.md from the commands' declarations.
docs: build
	scripts/generate-commands-doc.sh

clean:
	rm -rf .build
