# seedbed developer tasks. Works on a fresh machine: no service needs to run (the tests start a
# throwaway PostgreSQL when none answers on 127.0.0.1:5432; see tests/conftest.py).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.seedbed-installed
# Extra pytest arguments, e.g. make test PYTEST_ARGS="-k verify -x". CI (CI=true) uses none.
PYTEST_ARGS ?=

.PHONY: venv demo demo-workspace test bench clean

venv: $(STAMP)

# Re-installs only when pyproject.toml changes (the stamp is newer otherwise).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -e '.[test]'
	touch $@

demo: venv
	$(BIN)/seedbed demo

demo-workspace: venv
	$(BIN)/seedbed demo --workspace

test: venv
	$(BIN)/pytest -q $(PYTEST_ARGS)

bench: venv
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis src/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
