# Every target sets up what it needs: a fresh clone runs `make test` or `make demo` directly.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install test lint typecheck demo run bench grid soak clean

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

# The seeded crash, multi-process and migration suites, long: `make soak SOAK_TRIALS=400`.
SOAK_TRIALS ?= 120
SOAK_WORKERS ?= 2
soak: $(STAMP)
	SHOTCALLER_CRASH_TRIALS=$(SOAK_TRIALS) SHOTCALLER_CRASH_WORKERS=$(SOAK_WORKERS) \
	SHOTCALLER_CRASH_SEED=1000 \
	SHOTCALLER_MULTIPROCESS_TRIALS=$$(( $(SOAK_TRIALS) / 20 + 1 )) \
	SHOTCALLER_MIGRATE_TRIALS=$$(( $(SOAK_TRIALS) / 4 + 1 )) \
	SHOTCALLER_KILL_ITERATIONS=$$(( $(SOAK_TRIALS) / 10 + 1 )) SHOTCALLER_SOAK=1 \
	$(BIN)/pytest -p no:cacheprovider tests/e2e/test_crash_consistency.py \
		tests/e2e/test_multiprocess.py tests/sessions/test_migrations.py tests/e2e/test_crash.py \
		tests/e2e/test_local_failures.py

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
