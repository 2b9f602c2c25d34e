"""Moved pages: data/redirects.yml is validated, and each old path gets a page that forwards readers."""

from __future__ import annotations

from pathlib import Path

import pytest
from htmlpage import HtmlPage

from bpokpo import DataErrors
from bpokpo.page_redirects import PageRedirect, load_redirects, redirect_page, redirected_url, write_redirect_pages

PAGES = ("", "bpo/", "comparison/", "conclusion/")


def redirects_file(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "redirects.yml").write_text(body, encoding="utf-8")
    return folder


def test_redirects_are_read(tmp_path: Path) -> None:
    data = redirects_file(
        tmp_path, 'redirects:\n  - {from: "compare/", to: "comparison/"}\n  - {from: "start/", to: ""}\n'
    )
    assert load_redirects(str(data), PAGES) == (PageRedirect("compare/", "comparison/"), PageRedirect("start/", ""))


def test_no_file_and_an_empty_list_mean_no_redirects(tmp_path: Path) -> None:
    assert load_redirects(str(tmp_path), PAGES) == ()
    assert load_redirects(str(redirects_file(tmp_path, "redirects: []\n")), PAGES) == ()


def test_every_mistake_is_reported_with_its_line(tmp_path: Path) -> None:
    data = redirects_file(
        tmp_path,
        "redirects:\n"
        '  - {from: "comparison/", to: "bpo/"}\n'  # would hide a page
        '  - {from: "old/", to: "gone/"}\n'  # no such page
        '  - {from: "Old Page", to: "bpo/"}\n'  # not a path
        '  - {from: "older/", to: "bpo/"}\n'
        '  - {from: "older/", to: "conclusion/"}\n'  # twice
        '  - {from: "x/"}\n',  # missing key
    )
    with pytest.raises(DataErrors) as failure:
        load_redirects(str(data), PAGES)
    report = failure.value.report()
    assert "The site data has 5 problems" in report
    assert "redirects.yml:2:12: redirects[0].from: 'comparison/' is a page of the site" in report
    assert "redirects.yml:3:24: redirects[1].to: there is no page 'gone/'" in report
    assert "redirects.yml:4:12: redirects[2].from: 'Old Page' is not a page path" in report
    assert "redirects[4].from: 'older/' is redirected twice" in report
    assert "redirects[5].to: the required key 'to' is missing" in report


def test_a_link_to_an_old_path_ends_on_the_new_one() -> None:
    redirects = (PageRedirect("compare/", "comparison/"),)
    assert redirected_url(redirects, "compare/") == "comparison/"
    assert redirected_url(redirects, "bpo/") == "bpo/"


def test_the_redirect_page_keeps_the_fragment_and_works_without_scripts() -> None:
    html = redirect_page(PageRedirect("old/deep/", "comparison/"), "sv", "https://example.org/sv/")
    assert 'location.replace("../../comparison/" + location.search + location.hash)' in html
    assert '<meta http-equiv="refresh" content="0; url=../../comparison/">' in html
    assert '<link rel="canonical" href="https://example.org/sv/comparison/">' in html
    assert '<html lang="sv">' in html
    assert '<meta name="robots" content="noindex">' in html


def test_redirect_pages_are_written_at_the_old_paths(tmp_path: Path) -> None:
    write_redirect_pages(str(tmp_path), (PageRedirect("compare/", "comparison/"),), "en", "")
    page = HtmlPage.read(tmp_path / "compare" / "index.html")
    assert [a.attrs["href"] for a in page.find("a")] == ["../comparison/"]
    assert not page.find("link")  # no canonical without a site address
