# The two commands: `make run` and `make test` (see README.md). Both create .venv and install
# what they need, system packages included (apt-get as root, else the sudo line is printed).

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?= $(if $(CI),--durations=15,)

# Qt's xcb platform and fonts with Cyrillic (../shared/PITFALLS.md).
RUN_PACKAGES := libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xkb1 libxcb-xfixes0 fonts-dejavu-core
# A Debian system Python needs python3-venv for `python3 -m venv`.
VENV_PACKAGES := $(shell $(PYTHON) -c "import ensurepip" 2>/dev/null || echo python3-venv)
TEST_PACKAGES := $(RUN_PACKAGES) poppler-utils
SCREENSHOT_PACKAGES := $(RUN_PACKAGES) xvfb xauth

.PHONY: run test lint system-run system-test i18n screenshots clean

run: system-run $(VENV)/.installed-run
	$(BIN)/python main.py --demo

test: system-test $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

system-run:
	@tools/system-packages.sh $(RUN_PACKAGES) $(VENV_PACKAGES)

system-test:
	@tools/system-packages.sh $(TEST_PACKAGES) $(VENV_PACKAGES)

$(VENV)/bin/python:
	@$(PYTHON) -c "import sys; assert sys.version_info >= (3, 11), 'Python 3.11 or newer is needed'"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.installed-run

# Translations: update the .ts from the sources, then build the .qm the program loads.
i18n: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate -no-obsolete $$(find ui -name '*.py' | sort) -ts resources/i18n/workstation_ru.ts
	$(BIN)/pyside6-lrelease resources/i18n/workstation_ru.ts -qm resources/i18n/workstation_ru.qm

# Screenshots of the windows under Xvfb, into docs/ (README shows them): the desk per role, the
# lookup, the answer library, the appeal editor and call panel, the SLA countdown and board.
SCREENSHOT_TOOLS := screenshots screenshot_lookup screenshot_answers appeal_screenshots \
	sla_screenshots
screenshots: $(VENV)/.installed-run
	@tools/system-packages.sh $(SCREENSHOT_PACKAGES)
	@set -e; for tool in $(SCREENSHOT_TOOLS); do \
		echo "tools/$$tool.py"; \
		xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python tools/$$tool.py docs; \
	done

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
