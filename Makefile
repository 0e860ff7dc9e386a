# The two set-up commands of the README, and a few conveniences.
PREFIX ?= /usr/local

.PHONY: demo example-history test deps release install bench bench-history bench-peers clean

deps:
	@scripts/install-deps.sh

# Builds tavle and runs the bundled example workspace into output/nb: the learning network's four
# gatherings replayed in order with the team journals as they stood (scripts/example-history.sh),
# a report per team each time, then the GP supervision group; then checks every report. Then the
# Swedish and Danish example networks into output/sv and output/da (scripts/nordic-examples.sh).
demo: deps release
	for notebook in Notebooks/samling-*.md Notebooks/veiledningsgruppe-*.md; do .build/release/tavle check $$notebook || exit 1; done
	scripts/example-history.sh .build/release/tavle output/nb
	.build/release/tavle verify --workspace Notebooks
	scripts/nordic-examples.sh .build/release/tavle

# The example history alone, into another folder: make example-history OUTPUT=/tmp/historikk
OUTPUT ?= output/nb
example-history: release
	scripts/example-history.sh .build/release/tavle $(OUTPUT)

# The tests print handouts with headless Chromium, run the example notebooks against a
# PostgreSQL server on loopback and the research examples with Python, so this also installs
# all three and starts the server.
test:
	@scripts/install-deps.sh --browser --postgres --python
	TAVLE_TEST_POSTGRES="$$(scripts/test-postgres.sh)" TAVLE_TEST_POSTGRES_PASSWORD=tavle-test swift test

# The Swift runtime and Foundation linked in: a process then starts without resolving
# thousands of symbols in shared libraries, which was a third of a one-team run (67 -> 42 ms).
release: deps
	swift build -c release --product tavle --static-swift-stdlib
	@# The source commit the program was built from, which each run's commit names (Tool-Build).
	@(git rev-parse HEAD 2>/dev/null | tr -d '\n'; git diff --quiet HEAD 2>/dev/null || printf -- '-dirty') > .build/release/tavle-build-commit || rm -f .build/release/tavle-build-commit

install: release
	install -d $(PREFIX)/bin
	install -m 755 .build/release/tavle $(PREFIX)/bin/tavle
	install -d $(PREFIX)/share/tavle
	if [ -s .build/release/tavle-build-commit ]; then install -m 644 .build/release/tavle-build-commit $(PREFIX)/share/tavle/build-commit; fi
	install -d $(PREFIX)/share/tavle/prompts
	install -m 644 Sources/TavlePrompts/Library/*.yaml $(PREFIX)/share/tavle/prompts/

bench: release
	scripts/bench.sh

# The same report in tavle, Jupyter, Quarto and R Markdown, and tavle on 2,000 teams (.bench/).
bench-peers: release
	scripts/bench-peers.sh

# history and trace on a generated report repository of 10,000 runs.
bench-history: release
	swift build -c release --product tavle-history-fixture --static-swift-stdlib
	scripts/bench-history.sh

clean:
	rm -rf .build Notebooks/.tavle-cache output
