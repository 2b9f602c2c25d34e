# The two commands a fresh machine needs are `make serve` and `make test`; everything
# they need is installed from requirements.lock into .venv first.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# axe-core and html-validate, the browser and HTML checks of the tests (package-lock.json)
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build validate anchors changes test lint bench lock clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $(NODE_STAMP)

## serve: both languages at http://127.0.0.1:8000/ (sv and en), rebuilt on every change;
## make serve PORT=8001 serves on another port. A data problem shows on every page until fixed.
PORT ?= 8000
serve: setup
	@$(PY) -m bpokpo.site_serve --port "$(PORT)"

## build: the deployable site in site/ (site/sv, site/en and a root page sending readers to sv)
build: setup validate
	rm -rf site
	$(PY) -m bpokpo.site_build --out site

## validate: check data/ and list every problem
validate: setup
	$(PY) -m bpokpo validate

## anchors: add the site's new link anchors to anchors/ (never removes one) and check none is broken
anchors: setup
	$(PY) -m bpokpo anchors

## changes: for a reviewer, every text changed (old -> new, both languages), terms, dimensions
## and link anchors added or removed, compared with BASE (a commit, branch or tag, or a folder)
BASE ?= main
changes: setup
	@$(PY) -m bpokpo changes "$(BASE)"

## test: the whole test suite (browser tests need Chromium: see README)
test: setup $(NODE_STAMP)
	$(PY) -m pytest

## lint: ruff, mypy and yamllint
lint: setup
	$(VENV)/bin/ruff check src tests bench macros.py mkdocs_hooks.py
	$(VENV)/bin/mypy
	$(VENV)/bin/yamllint -s data mkdocs.yml mkdocs.sv.yml mkdocs.en.yml .yamllint.yml .github .pre-commit-config.yaml
	$(VENV)/bin/zizmor --offline .github

## lock: re-pin requirements.lock from requirements.in (needs pip-tools)
lock:
	pip-compile --generate-hashes --strip-extras --allow-unsafe -o requirements.lock requirements.in

## bench: build speed, scaling, live reload and page weight as one table (bench/run.py), the
## time validation takes on hostile data files (bench/hostile_inputs.py), then Lighthouse scores
## (bench/lighthouse.py). Not tests; figures and the machine: bench/RESULTS.md. All run even if
## one misses a target; make fails if any does. The first and the last need Chromium.
bench: setup
	$(PY) -m bench.run; site=$$?; $(PY) -m bench.hostile_inputs; hostile=$$?; \
	$(PY) bench/lighthouse.py && [ $$site -eq 0 ] && [ $$hostile -eq 0 ]

clean:
	rm -rf site .venv .pytest_cache node_modules bench/lighthouse/node_modules
