# kb — build, test, demo, benchmark and install. Needs Swift 6 and SQLite's and libxml2's headers (libsqlite3-dev, libxml2-dev).
PREFIX ?= /usr/local
SWIFT ?= swift
KB := .build/release/kb

.PHONY: build release test demo bench bench-refresh bench-corpus install clean deps fuzz sanitize

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product kb

# The end-to-end tests run the release binary, as users do.
test: release
	KB_BIN=$(CURDIR)/$(KB) $(SWIFT) test

# SQLite's and libxml2's headers, installed when we may (root) and explained when we may not.
deps:
	@if ! pkg-config --exists sqlite3 libxml-2.0 2>/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update && apt-get install -y libsqlite3-dev libxml2-dev pkg-config; \
		else \
			echo "kb needs SQLite's and libxml2's headers: sudo apt-get install -y libsqlite3-dev libxml2-dev pkg-config"; exit 1; \
		fi; \
	fi

demo: deps release
	rm -f demo.db demo.db-wal demo.db-shm demo.db.lock
	$(KB) ingest --db demo.db examples
	$(KB) query donations --db demo.db
	$(KB) query contracts --db demo.db

# libFuzzer on the extraction pipeline and the money and date parsers, FUZZ_SECONDS each (own build folder, so the
# normal builds are not invalidated). A crash leaves its input in Fuzz/Crashers/; `.build/debug/kb-fuzz FILE` replays it.
FUZZ_SECONDS ?= 60
fuzz:
	$(SWIFT) build -c release --product kb-fuzz --scratch-path .build/fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
		-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	@for target in pipeline money date; do \
		mkdir -p .build/fuzz/corpus/$$target; \
		echo "fuzz: $$target for $(FUZZ_SECONDS) s"; \
		KB_FUZZ_TARGET=$$target .build/fuzz/release/kb-fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
			-print_final_stats=1 -artifact_prefix=Fuzz/Crashers/$$target- .build/fuzz/corpus/$$target Fuzz/Corpus \
			> .build/fuzz/$$target.log 2>&1; status=$$?; \
		grep -E "^(Done|stat::(average_exec_per_sec|peak_rss_mb))|ERROR|SUMMARY" .build/fuzz/$$target.log; \
		echo "corpus: $$(ls .build/fuzz/corpus/$$target | wc -l) inputs"; \
		test $$status -eq 0 || exit 1; \
	done

# The tests under AddressSanitizer, then ThreadSanitizer (own build folders). The end-to-end tests run the release
# binary; leaks Foundation and XCTest keep for the life of the test process are suppressed (Tests/lsan-suppressions.txt).
sanitize: release
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt KB_BIN=$(CURDIR)/$(KB) \
		$(SWIFT) test --sanitize=address --scratch-path .build/asan
	TSAN_OPTIONS=halt_on_error=1 KB_BIN=$(CURDIR)/$(KB) $(SWIFT) test --sanitize=thread --scratch-path .build/tsan

# Times kb on generated corpora of BENCH_N articles (comma-separated; default 10000,100000, which takes hours on
# two cores; BENCH_N=2000 takes a few minutes) against a bare SQLite+FTS5 baseline; BENCH_RUNS runs each (3).
# Prints the table, writes it to docs/benchmarks.md and the raw figures to bench/results/. See scripts/bench.sh.
bench: release
	$(SWIFT) build -c release --product kb-bench
	scripts/bench.sh $(KB)

# A refresh of 1,000 unchanged articles, timed 5 times (median); fails if any article text was read.
bench-refresh: release
	scripts/bench-refresh.sh $(KB) 1000

# The generated benchmark corpus: N articles in DIR/corpus, their planted facts in DIR/gold (score.py's format).
# The same N always gives the same bytes. Score kb on it with
#   python3 ../shared/eval/score.py --kb .build/release/kb --corpus DIR/corpus --gold DIR/gold
N ?= 1000
DIR ?= .build/bench-corpus/$(N)
bench-corpus:
	$(SWIFT) build -c release --product kb-bench
	@test -n "$(DIR)" || { echo "bench-corpus: DIR is empty"; exit 2; }
	rm -rf $(DIR)/corpus $(DIR)/gold
	.build/release/kb-bench generate $(N) $(DIR)
	@echo "bench-corpus: $(N) articles in $(DIR)/corpus, planted facts in $(DIR)/gold"

install: release
	install -d $(PREFIX)/bin
	install -m 755 $(KB) $(PREFIX)/bin/kb

clean:
	rm -rf .build demo.db demo.db-wal demo.db-shm
