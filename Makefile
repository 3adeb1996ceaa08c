# Everything runs through uv with the committed uv.lock. On a machine without uv, the first
# target bootstraps a pinned uv into .tools/ (nothing installed by hand is assumed).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

UV_VERSION := 0.13.9
UV := $(or $(shell command -v uv 2>/dev/null),$(CURDIR)/.tools/bin/uv)
RUN := $(UV) run --locked --quiet
export UV_PYTHON ?= 3.11

.PHONY: help env regenerate docs-diff docs-diff-local fetch-docs fetch-docs-local check lint lint-spec typecheck pyright test contract contract-sandbox bench mock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(CURDIR)/.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

.venv/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --locked --all-extras --quiet
	@touch $@

env: .venv/.synced  ## create .venv from uv.lock

# The OpenAPI linter (Spectral) comes from npm, pinned by the committed package-lock.json. Install scripts are
# skipped: Spectral needs none, and one dependency's only script reports installs to a third party.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

regenerate: env  ## spec/upstream + overlays -> spec/openapi.json -> generated/ (prints the change report)
	$(RUN) python -m codegen regenerate

# DOCS_BASE_URL=http://host:port reads the pages from a mirror serving each one at <base>/<host>/<path>.
DOCS_FLAGS := $(if $(DOCS_BASE_URL),--base-url $(DOCS_BASE_URL))

docs-diff: env  ## what changed in the tracked docs pages, and what it means (writes nothing; exit 1: changed)
	$(RUN) python -m codegen docs-diff $(DOCS_FLAGS)

docs-diff-local: env  ## same, from the local copies of the pages (no network)
	$(RUN) python -m codegen docs-diff --local

fetch-docs: env  ## record every tracked docs page (spec/docs.lock, spec/pages/) and extract spec/upstream/
	$(RUN) python -m codegen fetch-docs $(DOCS_FLAGS)

fetch-docs-local: env  ## same, from the local copies of the pages (no network)
	$(RUN) python -m codegen fetch-docs --local

check: env lint typecheck pyright lint-spec  ## fail on drift between committed inputs and outputs; ruff; mypy; pyright; Spectral
	$(RUN) python -m codegen check

lint: env
	$(RUN) ruff check .
	$(RUN) ruff format --check .

lint-spec: node_modules/.installed  ## Spectral over spec/openapi.json (.spectral.yaml); any warning fails
	node_modules/.bin/spectral lint spec/openapi.json --ruleset .spectral.yaml --fail-severity warn

typecheck: env
	$(RUN) mypy src codegen benchmarks generated/unico_idcloud_client tests/typing

pyright: env  ## pyright (strict) over the typed test file, tests/typing/check_types.py (node runs it)
	$(RUN) pyright

test: env  ## the whole test suite
	$(RUN) pytest

contract: env  ## schemathesis CLI against a freshly started fake, paced under its 10 requests/s (report: reports/)
	$(RUN) python -m tests.contract.run_contract fake

contract-sandbox: env  ## the same against Unico UAT: UNICO_* credentials and UNICO_PROCESS_IDS (see README)
	$(RUN) python -m tests.contract.run_contract sandbox

bench: env  ## benchmarks; figures go to BENCHMARKS.md
	$(RUN) python -m benchmarks

mock: env  ## serve the fake Unico on 127.0.0.1 and print credentials (ARGS="--webhook-url URL ...")
	$(RUN) python -m unico_idcloud.testing $(ARGS)

clean:
	rm -rf .venv .tools .mypy_cache .ruff_cache node_modules reports
