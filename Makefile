# gotrace: build, try, test.
#
#   make        build bin/gotrace (installs libseccomp-dev and pkg-config
#               with apt-get first when they are missing and make runs as root)
#   make run    build, then trace a real program
#   make test   vet, build and run every test
#   make fuzz   run each fuzz target for FUZZTIME (default 60s)
#   make bench  time gotrace against strace, native and the kernel's floors

GO       ?= go
BIN      := bin/gotrace
FUZZTIME ?= 60s
# Debian packages the build needs: libseccomp-golang compiles against
# libseccomp through cgo and finds it with pkg-config.
APT_DEPS := libseccomp-dev pkg-config

.PHONY: all build deps run test vet fmt-check fuzz bench generate clean

all: build

# deps installs what the build needs from Debian's packages when it is
# missing. It only installs as root; otherwise it says what to run.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libseccomp; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "make: installing $(APT_DEPS) with apt-get"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_DEPS) >/dev/null; \
		else \
			echo "make: gotrace needs $(APT_DEPS); install them (sudo apt-get install $(APT_DEPS)) or run make as root" >&2; \
			exit 1; \
		fi; \
	fi

# STATIC links gotrace statically (glibc's and libseccomp's archives, with
# Go's own user and host lookups instead of glibc's NSS modules): a
# dynamic gotrace spends 1-2 ms of every start in the dynamic loader, much
# of what separates a short traced run from strace. Where the archives are
# missing the ordinary dynamic build is made instead. (cmd/gotrace's tests
# build with the same flags.)
STATIC := -tags osusergo,netgo -ldflags '-linkmode external -extldflags "-static"'

build: deps
	@echo "$(GO) build (static) -o $(BIN) ./cmd/gotrace"
	@$(GO) build $(STATIC) -o $(BIN) ./cmd/gotrace 2>/dev/null || { \
		echo "make: no static link here; building a dynamic gotrace"; \
		$(GO) build -o $(BIN) ./cmd/gotrace; }

# run is the newcomer's first look: gotrace tracing ls, as strace would.
run: build
	$(BIN) ls /

vet:
	$(GO) vet ./...

fmt-check:
	@out="$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*'))"; \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# test runs everything CI runs: formatting, vet, the build, all tests, and
# the race detector on the packages with concurrency of their own.
test: deps fmt-check vet build
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race ./tracer/... ./cmd/...

# fuzz runs each fuzz target in turn for FUZZTIME.
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "== $$pkg $$target"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) $$pkg; \
		done; \
	done

# bench builds the C workloads of testdata/bench and times every mode; the
# table goes to stdout, the numbers to bench.json. BENCHRUNS runs of each.
BENCHRUNS ?= 3
bench: build
	$(GO) run ./cmd/gotrace-bench -gotrace $(BIN) -runs $(BENCHRUNS) -json bench.json

generate:
	$(GO) generate ./syscalls/

clean:
	rm -rf bin bench.json
