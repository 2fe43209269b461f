"""Every third-party import is declared in pyproject.toml, and the lock files pin what the suite runs on.

The server's own code (what `make run` and the wheel install) may import only `[project].dependencies`,
except the team server (mcp_server/team), which may also use the `team` extra; scripts, benchmarks and
tests may also use the `dev`, `bench` and `team` extras.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_CODE = ["mcp_server", "atlassian_people_sandbox", "atlassian_specs", "generated"]
DEVELOPMENT_CODE = ["scripts", "bench", "tests"]
TEAM_CODE = "mcp_server/team"  # installed with the `team` extra only
LOCK_LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)(?:\s*;\s*([^\\#]+?))?\s*\\?$", re.MULTILINE)


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def _declared(*extras: str) -> set[str]:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    return {canonicalize_name(Requirement(text).name) for text in requirements}


def _local_modules() -> set[str]:
    """Top-level names our own files provide (packages, generated clients, test and script helpers)."""
    folders = [ROOT, ROOT / "generated", ROOT / "scripts", ROOT / "bench", *ROOT.glob("tests/**/")]
    names: set[str] = set()
    for folder in folders:
        for entry in folder.iterdir():
            if entry.suffix == ".py" or (entry.is_dir() and (entry / "__init__.py").exists()):
                names.add(entry.stem)
    return names


def _imported_modules(folders: Iterable[str], skipping: str | None = None) -> dict[str, set[str]]:
    """Top-level module name -> files importing it, for every absolute import in these folders."""
    found: dict[str, set[str]] = {}
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            if skipping and path.is_relative_to(ROOT / skipping):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules = [node.module]
                else:
                    continue
                for module in modules:
                    found.setdefault(module.partition(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


def _third_party(folders: Iterable[str], skipping: str | None = None) -> dict[str, set[str]]:
    skip = set(sys.stdlib_module_names) | _local_modules()
    return {name: files for name, files in _imported_modules(folders, skipping).items() if name not in skip}


def _undeclared(folders: Iterable[str], declared: set[str], skipping: str | None = None) -> list[str]:
    providers = importlib.metadata.packages_distributions()
    problems = []
    for module, files in sorted(_third_party(folders, skipping).items()):
        distributions = {canonicalize_name(name) for name in providers.get(module, [])}
        where = f"imported by {sorted(files)}"
        if not distributions:
            problems.append(f"{module}: {where}, but no installed distribution provides it")
        elif not distributions & declared:
            problems.append(f"{module} (from {sorted(distributions)}): {where}, not declared")
    return problems


def test_server_code_imports_only_runtime_dependencies() -> None:
    assert _undeclared(RUNTIME_CODE, _declared(), skipping=TEAM_CODE) == []


def test_team_server_code_imports_only_runtime_and_team_dependencies() -> None:
    assert _undeclared([TEAM_CODE], _declared("team")) == []
    assert {"cryptography", "psycopg"} <= set(_third_party([TEAM_CODE]))


def test_development_code_imports_only_declared_packages() -> None:
    assert _undeclared(DEVELOPMENT_CODE, _declared("dev", "bench", "team")) == []


def test_the_scan_sees_the_imports_it_checks() -> None:
    # Guards the two tests above against a scan that silently finds nothing.
    runtime = _third_party(RUNTIME_CODE)
    assert {"mcp", "mcp_types", "pydantic", "openapi_schema_validator", "httpx", "attrs"} <= set(runtime)
    assert "atlassian_people_sandbox/validation.py" in runtime["openapi_schema_validator"]
    assert {"pytest", "hypothesis", "respx"} <= set(_third_party(DEVELOPMENT_CODE))


def _lock(name: str) -> dict[str, str]:
    """Pins of a lock file that apply to this interpreter and platform."""
    text = (ROOT / "requirements" / name).read_text(encoding="utf-8")
    pins: dict[str, str] = {}
    for package, version, marker in LOCK_LINE.findall(text):
        if not marker or Marker(marker).evaluate():
            pins[canonicalize_name(package)] = version
    assert pins, f"no pins read from requirements/{name}"
    return pins


@pytest.mark.parametrize(("lock", "extras"), [("run.lock", ()), ("dev.lock", ("dev", "bench"))])
def test_each_lock_pins_every_declared_requirement(lock: str, extras: tuple[str, ...]) -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    texts = list(project["dependencies"]) + [t for e in extras for t in project["optional-dependencies"][e]]
    pins = _lock(lock)
    for requirement in map(Requirement, texts):
        if requirement.marker and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is declared but missing from requirements/{lock}: run make lock"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"requirements/{lock} pins {name}=={pins[name]}, outside {requirement}: run make lock"
        )


def test_run_lock_is_the_runtime_part_of_dev_lock() -> None:
    # `make run` and `make test` share .venv: the server must run on the same versions the suite tested.
    dev = _lock("dev.lock")
    run = _lock("run.lock")
    differing = {name: (pin, dev.get(name)) for name, pin in run.items() if dev.get(name) != pin}
    assert differing == {}


def test_every_lock_line_carries_hashes() -> None:
    for lock in ("run.lock", "dev.lock"):
        text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
        blocks = re.split(r"\n(?=[A-Za-z0-9])", text.strip())
        unhashed = [block.split()[0] for block in blocks if "==" in block and "--hash=sha256:" not in block]
        assert unhashed == [], f"requirements/{lock}"


def test_this_environment_is_the_dev_lock() -> None:
    # A stale .venv (installed before the lock changed) is reinstalled by make; this catches a hand-made one.
    wrong = {}
    for name, version in _lock("dev.lock").items():
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            installed = "missing"
        if installed != version:
            wrong[name] = f"locked {version}, installed {installed}"
    assert wrong == {}, "run make install (or make clean install)"


def _make_plan(target: str, tmp_path: Path) -> str:
    """The commands `make TARGET` would run on a machine without .venv (make -n runs none of them)."""
    done = subprocess.run(
        ["make", "-n", target, f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_make_run_installs_the_runtime_lock_only(tmp_path: Path) -> None:
    plan = _make_plan("run", tmp_path)
    assert "--require-hashes -r requirements/run.lock" in plan
    assert "--no-deps -e ." in plan
    assert "dev.lock" not in plan and "[dev" not in plan
    runtime = _lock("run.lock")
    tools = {"pytest", "mypy", "ruff", "schemathesis", "hypothesis", "fastmcp", "pip-audit", "pipx"}
    assert tools & set(runtime) == set()


def test_make_test_installs_the_dev_lock(tmp_path: Path) -> None:
    plan = _make_plan("test", tmp_path)
    assert "--require-hashes -r requirements/dev.lock" in plan
    assert "-m pytest" in plan


def test_license_file_is_the_apache_license_pyproject_names() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert project["license"] == "Apache-2.0" and project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License\n                           Version 2.0, January 2004" in text
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text
    assert "END OF TERMS AND CONDITIONS" in text and "APPENDIX: How to apply the Apache License" in text
