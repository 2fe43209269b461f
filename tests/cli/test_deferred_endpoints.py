"""The generated endpoint modules load on first use (mcp_server/deferred_imports.py): the installed command
starts without running any of them, a tool call runs the one it needs, concurrent first uses run a module
once, and a module that fails to load says which one and why, also on every later use."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import START_TIMEOUT_S, clean_env

from mcp_server.deferred_imports import EndpointModuleFinder

CHILD = """
import json, sys
from mcp_server.__main__ import main
sys.argv = ["atlassian-people-mcp"]
code = main()
endpoints = [name for name in sys.modules if name.count(".") == 3 and ".api." in name]
ran = [name for name in endpoints if "OPERATION_ID" in vars(sys.modules[name])]
print(json.dumps({"code": code, "endpoints": len(endpoints), "ran": ran}))
"""
CONFIGURED = {
    "ATLASSIAN_SITE_URL": "https://acme.atlassian.net",
    "ATLASSIAN_CLOUD_ID": "11111111-2222-3333-4444-555555555555",
    "ATLASSIAN_EMAIL": "me@acme.com",
    "ATLASSIAN_API_TOKEN": "not-a-real-token",
}


def test_the_command_starts_without_running_an_endpoint_module() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        env=clean_env(CONFIGURED),
        input="",  # the stdio server ends when its stdin closes
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert outcome["code"] == 0
    assert outcome["endpoints"] > 80, outcome  # the tool modules imported them all ...
    assert outcome["ran"] == [], outcome  # ... and none of their code ran


ENDPOINT = """
import threading, time
RUNS = [threading.get_ident()]
time.sleep(0.05)  # long enough for the other threads to ask meanwhile
OPERATION_ID = "doThing"
def sync_detailed():
    return "done"
"""


@pytest.fixture()
def client_package(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, Path]]:
    """A package shaped like a generated client (<name>.api.<tag>.<endpoint>), importable from tmp_path,
    with the finder installed for it; both removed afterwards."""
    name = f"deferred_probe_{request.node.name.replace('[', '_').replace(']', '_')}"
    tag = tmp_path / name / "api" / "things"
    tag.mkdir(parents=True)
    for folder in (tmp_path / name, tmp_path / name / "api", tag):
        (folder / "__init__.py").write_text("")
    finder = EndpointModuleFinder((name,))
    sys.path.insert(0, str(tmp_path))
    sys.meta_path.insert(0, finder)
    try:
        yield name, tag
    finally:
        sys.meta_path.remove(finder)
        sys.path.remove(str(tmp_path))
        for module in [module for module in sys.modules if module.split(".")[0] == name]:
            del sys.modules[module]


def test_an_endpoint_module_runs_once_on_first_use_also_when_threads_race(
    client_package: tuple[str, Path],
) -> None:
    name, tag = client_package
    (tag / "do_thing.py").write_text(ENDPOINT)
    module = importlib.import_module(f"{name}.api.things.do_thing")
    assert "RUNS" not in vars(module)  # imported, not run

    answers: list[str] = []
    threads = [threading.Thread(target=lambda: answers.append(module.sync_detailed())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert answers == ["done"] * 8
    assert len(module.RUNS) == 1  # ran once although eight threads asked at the same time
    assert type(module).__name__ == "module"  # a plain module from then on
    with pytest.raises(AttributeError, match="missing"):
        module.missing  # noqa: B018  (a name the module lacks is still an AttributeError)


def test_a_module_that_fails_to_load_names_itself_and_its_error_on_every_use(
    client_package: tuple[str, Path],
) -> None:
    name, tag = client_package
    (tag / "broken.py").write_text("from .missing_sibling import nothing\nOPERATION_ID = 'broken'\n")
    module = importlib.import_module(f"{name}.api.things.broken")

    with pytest.raises(ModuleNotFoundError, match="missing_sibling"):
        module.OPERATION_ID  # noqa: B018
    with pytest.raises(ImportError, match=rf"{name}\.api\.things\.broken failed to load.*missing_sibling"):
        module.OPERATION_ID  # noqa: B018  (not a bare AttributeError from a half-loaded module)


def test_packages_and_other_modules_are_left_to_the_import_system(client_package: tuple[str, Path]) -> None:
    name, tag = client_package
    (tag / "do_thing.py").write_text(ENDPOINT)
    (tag.parent.parent / "helpers.py").write_text("VALUE = 1\n")
    helpers = importlib.import_module(f"{name}.helpers")
    assert vars(helpers)["VALUE"] == 1  # not an endpoint module: ran at import
    tag_package = importlib.import_module(f"{name}.api.things")
    assert type(tag_package).__name__ == "module"


def test_the_paging_constants_load_no_model_while_endpoints_are_deferred() -> None:
    code = (
        "import json, sys\n"
        "from mcp_server.deferred_imports import defer_endpoint_modules\n"
        "defer_endpoint_modules()\n"
        "from jsm_ops_client.paging import LIST_STAKEHOLDERS\n"
        "from csm_client.paging import GET_PRODUCTS\n"
        "from jira_groups_client.paging import GET_JIRA_GROUP_MEMBERS\n"
        "print(json.dumps(sorted(m for m in sys.modules if '.models.' in m)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []  # the item models are named in annotations only
