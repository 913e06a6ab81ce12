# Every target sets up what it needs: a fresh clone runs `make test` or `make demo` directly.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install test lint typecheck demo run bench grid clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

demo: $(STAMP)
	$(BIN)/shotcaller run examples/startup-ad.txt --yes

run: $(STAMP)
	$(BIN)/shotcaller

bench: $(STAMP)
	for b in animatic assembly routing store signing tui; do $(BIN)/python -m bench.$$b || exit 1; done

# The animatic against its own gate on the full grid at 720p (every move × 1–20 s × every aspect
# ratio, ~30 min on two cores); `make test` covers it from the camera paths and a rendered sample.
grid: $(STAMP)
	$(BIN)/python -m bench.animatic_grid

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
