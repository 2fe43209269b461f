# Every target sets up .venv itself: a fresh machine needs only Python 3.11+ and make.
# `make run` installs the server and its runtime dependencies only (requirements/run.lock); every development
# target adds the dev and bench extras (requirements/dev.lock). Both locks pin every package with its hashes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-dev
PIP_LOCKED := $(BIN)/python -m pip install --quiet --require-hashes
UV_VERSION := 0.13.9
LOCK := $(VENV)-lock/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes --no-header --annotation-style line $(LOCK_ARGS)

.PHONY: install run demo test bench lint format regenerate check-generated tool-docs wheel check-wheel audit lock live-check clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The project itself is installed editable without dependencies: the lock already brought every one of them.
$(RUN_STAMP): $(BIN)/python pyproject.toml requirements/run.lock
	$(PIP_LOCKED) -r requirements/run.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(RUN_STAMP)

$(STAMP): $(BIN)/python pyproject.toml requirements/dev.lock
	$(PIP_LOCKED) -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(RUN_STAMP) $(STAMP)

install: $(STAMP)

run: $(RUN_STAMP)
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
	$(BIN)/mypy atlassian_people_runtime examples atlassian_specs mcp_server atlassian_people_sandbox scripts bench tests/*.py
	for dir in tests/clients tests/sandbox tests/mcp tests/sdk tests/team; do MYPYPATH=tests:$$dir $(BIN)/mypy $$dir || exit 1; done
	MYPYPATH=tests:tests/mcp:tests/security $(BIN)/mypy tests/security
	MYPYPATH=tests:tests/cli $(BIN)/mypy tests/cli

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

regenerate: $(STAMP)
	$(BIN)/python scripts/regenerate.py

check-generated: $(STAMP)
	$(BIN)/python scripts/regenerate.py --check

tool-docs: $(STAMP)
	$(BIN)/python scripts/tool_reference.py
	$(BIN)/python scripts/settings_reference.py

# dist/atlassian_people_mcp-<version>-py3-none-any.whl, for pipx install / uv tool install elsewhere.
wheel: $(BIN)/python
	rm -f dist/atlassian_people_mcp-*.whl
	$(BIN)/python -m pip wheel --quiet --no-deps -w dist .

# Builds the wheel, installs it with its runtime lock into a fresh venv and runs it from another folder.
check-wheel: $(STAMP) wheel
	$(BIN)/python scripts/check_wheel.py --wheel dist/atlassian_people_mcp-*.whl

# pip-audit of every locked package. Exits 3, having audited nothing, when no vulnerability database answers
# (as on the project's CI machines, which reach only package downloads); see scripts/audit.py.
audit: $(STAMP)
	$(BIN)/python scripts/audit.py requirements/dev.lock

# Re-resolves the locks after a pyproject.toml change, keeping current pins where they still fit
# (`make lock LOCK_ARGS=--upgrade` takes the newest allowed); review the diff, then make test.
lock:
	test -x $(VENV)-lock/bin/uv || ($(PYTHON) -m venv $(VENV)-lock && $(VENV)-lock/bin/python -m pip install --quiet uv==$(UV_VERSION))
	$(LOCK) pyproject.toml --extra dev --extra bench --extra team -o requirements/dev.lock
	$(LOCK) pyproject.toml -c requirements/dev.lock -o requirements/run.lock

# Read-only conformance probe of a real site: make live-check SITE=your-site.atlassian.net [ARGS=--json]
live-check: $(STAMP)
	$(BIN)/python scripts/live_check.py $(if $(SITE),--yes-this-site $(SITE)) $(ARGS)

clean:
	rm -rf $(VENV) $(VENV)-lock dist .pytest_cache .mypy_cache .ruff_cache
