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
import copy
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier, pascal_case, snake_case

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


def documented(document: dict[str, Any]) -> dict[str, Any]:
    """The spec with what the generator would drop from docstrings moved to where it reads it: each
    parameter's description onto its schema, and each operation's scopes and permission into its
    description."""
    document = copy.deepcopy(document)
    shared = document.get("components", {}).get("parameters", {}).values()
    for methods in document["paths"].values():
        for parameter in [*shared, *methods.get("parameters", [])]:
            _describe_schema(parameter)
        for method, operation in methods.items():
            if method == "parameters" or not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []):
                _describe_schema(parameter)
            operation["description"] = _with_access(operation)
    return document


def _describe_schema(parameter: dict[str, Any]) -> None:
    schema = parameter.get("schema")
    if isinstance(schema, dict) and parameter.get("description") and "description" not in schema:
        schema["description"] = " ".join(str(parameter["description"]).split())


def _with_access(operation: dict[str, Any]) -> str:
    description = str(operation.get("description", "")).rstrip()
    lines = []
    permission = (operation.get("x-permissions") or {}).get("text")
    if permission and permission not in description:
        lines.append(f"**Permissions required:** {permission}")
    scopes = [
        " ".join(requirement[name])
        for requirement in operation.get("security", [])
        for name in requirement
        if requirement[name]
    ]
    if scopes:
        lines.append("**OAuth 2.0 scopes** (any one of these sets): " + "; ".join(scopes))
    return "\n".join([description, *lines]).strip()


def generate(target: Target, generator: Path, out_dir: Path) -> Path:
    """Generate one package into out_dir and return its path."""
    import yaml

    package_dir = out_dir / target.package
    spec_copy = out_dir / f".{target.spec}"
    document = yaml.safe_load(target.spec_path.read_text(encoding="utf-8"))
    spec_copy.write_text(yaml.safe_dump(documented(document), sort_keys=False), encoding="utf-8")
    env = dict(os.environ)
    # The generator's ruff post-hooks must be the pinned ruff from this environment.
    env["PATH"] = f"{generator.parent}{os.pathsep}{env.get('PATH', '')}"
    env["RUFF_NO_CACHE"] = "true"
    command = [
        str(generator),
        "generate",
        "--path",
        str(spec_copy),
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
    spec_copy.unlink()
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or not package_dir.is_dir():
        raise RegenerationError(f"openapi-python-client failed on {target.spec}:\n{output}")
    if "Warning" in output or "WARNING" in output:
        raise RegenerationError(f"openapi-python-client warned on {target.spec}:\n{output}")
    # The output is fully annotated: let type checkers of client users (and our mypy) read it (PEP 561).
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    write_paging_module(target, package_dir, env)
    return package_dir


PAGING_HEADER = '''"""Typed iterators over every page of the paged operations, from the specs' `x-pagination`.

    for item in iter_<operation>(client=client, <the operation's other arguments>): ...
    async for item in aiter_<operation>(client=client, ...): ...

`page_size` sets the operation's page size argument; the paging arguments themselves are managed here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from atlassian_people_runtime.paging import Pagination, aiterate, iterate

from .client import AuthenticatedClient, Client
'''


def _schema_at(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _item_class(document: dict[str, Any], operation: dict[str, Any], items_path: str) -> str:
    """The model class of the items at items_path (JSON names) in the operation's 200 response."""
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    for name in [] if items_path == "." else items_path.split("."):  # ".": the body itself is the list
        schema = _schema_at(document, schema).get("properties", {}).get(name)
        if schema is None:
            raise RegenerationError(f"x-pagination of {operation['operationId']}: no field {items_path!r}")
    reference = _schema_at(document, schema).get("items", {}).get("$ref")
    if not reference:
        raise RegenerationError(f"x-pagination of {operation['operationId']}: {items_path!r} is not a list")
    return pascal_case(reference.rsplit("/", 1)[1])


def paging_code(document: dict[str, Any], package_dir: Path) -> str:
    """The source of the package's paging module (formatted afterwards)."""
    imports: list[str] = []
    models: list[str] = []  # named in annotations only: imported for type checkers, so importing the
    # module (for its Pagination constants) loads no model
    bodies: list[str] = []
    for methods in document["paths"].values():
        for operation in methods.values():
            if not isinstance(operation, dict) or "x-pagination" not in operation:
                continue
            spec = operation["x-pagination"]
            op_id = operation["operationId"]
            function = snake_case(op_id)
            modules = list(package_dir.glob(f"api/*/{function}.py"))
            if len(modules) != 1:
                raise RegenerationError(f"x-pagination of {op_id}: no generated module api/*/{function}.py")
            module_text = modules[0].read_text(encoding="utf-8")
            position = spec.get("cursorParam") or spec.get("offsetParam") or spec.get("pageParam")
            arguments = [snake_case(name) for name in (position, spec.get("sizeParam")) if name]
            missing = [name for name in arguments if f"    {name}: " not in module_text]
            if spec.get("style") not in ("cursor", "offset", "page") or not position or missing:
                raise RegenerationError(f"x-pagination of {op_id}: bad style or parameters {missing}")
            item = _item_class(document, operation, spec["items"])
            imports.append(f"from .api.{modules[0].parent.name} import {function}")
            models.append(item)

            def attribute_path(key: str, spec: dict[str, Any] = spec) -> str | None:
                if key not in spec:
                    return None
                if spec[key] == ".":
                    return "."
                # The generator's attribute names (`next` becomes `next_`, `startAt` `start_at`).
                return ".".join(PythonIdentifier(part, prefix="field_") for part in spec[key].split("."))

            fields = {
                "operation": op_id,
                "style": spec["style"],
                "position_param": snake_case(position),
                "size_param": snake_case(spec["sizeParam"]) if "sizeParam" in spec else None,
                "items": attribute_path("items"),
                "next_cursor": attribute_path("nextCursor"),
                "has_more": attribute_path("hasMore"),
                "is_last": attribute_path("isLast"),
                "first_page": int(spec.get("firstPage", 1)),
            }
            constant = function.upper()
            arguments_text = ", ".join(f"{key}={value!r}" for key, value in fields.items())
            signature = "*, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any"
            call = "client=client, page_size=page_size, params=params"
            bodies.append(
                f"{constant} = Pagination({arguments_text})\n\n\n"
                f"def iter_{function}({signature}) -> Iterator[{item}]:\n"
                f'    """Every item of {op_id}, page after page (`params`: its other arguments)."""\n'
                f"    return iterate({function}.call, {constant}, {call})\n\n\n"
                f"def aiter_{function}({signature}) -> AsyncIterator[{item}]:\n"
                f'    """Every item of {op_id}, page after page, for async clients."""\n'
                f"    return aiterate({function}.acall, {constant}, {call})\n"
            )
    if not bodies:
        return ""
    checking = "if TYPE_CHECKING:\n" + "".join(f"    from .models import {m}\n" for m in sorted(set(models)))
    return PAGING_HEADER + "\n".join(sorted(set(imports))) + "\n\n" + checking + "\n\n" + "\n\n".join(bodies)


def write_paging_module(target: Target, package_dir: Path, env: dict[str, str]) -> None:
    import yaml

    document = yaml.safe_load(target.spec_path.read_text(encoding="utf-8"))
    code = paging_code(document, package_dir)
    if not code:
        return
    path = package_dir / "paging.py"
    path.write_text(code, encoding="utf-8")
    # The same formatting as the generator's post-hooks (scripts/generator/*.yaml).
    ruff = str(Path(sys.executable).parent / "ruff")
    for hook in (["check", "--fix-only", "--extend-select=I"], ["format"]):
        command = [ruff, *hook, "--isolated", "--quiet", str(path)]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RegenerationError(f"ruff failed on {path.name}:\n{result.stdout}{result.stderr}")


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
