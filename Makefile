# frontline: the two commands of the README.
#   make demo   installs if needed, codes examples/, prints the events, stores them in frontline.db
#               and ends serving the web app on them (prints its URL; Ctrl-C stops it)
#   make test   installs if needed, lints and runs the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint evaluate bench bench-ingest clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

# Browser assets of the web app (leaflet, world-atlas...) from npm, served by frontline itself;
# no install scripts run (swagger-ui-dist pulls in a telemetry package whose script would call home).
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

install: $(STAMP) $(NODE_STAMP)

# The demo ends with the web app running on a store coded from examples/ (Ctrl-C stops it).
DEMO_DB ?= frontline.db
PORT ?= 8000
demo: install
	$(BIN)/frontline extract examples/articles.jsonl --format table
	$(BIN)/frontline ingest examples/articles.jsonl --db $(DEMO_DB)
	$(BIN)/frontline events --db $(DEMO_DB)
	$(BIN)/frontline control --db $(DEMO_DB) --at 2015-04-30 --admin1 Idleb
	$(BIN)/frontline serve --db $(DEMO_DB) --port $(PORT)

test: install
	$(BIN)/ruff check src tests bench tools
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

evaluate: install
	$(BIN)/frontline evaluate --gold ../shared/eval-dev/acled_middle_east_dev.csv \
	  --fakes-articles ../shared/eval-dev/fakes_dev_articles.jsonl \
	  --fakes-gold ../shared/eval-dev/fakes_dev_gold.jsonl
	$(BIN)/frontline evaluate-fusion tests/fuse/fixtures/fusion.jsonl ../shared/seeds/articles.jsonl \
	  --gold tests/fuse/fixtures/seeds_gold.json
	$(BIN)/frontline evaluate-fusion ../shared/eval-dev/acled_middle_east_dev_articles.jsonl --distinct

bench: install
	$(BIN)/python bench/throughput.py

bench-ingest: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) build *.egg-info
