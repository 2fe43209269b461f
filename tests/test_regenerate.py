"""scripts/regenerate.py: reproducible output, drift detection, and loud failures."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "regenerate.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["regenerate"] = module
    spec.loader.exec_module(module)
    return module


regenerate = _load()

BROKEN_SPEC = """\
openapi: 3.0.3
info: {title: broken, version: "1"}
paths:
  /things:
    get:
      responses: {}
      operationId: 12
"""

WARNING_SPEC = """\
openapi: 3.0.3
info: {title: warns, version: "1"}
paths:
  /things:
    get:
      operationId: getThing
      responses:
        "200":
          description: XML the generator cannot model
          content:
            application/xml:
              schema: {type: string}
"""


@pytest.fixture(scope="module")
def fresh_tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("generated")
    regenerate.build_tree(out)
    yield out


def test_committed_clients_match_a_fresh_generation_byte_for_byte(fresh_tree: Path) -> None:
    # The committed tree was produced by an earlier run, so equality also shows the output is reproducible.
    assert regenerate.differences(fresh_tree, regenerate.GENERATED_DIR) == []


def test_check_names_every_stale_missing_and_unexpected_file(fresh_tree: Path, tmp_path: Path) -> None:
    stale = tmp_path / "generated"
    shutil.copytree(fresh_tree, stale)
    (stale / "jsm_ops_client" / "client.py").write_text("# edited by hand\n")
    (stale / "csm_client" / "types.py").unlink()
    (stale / "jira_groups_client" / "extra.py").write_text("")
    assert regenerate.differences(fresh_tree, stale) == [
        "missing: generated/csm_client/types.py",
        "unexpected: generated/jira_groups_client/extra.py",
        "stale: generated/jsm_ops_client/client.py",
    ]


def test_check_mode_exits_non_zero_and_lists_drift(
    fresh_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "generated"
    shutil.copytree(fresh_tree, stale)
    (stale / "jsm_ops_client" / "client.py").write_text("# edited by hand\n")
    monkeypatch.setattr(regenerate, "GENERATED_DIR", stale)
    monkeypatch.setattr(
        regenerate, "build_tree", lambda out: shutil.copytree(fresh_tree, out, dirs_exist_ok=True)
    )
    assert regenerate.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert "make regenerate" in err and "stale: generated/jsm_ops_client/client.py" in err


def _single_target(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str) -> None:
    (tmp_path / "thing.yaml").write_text(text)
    monkeypatch.setattr(regenerate, "SPECS_DIR", tmp_path)
    monkeypatch.setattr(regenerate, "TARGETS", (regenerate.Target("thing.yaml", "jsm_ops_client"),))


def test_invalid_spec_fails_with_the_spec_and_the_reason(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _single_target(monkeypatch, tmp_path, BROKEN_SPEC)
    assert regenerate.main(["--check"]) == 2
    err = capsys.readouterr().err
    assert "thing.yaml is not a valid OpenAPI document" in err


def test_unparseable_yaml_fails_with_the_reason(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _single_target(monkeypatch, tmp_path, "openapi: [3.0.3\n")
    assert regenerate.main([]) == 2
    assert "thing.yaml is not valid YAML" in capsys.readouterr().err


def test_generator_warning_fails_instead_of_dropping_a_response(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _single_target(monkeypatch, tmp_path, WARNING_SPEC)
    with pytest.raises(regenerate.RegenerationError, match="Unsupported content_type application/xml"):
        regenerate.build_tree(tmp_path / "out")


def test_wrong_tool_version_fails_before_writing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(regenerate.PINNED, "ruff", "0.0.1")
    with pytest.raises(regenerate.RegenerationError, match=r"ruff .* pinned to 0\.0\.1; run `make install`"):
        regenerate.check_tools()
