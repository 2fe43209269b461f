"""The clients-only distribution (clients/pyproject.toml) builds, declares only the clients' dependencies, and
works in a fresh venv that has nothing else: no MCP SDK, uvicorn, starlette or openapi-core."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.auth import ADMIN_EMAIL, ADMIN_TOKEN

ROOT = Path(__file__).resolve().parents[2]
SERVER_ONLY = (
    "mcp",
    "uvicorn",
    "starlette",
    "openapi_core",
    "atlassian_people_sandbox",
    "mcp_server",
    "yaml",
)


def _closure(requirements: list[str]) -> set[str]:
    """The installed distributions these requirements pull in (extras and unmet markers left out)."""
    found: set[str] = set()
    pending = [Requirement(text) for text in requirements]
    while pending:
        requirement = pending.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = requirement.name.lower().replace("_", "-")
        if name in found:
            continue
        found.add(name)
        pending += [Requirement(text) for text in metadata.requires(name) or []]
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(out),
            str(ROOT / "clients"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(out.glob("atlassian_people_clients-*.whl"))


def _requirements(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        info = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        text = archive.read(info).decode()
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Requires-Dist:")]


def test_wheel_holds_the_clients_and_runtime_and_requires_only_their_dependencies(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        top = {
            name.split("/")[0] for name in archive.namelist() if not name.split("/")[0].endswith(".dist-info")
        }
    assert top == {"atlassian_people_runtime", "jsm_ops_client", "csm_client", "jira_groups_client"}
    pulled = _closure(_requirements(wheel))
    assert {"httpx", "attrs"} <= pulled
    assert not pulled & {"mcp", "uvicorn", "starlette", "openapi-core", "pyyaml", "jsonschema"}, pulled


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A new venv with only the wheel installed, and a folder with exactly its dependency closure (taken
    from this environment, as tests stay offline) for PYTHONPATH."""
    base = tmp_path_factory.mktemp("fresh")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    deps = base / "deps"
    deps.mkdir()
    for name in _closure(_requirements(wheel)):
        for file in metadata.distribution(name).files or []:
            top = file.parts[0]
            if top.endswith((".dist-info", ".pth")) or top in ("..", "bin"):
                continue
            link = deps / top
            if not link.exists():
                link.symlink_to(Path(str(file.locate())).parents[len(file.parts) - 1] / top)
    yield python, deps


def _run(
    python: Path, deps: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("ATLASSIAN_", "PYTHON"))}
    clean |= env or {}
    clean["PYTHONPATH"] = str(deps)
    return subprocess.run(
        [str(python), *args], env=clean, capture_output=True, text=True, timeout=120, check=False, cwd=deps
    )


def test_fresh_venv_has_no_server_dependencies(fresh_venv: tuple[Path, Path]) -> None:
    python, deps = fresh_venv
    for module in SERVER_ONLY:
        result = _run(python, deps, "-c", f"import {module}")
        assert result.returncode != 0, f"{module} is importable in the clients-only venv"


def test_fresh_venv_runs_an_example_against_the_sandbox(
    fresh_venv: tuple[Path, Path], sandbox: SandboxServer
) -> None:
    python, deps = fresh_venv
    env = {
        "ATLASSIAN_SITE_URL": sandbox.url,
        "ATLASSIAN_API_URL": sandbox.url,
        "ATLASSIAN_EMAIL": ADMIN_EMAIL,
        "ATLASSIAN_API_TOKEN": ADMIN_TOKEN,
    }
    result = _run(python, deps, str(ROOT / "examples" / "list_everything.py"), env=env)
    assert result.returncode == 0, result.stderr
    assert "stakeholders" in result.stdout
    where = _run(python, deps, "-c", "import csm_client; print(csm_client.__file__)")
    assert str(python.parent.parent) in where.stdout, "the client came from the installed wheel"
