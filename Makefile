# parley: the two set-up commands (`make demo`, `make test`) and the usual build targets.
# Everything a fresh Debian bookworm machine needs is installed by scripts/bootstrap.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all build bootstrap demo test test-sanitize bench fuzz clean

all: build

bootstrap:
	@scripts/bootstrap

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Ingest the bundled example articles into a fresh database and show who talked to whom.
demo: bootstrap
	@$(MAKE) --no-print-directory build
	@examples/demo.sh $(BUILD_DIR)/parley

test: bootstrap
	@$(MAKE) --no-print-directory build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Every test again with AddressSanitizer and UndefinedBehaviorSanitizer, in its own build folder.
# RelWithDebInfo, not Debug: optimised code keeps the long end-to-end tests (crash and power-cut
# rounds, the 1 GB inputs) within their time limits under the sanitizers' slowdown, and -g still
# gives reports with lines. The browser test is left out: what it adds to the others is the
# dashboard's JavaScript in Chromium, which the sanitizers do not see; the C++ behind it (`parley
# serve`) is run here by the HTTP API unit tests.
SANITIZE_DIR ?= build-sanitize
test-sanitize: bootstrap
	cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_DIR) -j $(JOBS)
	cd $(SANITIZE_DIR) && ctest --output-on-failure -j $(JOBS) -E '^browser[.]'

bench: bootstrap
	@$(MAKE) --no-print-directory build
	$(BUILD_DIR)/parley_bench
	$(BUILD_DIR)/parley_api_load
	$(BUILD_DIR)/parley_query_bench --interactions 100000
	$(BUILD_DIR)/parley_graph_bench

# libFuzzer targets (tests/fuzz), built with clang, ASan and UBSan in their own build folder and
# run FUZZ_SECONDS each: `make fuzz FUZZ_SECONDS=600` is the ten-minute run.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = fuzz_jsonl fuzz_html fuzz_normalizer fuzz_dates fuzz_extractor
fuzz:
	@scripts/bootstrap --fuzz
	CXX=clang++ CC=clang cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_FUZZ=ON \
	  -DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_BENCH=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target $(FUZZ_TARGETS)
	tests/fuzz/run $(FUZZ_DIR)/fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR) $(FUZZ_DIR) $(SANITIZE_DIR)
