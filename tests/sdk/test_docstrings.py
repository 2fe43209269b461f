"""Generated docstrings carry what the specs say about parameters, scopes and permissions."""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType

import pytest

from atlassian_specs import HTTP_METHODS, SPEC_FILES, load

PACKAGES = {"jsm-ops": "jsm_ops_client", "csm": "csm_client", "jira-groups": "jira_groups_client"}


def endpoint_modules(package: str) -> dict[str, ModuleType]:
    """Generated operation modules by operationId."""
    api = importlib.import_module(f"{package}.api")
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION_ID"):
            found[module.OPERATION_ID] = module
    return found


@pytest.mark.parametrize("spec", list(SPEC_FILES))
def test_every_parameter_is_described_and_scopes_and_permissions_are_stated(spec: str) -> None:
    modules = endpoint_modules(PACKAGES[spec])
    document = load(spec)
    for methods in document["paths"].values():
        for method in HTTP_METHODS:
            if method not in methods:
                continue
            operation = methods[method]
            doc = modules[operation["operationId"]].call.__doc__ or ""
            undocumented = re.findall(r"^\s+(\w+) \([^)]*\):\s*$", doc, re.M)
            assert not undocumented, f"{operation['operationId']}: no description for {undocumented}"
            for requirement in operation.get("security", []):
                for scope in requirement.get("oAuth2", []):
                    assert scope in doc, f"{operation['operationId']}: scope {scope} not in its docstring"
            permission = operation["x-permissions"].get("text")
            if permission:
                assert " ".join(permission.split()) in " ".join(doc.split()), operation["operationId"]
