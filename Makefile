# Two commands: `make demo` builds the seed articles' graph; `make test` runs the test suite.
# Both create .venv and install kg into it first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install demo test lint clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

demo: install
	$(BIN)/kg build seeds -o out/seeds.trig

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check kg tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
