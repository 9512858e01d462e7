# The two commands a user needs (README):
#   make demo   install missing Debian packages, build (Release), run casus
#               on the bundled demo article
#   make test   build and run every test through ctest
# Other targets: build, bench, clean.

BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all build demo test bench clean deps

all: build

deps:
	@tools/deps.sh test

$(BUILD)/build.ninja:
	@tools/deps.sh test
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: $(BUILD)/build.ninja
	@tools/deps.sh test
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@mkdir -p out
	$(BUILD)/casus extract corpora/seed -o out/seed.jsonl --claims-out out/seed.claims.jsonl --summary
	@echo "Wrote out/seed.jsonl (per document) and out/seed.claims.jsonl (claim set)."

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	$(BUILD)/benchmarks/stages_benchmark --benchmark_min_time=0.5

clean:
	rm -rf $(BUILD) out
