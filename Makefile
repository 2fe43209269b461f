# Every target sets up .venv itself: a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run demo test bench lint format regenerate check-generated tool-docs clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required; set PYTHON=/path/to/python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/atlassian-people-mcp --transport http

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

test: $(STAMP)
	$(BIN)/python -m pytest

# Several minutes; rewrites BENCHMARKS.md (python -m bench --smoke runs every figure at tiny scale;
# --check also fails when a target is missed).
bench: $(STAMP)
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy atlassian_specs mcp_server sandbox scripts bench tests/*.py
	for dir in tests/clients tests/sandbox tests/mcp; do MYPYPATH=tests:$$dir $(BIN)/mypy $$dir || exit 1; done

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

regenerate: $(STAMP)
	$(BIN)/python scripts/regenerate.py

check-generated: $(STAMP)
	$(BIN)/python scripts/regenerate.py --check

tool-docs: $(STAMP)
	$(BIN)/python scripts/tool_reference.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
