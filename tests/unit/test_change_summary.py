"""The CI job summary: which terms and dimensions a change adds, removes or changes."""

from __future__ import annotations

import shutil
from pathlib import Path

from datafactory import REPO

from bpokpo.change_summary import compare, summary_markdown


def copy_data(target: Path) -> Path:
    shutil.copytree(REPO / "data", target)
    return target


def edit(path: Path, find: str, replace: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert find in text
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")


def test_no_change_says_so(tmp_path: Path) -> None:
    changes = compare(str(REPO / "data"), str(copy_data(tmp_path / "head")))
    assert not changes.terms and not changes.dimensions and changes.site == ()
    assert "No term, dimension or site text changed." in summary_markdown(changes)


def test_added_removed_and_changed_entries_are_listed(tmp_path: Path) -> None:
    head = copy_data(tmp_path / "head")
    shutil.copy(head / "terms" / "kpo.yml", head / "terms" / "ito.yml")
    edit(head / "terms" / "bpo.yml", 'en: "Business process outsourcing"', 'en: "Business process outsourcing (BPO)"')
    edit(head / "dimensions.yml", 'en: "Highly complex"', 'en: "Very complex"')
    edit(head / "dimensions.yml", '  - id: "driver"', '  - id: "main-driver"')
    edit(head / "site.yml", 'en: "Outsourcing in brief"', 'en: "Outsourcing, briefly"')
    changes = compare(str(REPO / "data"), str(head))
    assert changes.terms.added == ("ito",)
    assert changes.terms.changed == (("bpo", ("full_name.en",)),)
    assert changes.dimensions.added == ("main-driver",)
    assert changes.dimensions.removed == ("driver",)
    assert changes.dimensions.changed == (("complexity", ("values.kpo",)),)
    assert changes.site == ("intro",)
    summary = summary_markdown(changes)
    assert "| Terms | `ito` | – | `bpo` (`full_name.en`) |" in summary
    assert "| Dimensions | `main-driver` | `driver` | `complexity` (`values.kpo`) |" in summary
    assert "Site text changed: `intro`" in summary


def test_a_reordered_dimension_is_noticed(tmp_path: Path) -> None:
    head = copy_data(tmp_path / "head")
    path = head / "dimensions.yml"
    text = path.read_text(encoding="utf-8")
    arbitrage = text[text.index('  - id: "arbitrage"') : text.index('  - id: "process"')]
    path.write_text(text.replace(arbitrage, "").replace('  - id: "full-form"', arbitrage + '  - id: "full-form"'))
    changes = compare(str(REPO / "data"), str(head))
    assert changes.dimension_order_changed
    assert not changes.dimensions
    assert "The order of the dimensions changed." in summary_markdown(changes)


def test_a_missing_or_broken_base_counts_everything_as_added(tmp_path: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    (base / "dimensions.yml").write_text("dimensions: [\n", encoding="utf-8")
    changes = compare(str(base), str(REPO / "data"))
    assert set(changes.terms.added) == {"bpo", "kpo"}
    assert "complexity" in changes.dimensions.added


def test_ids_from_a_pull_request_cannot_break_the_summary(tmp_path: Path) -> None:
    head = copy_data(tmp_path / "head")
    edit(head / "dimensions.yml", '  - id: "driver"', '  - id: "x` | <img src=x onerror=alert(1)>"')
    summary = summary_markdown(compare(str(REPO / "data"), str(head)))
    row = next(line for line in summary.splitlines() if line.startswith("| Dimensions"))
    assert row.count("|") == 5
    assert "<img" not in summary
