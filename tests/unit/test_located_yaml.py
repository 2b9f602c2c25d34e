"""The fast (libyaml) parse and the pure-Python parse give the same result; errors keep the precise message."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bpokpo import located_yaml
from bpokpo.errors import DataError

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path", sorted((REPO / "data").rglob("*.yml")), ids=lambda path: path.name)
def test_fast_and_pure_python_parsers_agree_on_values_and_positions(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = located_yaml.load_located(str(path), path.name)
    monkeypatch.setattr(located_yaml, "_FAST_LOADER", yaml.SafeLoader)
    assert fast == located_yaml.load_located(str(path), path.name)


def test_syntax_error_has_the_pure_python_parsers_message(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text('id: "x"\nname: @foo\n', encoding="utf-8")
    [error] = located_yaml.load_located(str(path), "bad.yml")
    assert isinstance(error, DataError)
    assert (error.line, error.column) == (2, 7)
    # libyaml says only "found character that cannot start any token"
    assert "found character '@' that cannot start any token" in error.message
