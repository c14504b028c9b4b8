# kb — build, test, demo, benchmark and install. Needs Swift 6 and SQLite's headers (libsqlite3-dev).
PREFIX ?= /usr/local
SWIFT ?= swift
KB := .build/release/kb

.PHONY: build release test demo bench install clean deps

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release --product kb

# The end-to-end tests run the release binary, as users do.
test: release
	KB_BIN=$(CURDIR)/$(KB) $(SWIFT) test

# SQLite's headers, installed when we may (root) and explained when we may not.
deps:
	@if ! pkg-config --exists sqlite3 2>/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update && apt-get install -y libsqlite3-dev pkg-config; \
		else \
			echo "kb needs SQLite's headers: sudo apt-get install -y libsqlite3-dev pkg-config"; exit 1; \
		fi; \
	fi

demo: deps release
	rm -f demo.db demo.db-wal demo.db-shm
	$(KB) ingest --db demo.db examples
	$(KB) query donations --db demo.db
	$(KB) query contracts --db demo.db

bench: release
	scripts/bench.sh $(KB)

install: release
	install -d $(PREFIX)/bin
	install -m 755 $(KB) $(PREFIX)/bin/kb

clean:
	rm -rf .build demo.db demo.db-wal demo.db-shm
