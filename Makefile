# Two commands: `make run` (install, build the database, start the dashboard)
# and `make test` (install, run the whole test suite). Only Python 3 is needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB := data/lkjip.duckdb
SAMPLES := $(wildcard data/samples/*)
INGEST_SOURCES := $(wildcard ingest/*.py ingest/*.toml ingest/read/*.py ingest/read/pdf/*.py checks/*.py checks/*.toml)
PORT ?= 8501
CHROMIUM := /usr/bin/chromium
SOFFICE := /usr/bin/soffice
# Another apt process (unattended upgrades) may hold the lock: wait for it, do not fail.
APT := DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600

.PHONY: run test install db lint

run: $(DB)
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.address localhost --server.headless true

test: $(STAMP) $(CHROMIUM) $(SOFFICE)
	$(BIN)/python -m pytest

install: $(STAMP)

db: $(DB)

lint: $(STAMP)
	$(BIN)/ruff check .

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# The end-to-end tests drive Debian's chromium (Playwright never downloads a browser here).
$(CHROMIUM):
	$(APT) update -qq && $(APT) install -y -qq chromium

# The PDF rendering matrix (tests/renderings.py) prints Word files to PDF through
# LibreOffice, as most kecamatan make their LKjIP.
$(SOFFICE):
	$(APT) update -qq && $(APT) install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-dejavu fonts-liberation fonts-crosextra-carlito fonts-crosextra-caladea

# Built into a temporary file and moved into place, so a failed build never
# leaves a half-written database behind; users' corrections and reviews in the old
# file are carried into the new one (python -m ingest carry).
$(DB): $(STAMP) $(SAMPLES) $(INGEST_SOURCES)
	rm -f $@.tmp $@.tmp.wal
	$(BIN)/python -m ingest data/samples --db $@.tmp --quiet
	if [ -f $@ ]; then $(BIN)/python -m ingest carry $@ --db $@.tmp; fi
	rm -f $@.wal
	mv $@.tmp $@
