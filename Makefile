# Da Lat Software Park — developer commands. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Parallel test workers; override with `make test WORKERS=4`.
WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help install run test test-fast test-e2e test-faults test-cluster mutation lint lint-python lint-frontend format services services-stop browser translations messages migrations-check lock clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "} {printf "  make %-16s %s\n", $$1, $$2}'

# requirements-dev.lock = the runtime packages of requirements.lock + test and development tools, each
# pinned with its hashes (pip checks every download against them; pip itself is pinned there too).
$(STAMP): requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $(STAMP)

install: $(STAMP) translations ## Create .venv and install the pinned dependencies and tools (requirements-dev.lock)

translations: $(STAMP) ## Compile translation catalogues (no GNU gettext needed)
	$(BIN)/python manage.py compile_translations

messages: $(STAMP) ## Extract new translatable strings into each domain's .po files (needs gettext)
	$(BIN)/python manage.py update_translations

run: install ## Install, migrate SQLite, load the demo once, serve on http://127.0.0.1:8000
	$(BIN)/python manage.py migrate --no-input
	test -f var/.demo-seeded || ($(BIN)/python manage.py seed_demo && mkdir -p var && touch var/.demo-seeded)
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install ## Run the whole test suite (PostgreSQL/Elasticsearch when DATABASE_URL/ELASTICSEARCH_URL are set)
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup -q -m "not e2e and not faults and not cluster" $(PYTEST_ARGS)
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory test-faults

test-fast: install ## Run the suite without the browser journeys and fault tests
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup -q -m "not e2e and not faults and not cluster" $(PYTEST_ARGS)

test-e2e: install browser node_modules/.installed ## Browser journeys, accessibility, layout and HTML checks (chromium, vnu-jar)
	$(BIN)/python -m pytest -q -m e2e -p no:randomly tests/e2e $(PYTEST_ARGS)

test-faults: install ## Fault tests: stop Elasticsearch, restart PostgreSQL, fail e-mail (private instances)
	$(BIN)/python -m pytest -q -m faults -p no:randomly tests/faults $(PYTEST_ARGS)

# Production's topology on one machine (tests/cluster/): private PostgreSQL, Redis, two Elasticsearch nodes,
# two gunicorn hosts, two db_worker processes and the scheduler; everything started is stopped at the end.
test-cluster: install ## Cluster test: two app hosts, two workers, scheduler, Redis, 2-node Elasticsearch
	$(BIN)/python -m pytest -q -m cluster -p no:randomly tests/cluster $(PYTEST_ARGS)

# Mutation testing (mutmut, configured in pyproject.toml [tool.mutmut]; docs/testing.md): slow, on demand,
# never in CI. SQLite, niced, MUTATION_WORKERS processes; MUTANTS="land.services*" limits the run to a module.
MUTATION_WORKERS ?= 2
mutation: install ## Mutation testing of the rule-bearing modules (slow; figures per module, docs/testing.md)
	rm -rf mutants
	env -u DATABASE_URL -u ELASTICSEARCH_URL nice $(BIN)/mutmut run --max-children $(MUTATION_WORKERS) $(MUTANTS)
	$(BIN)/mutmut results --all true | $(BIN)/python tests/mutation_report.py

lint: lint-python lint-frontend ## Ruff (Python), stylelint (CSS) and eslint (JavaScript)

lint-python: install ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Front-end linters pinned in package.json / package-lock.json, installed with `npm ci`.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

lint-frontend: node_modules/.installed ## stylelint on static/css, eslint on static/js
	npm run --silent lint

format: install ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install ## Fail if a model change lacks its migration
	$(BIN)/python manage.py makemigrations --check --dry-run

services: browser ## Install if missing and start PostgreSQL 15, Redis and Elasticsearch 8 on loopback (and chromium)
	bash .ci/services.sh start

services-stop: ## Stop the local PostgreSQL, Redis and Elasticsearch
	bash .ci/services.sh stop

browser: ## Install Debian's chromium for browser tests if missing
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

# pip-tools from the dev lock: existing pins are kept unless UPGRADE=1, so re-running after a new
# requirement only adds what it needs; the dev lock is constrained to the runtime lock's versions.
PIP_COMPILE = CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe \
	--strip-extras --no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade)

lock: $(STAMP) ## Re-pin requirements.lock (runtime) and requirements-dev.lock (+ tools) with hashes; UPGRADE=1 for newest
	$(PIP_COMPILE) --output-file requirements.lock requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.lock requirements-dev.in

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 var node_modules
