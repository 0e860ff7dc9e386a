# The two set-up commands of the README, and a few conveniences.
PREFIX ?= /usr/local

.PHONY: demo test deps release install bench bench-history clean

deps:
	@scripts/install-deps.sh

# Builds tavle and runs the bundled example workspace: a report per team of the learning
# network (samling-3) and per practice of the GP supervision group, into output/.
demo: deps release
	.build/release/tavle check Notebooks/samling-3.md
	.build/release/tavle run Notebooks/samling-3.md --all-teams
	.build/release/tavle run Notebooks/veiledningsgruppe-sykmelding.md --all-teams

test: deps
	swift test

release: deps
	swift build -c release --product tavle

install: release
	install -d $(PREFIX)/bin
	install -m 755 .build/release/tavle $(PREFIX)/bin/tavle

bench: release
	scripts/bench.sh

# history and trace on a generated report repository of 10,000 runs.
bench-history: release
	swift build -c release --product tavle-history-fixture
	scripts/bench-history.sh

clean:
	rm -rf .build Notebooks/.tavle-cache output
