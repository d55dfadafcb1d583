# Two commands: `make demo` runs the app against a seeded central API, `make test` runs the
# tests. Both install what is missing first: system libraries (apt-get, as root), a .venv
# with the project, and the compiled translations.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Qt's xcb platform, zbar for pyzbar, Xvfb for a machine without a display, fonts.
DEMO_APT := libzbar0 xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 \
	libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
# The server tests also run against a real PostgreSQL.
TEST_APT := $(DEMO_APT) postgresql
TS_FILES := $(wildcard assets/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
UI_SOURCES := $(shell find kiosk/ui -name '*.py' | sort)

.PHONY: demo test setup sysdeps-demo sysdeps-test translations translations-update lint bench clean

demo: sysdeps-demo setup
	$(BIN)/python -m kiosk.demo

test: sysdeps-test setup lint
	$(BIN)/python -m pytest

setup: $(VENV)/.installed translations

sysdeps-demo:
	@PACKAGES="$(DEMO_APT)" bash .ci/sysdeps.sh

sysdeps-test:
	@PACKAGES="$(TEST_APT)" bash .ci/sysdeps.sh

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

translations: $(QM_FILES)

assets/translations/%.qm: assets/translations/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing UI strings: extract them into the .ts files, then translate the new ones.
# English is the source language: its file holds only the plural forms ("1 point", "4 points").
translations-update: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts assets/translations/kiosk_fr.ts -no-obsolete
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts assets/translations/kiosk_en.ts -no-obsolete \
		-pluralonly -source-language en -target-language en

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/store_write.py
	$(BIN)/python bench/initial_sync.py
	$(BIN)/python bench/sync_drain.py
	$(BIN)/python bench/scan.py
	$(BIN)/python bench/customer_open.py
	$(BIN)/python bench/pickup.py
	$(BIN)/python bench/returns.py
	$(BIN)/python bench/scale_sync.py
	$(BIN)/python bench/central_load.py
	$(BIN)/python bench/kpis.py
	$(BIN)/python bench/charts.py

clean:
	rm -rf $(VENV) demo-out .demo $(QM_FILES)
