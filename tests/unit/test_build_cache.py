"""What `make serve` keeps between rebuilds: nothing unless it sets the folder, then each kind apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment, FileSystemBytecodeCache

from bpokpo.build_cache import CACHE_ENV, cache_folder
from bpokpo.mkdocs_site import with_template_cache


def test_a_plain_build_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    assert cache_folder("png") is None
    assert with_template_cache(Environment()).bytecode_cache is None


def test_under_serve_templates_are_compiled_once_into_their_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    env = with_template_cache(Environment(loader=DictLoader({"page.html": "<p>{{ text | e }}</p>"})))
    assert isinstance(env.bytecode_cache, FileSystemBytecodeCache)
    assert env.get_template("page.html").render(text="<b>") == "<p>&lt;b&gt;</p>"
    kept = list((tmp_path / "templates").iterdir())
    assert len(kept) == 1  # the compiled template, for the next build
    again = with_template_cache(Environment(loader=DictLoader({"page.html": "<p>{{ text | e }}</p>"})))
    assert again.get_template("page.html").render(text="x") == "<p>x</p>"
    assert list((tmp_path / "templates").iterdir()) == kept
