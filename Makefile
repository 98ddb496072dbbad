# The two entry points a new user needs: `make warehouse` and `make test`.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8

export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export WAREHOUSE_SOURCES_DIR ?= $(CURDIR)/seeds
export WAREHOUSE_DIR ?= $(CURDIR)/warehouse

.PHONY: warehouse test ui bench venv

venv: $(VENV)/.synced

# uv installs the locked stack in seconds; it is fetched with pip once if the machine lacks it
$(VENV)/.synced: pyproject.toml uv.lock
	@python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet "uv==$(UV_VERSION)"
	python3 -m uv sync --frozen
	@touch $@

warehouse: venv
	$(BIN)/dagster job execute -m pipelines.definitions -j warehouse_job -c .dagster_home/cli_run_config.yaml
	@echo "database: $(WAREHOUSE_DIR)/warehouse.duckdb"
	@echo "exports:  $(WAREHOUSE_DIR)/exports/"

test: venv
	$(BIN)/pytest -q

ui: venv
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p $${DAGSTER_PORT:-3000}

# figures of the performance issue on a generated ~10 MB corpus; not a test
bench: venv
	python3 -m uv sync --frozen --group bench
	$(BIN)/python -m bench.run $(BENCH_ARGS)
	@python3 -m uv sync --frozen
