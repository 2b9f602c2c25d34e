"""Printing the comparison: the whole table, no navigation, and the address of each row."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page
from site_under_test import UNEDITED, SiteUnderTest, in_languages

pytestmark = pytest.mark.browser

PAPER_WIDTH = 700  # px: an A4 or Letter page less its margins, at 96 px per inch


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_comparison_prints_the_whole_table_with_row_addresses(page: Page, site: SiteUnderTest, language: str) -> None:
    page.set_viewport_size({"width": PAPER_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    page.goto(f"{site.url}/{language}/comparison/")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-skip"):
        assert page.locator(chrome).first.is_hidden(), chrome
    table = page.locator("table.bk-table")
    assert table.evaluate("t => t.getBoundingClientRect().right <= t.parentElement.getBoundingClientRect().right")
    assert table.evaluate("t => getComputedStyle(t).display") == "table"
    assert page.locator("table.bk-table thead").is_visible()
    rows = table.locator("tbody tr")
    ids = [d.id for d in site.content.dimensions_in("table")]
    assert rows.count() == len(ids)
    for row, row_id in zip(rows.all(), ids, strict=True):
        assert row.is_visible()
        printed = row.locator("th").evaluate("th => getComputedStyle(th, '::after').content")
        assert printed == f'"{site.url}/{language}/comparison/#{row_id}"'


@pytest.mark.sites(UNEDITED)
def test_row_addresses_are_not_shown_on_screen(page: Page, site: SiteUnderTest) -> None:
    page.goto(f"{site.url}/en/comparison/")
    printed = page.locator("table.bk-table tbody th").first.evaluate("th => getComputedStyle(th, '::after').content")
    assert printed == "none"


@pytest.mark.sites(UNEDITED)
def test_comparison_prints_to_pdf(page: Page, site: SiteUnderTest, tmp_path: Path) -> None:
    page.goto(f"{site.url}/en/comparison/")
    pdf = page.pdf(path=str(tmp_path / "comparison.pdf"), format="A4")
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 10_000
