# parley: the two set-up commands (`make demo`, `make test`) and the usual build targets.
# Everything a fresh Debian bookworm machine needs is installed by scripts/bootstrap.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all build bootstrap demo test bench clean

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

bench: bootstrap
	@$(MAKE) --no-print-directory build
	$(BUILD_DIR)/parley_bench
	$(BUILD_DIR)/parley_api_load

clean:
	rm -rf $(BUILD_DIR)
