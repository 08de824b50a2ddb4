# Isnad: `make run` opens the app on the demo corpus, `make test` runs every test.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench eval system clean screenshot

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found (Python 3.11 is required)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

# Debian packages the app and the tests need: Qt's runtime libraries, PostgreSQL, poppler.
system:
	@bash tools/ensure-system.sh

run: $(STAMP)
	@bash tools/ensure-system.sh qt
	$(PY) main.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py --db /tmp/isnad-screenshot.sqlite3 --screenshot docs/screenshot.png

test: $(STAMP) system
	QT_QPA_PLATFORM=offscreen ISNAD_REQUIRE_PG=1 $(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache
