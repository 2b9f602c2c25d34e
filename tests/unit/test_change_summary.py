"""The CI job summary: which terms and dimensions a change adds, removes or changes (on the test data set)."""

from __future__ import annotations

import shutil
from pathlib import Path

from datafactory import FIXTURE_DATA

from bpokpo.change_summary import compare, summary_markdown


def copy_data(target: Path) -> Path:
    shutil.copytree(FIXTURE_DATA, target)
    return target


def edit(path: Path, find: str, replace: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert find in text
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")


def test_no_change_says_so(tmp_path: Path) -> None:
    changes = compare(str(FIXTURE_DATA), str(copy_data(tmp_path / "head")))
    assert not changes.terms and not changes.dimensions and changes.site == ()
    assert "No term, dimension or site text changed." in summary_markdown(changes)


def test_added_removed_and_changed_entries_are_listed(tmp_path: Path) -> None:
    head = copy_data(tmp_path / "head")
    shutil.copy(head / "terms" / "beta.yml", head / "terms" / "gamma.yml")
    edit(head / "terms" / "alpha.yml", 'en: "Alpha process outsourcing"', 'en: "Alpha process outsourcing (ALF)"')
    edit(head / "dimensions.yml", 'en: "Slow"', 'en: "Very slow"')
    edit(head / "dimensions.yml", '  - id: "scale"', '  - id: "size"')
    edit(head / "site.yml", 'en: "In brief"', 'en: "Briefly"')
    changes = compare(str(FIXTURE_DATA), str(head))
    assert changes.terms.added == ("gamma",)
    assert changes.terms.changed == (("alpha", ("full_name.en",)),)
    assert changes.dimensions.added == ("size",)
    assert changes.dimensions.removed == ("scale",)
    assert changes.dimensions.changed == (("pace", ("values.beta",)),)
    assert changes.site == ("intro",)
    summary = summary_markdown(changes)
    assert "| Terms | `gamma` | – | `alpha` (`full_name.en`) |" in summary
    assert "| Dimensions | `size` | `scale` | `pace` (`values.beta`) |" in summary
    assert "Site text changed: `intro`" in summary


def test_a_reordered_dimension_is_noticed(tmp_path: Path) -> None:
    head = copy_data(tmp_path / "head")
    path = head / "dimensions.yml"
    text = path.read_text(encoding="utf-8")
    services = text[text.index('  - id: "services"') : text.index('  - id: "risk"')]
    path.write_text(text.replace(services, "").replace('  - id: "full-name"', services + '  - id: "full-name"'))
    changes = compare(str(FIXTURE_DATA), str(head))
    assert changes.dimension_order_changed
    assert not changes.dimensions
    assert "The order of the dimensions changed." in summary_markdown(changes)


def test_a_missing_or_broken_base_counts_everything_as_added(tmp_path: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    (base / "dimensions.yml").write_text("dimensions: [\n", encoding="utf-8")
    changes = compare(str(base), str(FIXTURE_DATA))
    assert set(changes.terms.added) == {"alpha", "beta"}
    assert "pace" in changes.dimensions.added


def test_ids_from_a_pull_request_cannot_break_the_summary(tmp_path: Path) -> None:
    head = copy_data(tmp_path / "head")
    edit(head / "dimensions.yml", '  - id: "scale"', '  - id: "x` | <img src=x onerror=alert(1)>"')
    summary = summary_markdown(compare(str(FIXTURE_DATA), str(head)))
    row = next(line for line in summary.splitlines() if line.startswith("| Dimensions"))
    assert row.count("|") == 5
    assert "<img" not in summary
