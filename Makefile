# The two commands a user needs (README):
#   make demo   install missing Debian packages, build (Release), run casus
#               on the bundled demo article
#   make test   build and run every test through ctest
# Other targets: build, bench, clean;
#   make release    casus built with profile-guided optimization, trained on
#                   the bundled corpora (build-release/casus)
#   make sanitize   the test suite under AddressSanitizer + UBSan (build-asan/)
#   make fuzz       every libFuzzer target for FUZZ_SECONDS each (build-fuzz/)

SHELL := /bin/bash
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

FUZZ_SECONDS ?= 30
FUZZERS = tokenize_split_fuzzer pipeline_fuzzer jsonl_reader_fuzzer gold_reader_fuzzer \
  rules_fuzzer claim_set_fuzzer
# Inputs up to 1 MiB, so runs long enough to expose superlinear time are
# reachable; the JSON readers get a dictionary, so deep nesting is too.
FUZZ_MAX_LEN ?= 1048576
JSON_FUZZERS = jsonl_reader_fuzzer gold_reader_fuzzer claim_set_fuzzer

.PHONY: all build demo test bench clean deps sanitize fuzz release

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
	$(BUILD)/casus report corpora/seed -o out/seed.html --title "Casus: the founding article"
	@echo "Wrote out/seed.jsonl (per document), out/seed.claims.jsonl (claim set)"
	@echo "and out/seed.html (open it in a browser: file://$(CURDIR)/out/seed.html)."

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	$(BUILD)/benchmarks/stages_benchmark --benchmark_min_time=0.5

# Two compilations of one tree: instrumented, then with the profiles a
# single-threaded run over the bundled corpora (team, seed, real) wrote.
# The training text is not the benchmark corpus. Output is byte-identical
# to the plain build's (docs/performance.md).
PGO_TRAINING = corpora/real/tune corpora/real/check corpora/team corpora/seed
RELEASE_FLAGS = -DCMAKE_BUILD_TYPE=Release -DCASUS_BUILD_TESTS=OFF \
  -DCASUS_BUILD_BENCHMARKS=OFF -DCASUS_BUILD_PYTHON=OFF
release:
	@tools/deps.sh build
	cmake -S . -B build-release -G Ninja $(RELEASE_FLAGS) -DCASUS_PGO=generate
	cmake --build build-release -j $(JOBS) --target casus
	find build-release -name '*.gcda' -delete
	build-release/casus extract $(PGO_TRAINING) -j 1 -q > /dev/null
	cmake -S . -B build-release -G Ninja $(RELEASE_FLAGS) -DCASUS_PGO=use
	cmake --build build-release -j $(JOBS) --target casus
	@echo "Built build-release/casus (profile-guided)."

sanitize:
	@tools/deps.sh test
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCASUS_SANITIZE=ON -DCASUS_BUILD_BENCHMARKS=OFF
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS)

fuzz:
	@tools/deps.sh fuzz
	cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=clang++-14 -DCASUS_BUILD_FUZZERS=ON \
	  -DCASUS_BUILD_TESTS=OFF -DCASUS_BUILD_BENCHMARKS=OFF
	cmake --build build-fuzz -j $(JOBS)
	@mkdir -p build-fuzz/findings
	@set -e; for f in $(FUZZERS); do \
	  mkdir -p build-fuzz/corpus/$$f; \
	  dict=; case " $(JSON_FUZZERS) " in *" $$f "*) dict=-dict=tests/fuzz/json.dict;; esac; \
	  echo "fuzz: $$f for $(FUZZ_SECONDS) s"; \
	  build-fuzz/tests/fuzz/$$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -max_len=$(FUZZ_MAX_LEN) $$dict -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/findings/$$f- \
	    build-fuzz/corpus/$$f tests/fuzz/corpus/$$f 2>&1 | \
	    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|ERROR|SUMMARY|Done" ; \
	  test $${PIPESTATUS[0]:-0} -eq 0; \
	done

clean:
	rm -rf $(BUILD) build-asan build-fuzz build-release out
