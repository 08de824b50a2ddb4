# Isnad: `make run` opens the app on the demo corpus, `make test` runs every test.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench eval system clean screenshot dist check-install install-desktop docs-screenshots

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

# A reviewer's workstation: the one-folder app (dist/isnad/), the Linux menu entry,
# and the guide's screenshots (settings in a throwaway folder, so they never vary).
dist: $(STAMP)
	@bash tools/ensure-system.sh qt
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN isnad.spec
	@echo "built dist/isnad/ (run dist/isnad/isnad)"

check-install: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/test_install.py

DESKTOP_DIR ?= $(HOME)/.local/share/applications
ICON_DIR    ?= $(HOME)/.local/share/icons/hicolor/scalable/apps
install-desktop:
	install -D -m 644 resources/isnad.desktop $(DESKTOP_DIR)/isnad.desktop
	install -D -m 644 resources/icon.svg $(ICON_DIR)/isnad.svg
	-command -v update-desktop-database >/dev/null && update-desktop-database $(DESKTOP_DIR)
	@command -v isnad >/dev/null || echo "note: 'isnad' is not on PATH yet (pipx install .)"

docs-screenshots: $(STAMP)
	@bash tools/ensure-system.sh qt
	rm -f /tmp/isnad-docs.sqlite3*
	for lang in en ar; do \
	  XDG_CONFIG_HOME=$$(mktemp -d) QT_QPA_PLATFORM=offscreen $(PY) -m ui.docs_screenshots \
	    --lang $$lang --db /tmp/isnad-docs.sqlite3 --out docs/img || exit 1; \
	done

clean:
	rm -rf $(VENV) .pytest_cache
