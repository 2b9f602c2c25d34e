"""The benchmark's own logic, so that `make bench` does not rot: summaries, verdicts, synthetic data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from bench import run as bench_run
from bench.page_weight import PageWeight, gzip_size
from bench.processes import CommandFailed, run_measured
from bench.run import counts_row, format_table, ratio_row, same_pages, seconds_row, weight_row
from bench.static_pages import static_page
from bench.summary import summarize
from bench.synthetic_data import real_dimension_count, write_synthetic_data
from bpokpo.loader import load_content

REPO = Path(__file__).resolve().parents[2]


def test_summary_of_an_odd_and_an_even_number_of_runs() -> None:
    odd = summarize([3.0, 1.0, 2.0])
    assert (odd.median, odd.minimum, odd.maximum, odd.runs) == (2.0, 1.0, 3.0, 3)
    assert summarize([4.0, 1.0, 2.0, 3.0]).median == 2.5
    with pytest.raises(ValueError):
        summarize([])


def test_ratio_is_of_the_medians_with_the_extremes_the_runs_allow() -> None:
    row = ratio_row("ratio", summarize([2.0, 3.0, 4.0]), summarize([1.0, 2.0, 4.0]), 1.25)
    assert (row.result, row.minimum, row.maximum) == ("1.50", "0.50", "4.00")
    assert row.met is False
    assert ratio_row("ratio", summarize([2.0]), summarize([2.0]), 1.25).met is True
    with_cpu = ratio_row("ratio", summarize([2.0]), summarize([2.0]), 1.25, (summarize([1.2]), summarize([1.0])))
    assert with_cpu.result == "1.00 (CPU 1.20)"


def test_a_timed_row_is_met_only_below_its_target() -> None:
    assert seconds_row("build", summarize([4.9, 5.2, 4.8]), 5.0).met is True
    assert seconds_row("build", summarize([5.0, 5.2, 5.1]), 5.0).met is False
    assert seconds_row("build", summarize([9.0]), None).met is None


def test_page_weight_verdicts() -> None:
    light = PageWeight("sv", "comparison/", 12, 300_000, 90_000, ())
    heavy = PageWeight("sv", "comparison/", 12, 500_000, 130_000, ())
    leaking = PageWeight("en", "", 13, 300_000, 90_000, ("https://fonts.example/x.css",))
    heavy_home = PageWeight("en", "", 12, 500_000, 130_000, ())
    assert weight_row(light).met is True
    assert weight_row(heavy).met is False
    assert weight_row(leaking).met is False
    assert weight_row(heavy_home).met is True  # the size target is the comparison page's
    assert gzip_size(b"a" * 10_000) < 100


def test_counts_row_wants_one_load_and_every_page_once() -> None:
    def tally(count: int) -> dict[str, float]:
        return {"count": count, "seconds": 0.01}

    counts = {"data loaded and validated": tally(1), "YAML files parsed": tally(4), "pages rendered": tally(12)}
    row = counts_row("work", counts, 12, 4)
    assert row.met is True
    assert row.result.startswith("data loaded and validated: 1× in 0.01 s;")
    assert counts_row("work", {**counts, "data loaded and validated": tally(12)}, 12, 4).met is False
    assert counts_row("work", {**counts, "YAML files parsed": tally(8)}, 12, 4).met is False
    assert counts_row("work", {**counts, "pages rendered": tally(0)}, 12, 4).met is False


def test_table_has_a_line_per_row_and_marks_misses() -> None:
    rows = [seconds_row("fast", summarize([1.0]), 5.0), seconds_row("slow", summarize([6.0]), 5.0)]
    lines = format_table(rows).splitlines()
    assert len(lines) == 4
    assert lines[2].endswith("| yes |") and lines[3].endswith("| **NO** |")


def test_run_measured_reports_the_childs_own_peak_memory(tmp_path: Path) -> None:
    allocate = "block = bytearray(80 * 2**20); block[::4096] = b'x' * len(block[::4096]); print('done')"
    measured = run_measured([sys.executable, "-c", allocate], cwd=str(tmp_path))
    assert measured.peak_bytes >= 80 * 2**20
    assert measured.output.strip() == "done"
    assert measured.cpu_seconds > 0
    # The benchmark's own memory does not count: a child's peak starts at its parent's.
    ballast = bytearray(150 * 2**20)
    ballast[::4096] = b"x" * len(ballast[::4096])
    small = run_measured([sys.executable, "-c", "pass"], cwd=str(tmp_path))
    del ballast
    assert small.peak_bytes < 60 * 2**20 < measured.peak_bytes
    with pytest.raises(CommandFailed, match="exited with 3"):
        run_measured([sys.executable, "-c", "raise SystemExit(3)"], cwd=str(tmp_path))


def test_synthetic_data_validates_at_the_size_asked_for(tmp_path: Path) -> None:
    write_synthetic_data(tmp_path / "data", 40, 3)
    content = load_content(str(tmp_path / "data"))
    assert len(content.dimensions) == 40 and len(content.terms) == 3
    for view in ("table", "key-differences", "infographic"):
        assert content.dimensions_in(view)  # type: ignore[arg-type]
    assert real_dimension_count() == len(load_content(str(REPO / "data")).dimensions)


def test_static_page_front_matter_reads_back_as_the_macros_left_it() -> None:
    meta = {"hide": ["toc"], "title": "BPO och KPO jämförda", "description": "Vad skiljer: 'BPO' # KPO?"}
    markdown = "# BPO och KPO jämförda {: #page-title }\n\n<table>\n</table>\n"
    body, read_back = get_data(static_page(markdown, meta))
    assert read_back == meta
    assert body.strip() == markdown.strip()


def test_same_pages_counts_byte_identical_html(tmp_path: Path) -> None:
    for side in ("a", "b"):
        (tmp_path / side / "x").mkdir(parents=True)
        (tmp_path / side / "index.html").write_text("<p>same</p>", encoding="utf-8")
    (tmp_path / "a" / "x" / "index.html").write_text("<p>one</p>", encoding="utf-8")
    (tmp_path / "b" / "x" / "index.html").write_text("<p>two</p>", encoding="utf-8")
    assert same_pages(tmp_path / "a", tmp_path / "b") == (1, 2)


def test_page_weight_without_chromium_is_a_missed_row_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench_run, "chromium_path", lambda: None)
    [row] = bench_run.Bench(tmp_path, 1).page_weight()
    assert row.met is False and row.result.startswith("not measured")
