# Two commands: `make demo` builds the seed articles' graph; `make test` runs the test suite.
# Both create .venv and install kg into it first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

TORCH ?= 2.13.0
SPACY_STANZA ?= 1.0.4

.PHONY: install install-stanza demo test lint bench bench-stanza clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install-stanza: $(VENV)/.stanza

# the stanza extra: torch pinned first and in the same resolve (the CPU build in the local wheel cache: never let
# pip pick another, multi-GB one), then spacy-stanza without its stale stanza<1.7 pin (README, Statistical NER)
$(VENV)/.stanza: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet "torch==$(TORCH)"
	$(BIN)/python -m pip install --quiet "torch==$(TORCH)" -e ".[dev,stanza]"
	$(BIN)/python -m pip install --quiet --no-deps "spacy-stanza==$(SPACY_STANZA)"
	touch $@

demo: install
	$(BIN)/kg build seeds -o out/seeds.trig

test: install-stanza
	$(BIN)/python -m pytest -q

# the benchmarks behind the README's Performance section: about 50 minutes on a 2-core machine
bench: install
	$(BIN)/python bench/throughput.py --articles 5000 --profile
	$(BIN)/python bench/scaling.py
	$(BIN)/python bench/stores.py

bench-stanza: install-stanza
	$(BIN)/python bench/stanza_speed.py

lint: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
