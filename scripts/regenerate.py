#!/usr/bin/env python3
"""Regenerate the low-level clients in ``generated/`` from the OpenAPI specs in ``specs/``.

    python scripts/regenerate.py           # rewrite generated/ from specs/
    python scripts/regenerate.py --check   # exit 1, naming stale files, if generated/ is out of date

Output depends on the versions of openapi-python-client and ruff (it formats the output), so both are
pinned here and in pyproject.toml; a mismatch fails before anything is written. Each spec is validated
with openapi-spec-validator first, and the generator runs with --fail-on-warning so that a schema or
response it cannot model fails the run instead of silently disappearing from the client.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
GENERATED_DIR = ROOT / "generated"
CONFIG_DIR = ROOT / "scripts" / "generator"
TEMPLATES_DIR = ROOT / "scripts" / "templates"

PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}

README = """\
# generated/

Low-level Python clients generated from `specs/` by `scripts/regenerate.py`. Do not edit by hand:
change a spec, the generator config (`scripts/generator/`) or the templates (`scripts/templates/`),
then run `make regenerate`. CI fails when this folder differs from what the specs produce.
"""


@dataclass(frozen=True)
class Target:
    spec: str
    package: str

    @property
    def spec_path(self) -> Path:
        return SPECS_DIR / self.spec

    @property
    def config_path(self) -> Path:
        return CONFIG_DIR / f"{self.package}.yaml"


TARGETS = (
    Target("jsm-ops.yaml", "jsm_ops_client"),
    Target("csm.yaml", "csm_client"),
    Target("jira-groups.yaml", "jira_groups_client"),
)


class RegenerationError(Exception):
    """A failure with a reason a maintainer can act on."""


def check_tools() -> Path:
    """Return the generator executable after checking the pinned versions are the ones installed."""
    for dist, wanted in PINNED.items():
        try:
            found = metadata.version(dist)
        except metadata.PackageNotFoundError:
            raise RegenerationError(
                f"{dist} is not installed in {sys.prefix}; run `make install` (or pip install -e '.[dev]')."
            ) from None
        if found != wanted:
            raise RegenerationError(
                f"{dist} {found} is installed but generated/ is pinned to {wanted}; "
                f"run `make install` so the output is byte-identical."
            )
    bin_dir = Path(sys.executable).parent
    generator = bin_dir / "openapi-python-client"
    if not generator.exists():
        raise RegenerationError(f"openapi-python-client executable not found next to {sys.executable}.")
    return generator


def validate_spec(target: Target) -> None:
    import yaml
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    if not target.spec_path.exists():
        raise RegenerationError(f"{target.spec_path.relative_to(ROOT)} does not exist.")
    try:
        document = yaml.safe_load(target.spec_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RegenerationError(f"{target.spec} is not valid YAML: {exc}") from None
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        path = "/".join(str(part) for part in exc.absolute_path) if hasattr(exc, "absolute_path") else ""
        raise RegenerationError(
            f"{target.spec} is not a valid OpenAPI document at /{path}: {exc.message}"
        ) from None


def generate(target: Target, generator: Path, out_dir: Path) -> Path:
    """Generate one package into out_dir and return its path."""
    package_dir = out_dir / target.package
    env = dict(os.environ)
    # The generator's ruff post-hooks must be the pinned ruff from this environment.
    env["PATH"] = f"{generator.parent}{os.pathsep}{env.get('PATH', '')}"
    env["RUFF_NO_CACHE"] = "true"
    command = [
        str(generator),
        "generate",
        "--path",
        str(target.spec_path),
        "--config",
        str(target.config_path),
        "--custom-template-path",
        str(TEMPLATES_DIR),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--fail-on-warning",
    ]
    result = subprocess.run(command, cwd=out_dir, env=env, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or not package_dir.is_dir():
        raise RegenerationError(f"openapi-python-client failed on {target.spec}:\n{output}")
    if "Warning" in output or "WARNING" in output:
        raise RegenerationError(f"openapi-python-client warned on {target.spec}:\n{output}")
    # The output is fully annotated: let type checkers of client users (and our mypy) read it (PEP 561).
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    return package_dir


def build_tree(out_dir: Path) -> None:
    generator = check_tools()
    out_dir.mkdir(parents=True, exist_ok=True)
    for target in TARGETS:
        validate_spec(target)
        generate(target, generator, out_dir)
    (out_dir / "README.md").write_text(README, encoding="utf-8")


def tree_files(root: Path) -> set[Path]:
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def differences(expected: Path, actual: Path) -> list[str]:
    expected_files, actual_files = tree_files(expected), tree_files(actual)
    problems = [f"missing: generated/{p}" for p in sorted(expected_files - actual_files)]
    problems += [f"unexpected: generated/{p}" for p in sorted(actual_files - expected_files)]
    problems += [
        f"stale: generated/{p}"
        for p in sorted(expected_files & actual_files)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report whether generated/ is up to date (exit 1 if not)"
    )
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="regenerate-") as tmp:
            fresh = Path(tmp) / "generated"
            build_tree(fresh)
            if args.check:
                problems = (
                    differences(fresh, GENERATED_DIR) if GENERATED_DIR.exists() else ["missing: generated/"]
                )
                if problems:
                    print("generated/ is out of date with specs/; run `make regenerate`:", file=sys.stderr)
                    for problem in problems:
                        print(f"  {problem}", file=sys.stderr)
                    return 1
                print("generated/ is up to date.")
                return 0
            if GENERATED_DIR.exists():
                shutil.rmtree(GENERATED_DIR)
            shutil.copytree(fresh, GENERATED_DIR)
            print(f"Regenerated {', '.join(t.package for t in TARGETS)} in generated/.")
            return 0
    except RegenerationError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
