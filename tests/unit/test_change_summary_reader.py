"""The change summary reads a pull request's data through the validator's reader, never yaml.safe_load."""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

from datafactory import REPO

from bpokpo.change_summary import compare


def test_an_alias_bomb_in_the_changed_data_is_unreadable_not_expanded(tmp_path: Path) -> None:
    head = tmp_path / "head"
    shutil.copytree(REPO / "data", head)
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    (head / "dimensions.yml").write_text("\n".join(levels) + "\n", encoding="utf-8")
    tracemalloc.start()
    changes = compare(str(REPO / "data"), str(head))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20 * 2**20
    assert changes.dimensions.added == () and changes.dimensions.removed  # read as no dimensions at all
