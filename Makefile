# Warta: the README's two commands are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DB ?= warta.duckdb
DEMO_HTML := eval/clean/pages/kompas/01.html eval/clean/pages/detik/02.html

.PHONY: all demo test lint typecheck unit eval eval-clean bench bench-clean lock clean-venv

all: test

$(STAMP): requirements.lock requirements-dev.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (Python 3.11 is required)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==24.3.1"
	$(BIN)/python -m pip install --quiet -r requirements.lock -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

demo: $(STAMP)
	@rm -f demo/warta-demo.duckdb
	$(BIN)/warta run --db demo/warta-demo.duckdb demo/pages $(DEMO_HTML)
	$(BIN)/warta export --db demo/warta-demo.duckdb --format jsonl -o demo/articles.jsonl
	@echo
	@echo "Demo results: demo/warta-demo.duckdb (DuckDB store) and demo/articles.jsonl"
	@echo "Try: $(BIN)/warta articles --db demo/warta-demo.duckdb"

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts eval
	$(BIN)/ruff format --check src tests scripts eval

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

test: lint typecheck unit

# Evaluations against gold data (need ../shared for the full sets). Each stage adds its own
# eval-<stage> target and lists it here.
eval: eval-clean eval-nlp eval-time eval-actors eval-stories eval-events

eval-clean: $(STAMP)
	$(BIN)/python -m eval.clean.score --shared $(SHARED)

# Benchmarks (need ../shared): every stage's, figures go to docs/benchmarks.md.
bench: bench-clean bench-time bench-actors bench-events bench-nlp bench-stories

bench-clean: $(STAMP)
	$(BIN)/python scripts/bench.py --shared $(SHARED)

lock:
	uv pip compile --python-version 3.11 requirements.in -o requirements.lock
	uv pip compile --python-version 3.11 requirements-dev.in -o requirements-dev.lock

clean-venv:
	rm -rf $(VENV)

# Indonesian NLP pipeline (issue 3): rebuild the shipped model, evaluate it, time it.
.PHONY: models eval-nlp bench-nlp
ONE_THREAD := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

models: $(STAMP)
	@test -d $(SHARED)/data || { echo "error: $(SHARED)/data not found; make models trains from the shared data (make models SHARED=PATH)"; exit 2; }
	$(ONE_THREAD) $(BIN)/python scripts/train_models.py --shared $(SHARED)

eval-nlp: $(STAMP)
	$(ONE_THREAD) $(BIN)/python scripts/eval_nlp.py --shared $(SHARED)
	$(BIN)/python -m eval.nlp.score_gpe

bench-nlp: $(STAMP)
	$(ONE_THREAD) $(BIN)/python scripts/bench_nlp.py --shared $(SHARED) --write-docs docs/benchmarks.md

# Time expressions (issue 4): hand-annotated dev set + negatives (committed; no ../shared needed).
.PHONY: eval-time bench-time
eval-time: $(STAMP)
	$(BIN)/python -m eval.time.score
	$(BIN)/python -m eval.time.score --dev eval/time/check.txt
	$(BIN)/python -m eval.time.score --dev eval/time/check_other.txt

bench-time: $(STAMP)
	$(ONE_THREAD) $(BIN)/python scripts/bench_time.py --shared $(SHARED)

# Actors (issue 5): hand-annotated dev set (committed; no ../shared needed); benchmark needs it.
.PHONY: eval-actors bench-actors
eval-actors: $(STAMP)
	$(BIN)/python -m eval.actors.score

bench-actors: $(STAMP)
	$(ONE_THREAD) $(BIN)/python scripts/bench_actors.py --shared $(SHARED)

# Stories (issue 7): dev and held-out sets committed as CLICK-ID references; scorer and benchmark
# need ../shared. The held-out set is reported, not a gate (eval/stories/README.md).
.PHONY: eval-stories bench-stories
eval-stories: $(STAMP)
	$(BIN)/python -m eval.stories.score --shared $(SHARED)
	-$(BIN)/python -m eval.stories.score --shared $(SHARED) --set heldout

bench-stories: $(STAMP)
	$(ONE_THREAD) $(BIN)/python scripts/bench_stories.py --shared $(SHARED)

# Events (issue 6): hand-annotated dev and held-out sets (committed; no ../shared needed; the
# held-out score is printed, never tuned on, and does not stop the target); benchmark needs it.
.PHONY: eval-events bench-events
eval-events: $(STAMP)
	-$(BIN)/python -m eval.events_heldout.score
	-$(BIN)/python -m eval.events_dev2.score --shared $(SHARED)
	-$(BIN)/python -m eval.events_heldout2.score --shared $(SHARED)
	$(BIN)/python -m eval.events.score

bench-events: $(STAMP)
	$(ONE_THREAD) $(BIN)/python scripts/bench_events.py --shared $(SHARED) --workers 2
