# Wharf: two commands for a new user (`make run`, `make test`); the rest are for developers.
SHELL := /bin/bash
SWIFT ?= swift
BENCH_DIR ?= bench-data

.PHONY: deps build run tour test bench fuzz embed-specs clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build --product wharf

## Starts the daemon on the embedded default (examples/wharf.yaml: SQLite store and local folders under var/).
run: build
	@scripts/run.sh .build/debug/wharf

## The command-line tour on the sample files in examples/ (inspect, validate, translate, ack, partners).
tour: build
	@scripts/tour.sh .build/debug/wharf

## Builds and runs every test (unit, golden, streaming, conformance against ../shared/corpus when present).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Throughput and peak memory of the X12 reader and validator on generated 10 MB and 100 MB inputs.
bench: deps
	$(SWIFT) build -c release --product wharf-bench
	$(SWIFT) build -c release --product wharf
	@scripts/bench.sh $(BENCH_DIR)

## libFuzzer over the X12 reader and validator: FUZZ_RUNS executions (default 1,000,000).
fuzz:
	@scripts/fuzz.sh

## Re-embeds specs/x12 into the X12 module after editing the data files.
embed-specs:
	@scripts/embed-specs.sh

clean:
	rm -rf .build .build-fuzz $(BENCH_DIR)
