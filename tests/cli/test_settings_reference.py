"""The settings table is the one declaration of every setting: the README table is generated from it, and
every secret it names is a Settings field kept out of logs."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from mcp_server.config import Settings
from mcp_server.settings_table import SECRET_KEYS, SETTINGS

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_configuration_table_is_up_to_date() -> None:
    assert _script("settings_reference").main(["--check"]) == 0, "run `make tool-docs` and review the diff"


def test_every_secret_setting_is_a_settings_field_listed_in_its_secrets() -> None:
    fields = {field.name for field in dataclasses.fields(Settings)}
    assert set(SECRET_KEYS) <= fields
    values: dict[str, Any] = {key: f"value-of-{key}-0123456789abcdef0123456789" for key in SECRET_KEYS}
    assert set(dataclasses.replace(Settings(), **values).secrets) == set(values.values())


def test_each_setting_has_a_flag_or_a_variable_and_unique_names() -> None:
    assert all(setting.flag or setting.variable for setting in SETTINGS)
    for attribute in ("key", "flag", "variable"):
        names = [getattr(setting, attribute) for setting in SETTINGS if getattr(setting, attribute)]
        assert len(names) == len(set(names)), attribute


def test_the_defaults_shown_are_the_defaults_used() -> None:
    defaults = {field.name: field.default for field in dataclasses.fields(Settings)}
    compared = 0
    for setting in SETTINGS:
        used = defaults.get(setting.key, dataclasses.MISSING)
        if setting.default is None or not isinstance(used, str | int | bool):
            continue  # no default shown, not a Settings field, or a set ("all" toolsets)
        assert setting.default == str(used).lower(), setting.key
        compared += 1
    assert compared >= 8  # transport, host, port, API URL, layout, connections, header timeout, switches
