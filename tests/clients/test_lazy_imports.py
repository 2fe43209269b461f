"""The generated packages import their models on first use: one endpoint module loads only its own
models, while `from <package>.models import Model`, `__all__` and `dir()` behave as an eager package."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

PACKAGES = ("jsm_ops_client", "csm_client", "jira_groups_client")


def _loaded_after(statement: str) -> list[str]:
    """The model modules a fresh interpreter has loaded after running statement."""
    code = (
        f"import json, sys\n{statement}\nprint(json.dumps(sorted(m for m in sys.modules if '.models.' in m)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_one_endpoint_module_loads_only_its_own_models() -> None:
    loaded = _loaded_after("from csm_client.api.tasks import get_task")
    assert loaded == [
        "csm_client.models.error_response",
        "csm_client.models.experimental_api_opt_in",
        "csm_client.models.task",
        "csm_client.models.task_status",
    ]


def test_importing_the_package_or_its_models_loads_no_model() -> None:
    assert _loaded_after("import csm_client, csm_client.models, jsm_ops_client.models") == []


def test_importing_a_model_by_name_loads_that_model_only() -> None:
    loaded = _loaded_after("from jira_groups_client.models import AddGroupBean")
    assert loaded == ["jira_groups_client.models.add_group_bean"]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_exported_model_resolves_to_its_class(package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    assert len(models.__all__) == len(set(models.__all__)) > 0
    for name in models.__all__:
        value = getattr(models, name)
        assert value.__name__ == name and value.__module__.startswith(f"{package}.models.")
        assert name in dir(models)
    client = importlib.import_module(package)
    assert client.Client.__name__ == "Client" and "AuthenticatedClient" in dir(client)


@pytest.mark.parametrize("package", PACKAGES)
def test_an_unknown_name_is_an_attribute_and_import_error(package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError, match="cannot import name 'NoSuchModel'"):
        exec(f"from {package}.models import NoSuchModel", {})
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchClient'"):
        importlib.import_module(package).NoSuchClient  # noqa: B018
