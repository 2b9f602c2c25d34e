"""The change summary reads a pull request's data through the validator's reader, never yaml.safe_load."""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

from datafactory import REPO

from bench.hostile_inputs import alias_bomb
from bpokpo.change_base import folder_side
from bpokpo.change_summary import compare


def test_an_alias_bomb_in_the_changed_data_is_unreadable_not_expanded(tmp_path: Path) -> None:
    head = tmp_path / "head"
    shutil.copytree(REPO / "data", head)
    (head / "dimensions.yml").write_text(alias_bomb(9), encoding="utf-8")
    tracemalloc.start()
    changes = compare(folder_side(str(REPO / "data")), folder_side(str(head)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20 * 2**20
    assert changes.unreadable == (f"{head}: data/dimensions.yml",)
    assert changes.dimensions.added == () and changes.dimensions.removed  # read as no dimensions at all
