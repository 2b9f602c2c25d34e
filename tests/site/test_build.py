"""A strict build of both languages: every page, row and key difference, with the same ids."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from datafactory import REPO, copy_project
from htmlpage import HtmlPage

from bpokpo import load_content

CONTENT = load_content(str(REPO / "data"))
LANGUAGES = CONTENT.languages
PAGES = ["", "comparison/", "conclusion/", "infographic/", *(f"{term.id}/" for term in CONTENT.terms)]


def page(site: Path, language: str, url: str) -> HtmlPage:
    return HtmlPage.read(site / language / url / "index.html")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("url", PAGES)
def test_every_page_is_built_in_its_language_with_a_description(built_site: Path, language: str, url: str) -> None:
    html = page(built_site, language, url)
    assert html.find("html")[0].attrs["lang"] == language
    description = html.meta("description")
    assert description and len(description) > 40
    assert description != CONTENT.description("en" if language == "sv" else "sv")


@pytest.mark.parametrize("language", LANGUAGES)
def test_comparison_table_holds_every_dimension(built_site: Path, language: str) -> None:
    html = page(built_site, language, "comparison/")
    rows = [e.attrs["id"] for e in html.inside("tr", "table.bk-table") if "id" in e.attrs]
    assert rows == [d.id for d in CONTENT.dimensions]
    headers = [e for e in html.inside("th", "table.bk-table") if e.attrs.get("scope") == "col"]
    assert len(headers) == 1 + len(CONTENT.terms)
    cells = html.inside("td", "table.bk-table")
    assert len(cells) == len(rows) * len(CONTENT.terms)


@pytest.mark.parametrize("language", LANGUAGES)
def test_key_differences_are_one_sentence_per_dimension_linked_to_its_row(built_site: Path, language: str) -> None:
    html = page(built_site, language, "comparison/")
    items = [e for e in html.inside("li", "ul.bk-differences") if "bk-item" in e.classes]
    assert [e.attrs["id"] for e in items] == [f"difference-{d.id}" for d in CONTENT.dimensions]
    assert [e.text.strip() for e in items] == [
        f"{d.label(language)} {d.contrast(language)}" for d in CONTENT.dimensions
    ]
    links = html.find("a", "bk-differences__label")
    assert [link.attrs["href"] for link in links] == [f"./#{d.id}" for d in CONTENT.dimensions]


def test_both_languages_have_the_same_pages_and_ids(built_site: Path) -> None:
    for url in PAGES:
        sv, en = (page(built_site, language, url) for language in ("sv", "en"))
        data_ids = lambda html: [i for i in html.ids() if not i.startswith("__")]  # noqa: E731
        assert data_ids(sv) == data_ids(en), url
    sv_terms = page(built_site, "sv", "bpo/").ids()
    for item in ("onshore", "nearshore", "offshore", "human-resources", "website-services"):
        assert item in sv_terms


def test_every_fact_of_the_data_is_on_a_page(built_site: Path) -> None:
    """Each text of the data reaches the built site in each language."""
    for language in LANGUAGES:
        # Text runs joined as the browser shows them (an abbr splits a sentence into runs), spaces collapsed.
        text = " ".join(" ".join("".join(page(built_site, language, url).text).split()) for url in PAGES)
        expected: list[str] = []
        for term in CONTENT.terms:
            expected += [
                term.full_name(language),
                term.definition(language),
                *(c(language) for c in term.characteristics),
            ]
            for item in term.types:
                expected += [item.name(language), item.description(language)]
            for activity in term.activities:
                expected += [activity.name(language), *(e(language) for e in activity.examples)]
        for dimension in CONTENT.dimensions:
            expected += [dimension.label(language), *(v(language) for v in dimension.values.values())]
        expected += [p(language) for p in CONTENT.intro.paragraphs] + [e(language) for e in CONTENT.intro.examples]
        expected += [p.text(language) for p in CONTENT.conclusion.points] + [s.title(language) for s in CONTENT.sources]
        missing = [item for item in expected if " ".join(item.split()) not in text]
        assert not missing, f"{language}: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_internal_links_and_fragments_resolve(built_site: Path, language: str) -> None:
    root = built_site / language
    for file in root.rglob("*.html"):
        html = HtmlPage.read(file)
        for element in html.find("a"):
            href = element.attrs.get("href", "")
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not href or href.startswith(("mailto:", "javascript:")):
                continue
            if parts.path.startswith("/"):  # 404.html links from the site root, as it is served at any path
                target = built_site / unquote(parts.path).lstrip("/")
            else:
                target = (file.parent / unquote(parts.path)).resolve() if parts.path else file
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{file.relative_to(built_site)}: broken link {href}"
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in HtmlPage.read(target).ids(), (
                    f"{file.relative_to(built_site)}: missing #{parts.fragment} in {href}"
                )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_resource_from_another_host(built_site: Path, language: str) -> None:
    for file in (built_site / language).rglob("*.html"):
        html = HtmlPage.read(file)
        for element in html.elements:
            source = element.attrs.get("src") or (
                element.attrs.get("href")
                if element.tag == "link" and element.attrs.get("rel") not in ("canonical", "alternate")
                else None
            )
            if source:
                assert not urlsplit(source).netloc, f"{file}: {element.tag} loads {source}"


def test_root_sends_readers_to_swedish_keeping_the_fragment(built_site: Path) -> None:
    root = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'location.replace("sv/" + location.search + location.hash)' in root
    assert 'content="0; url=sv/"' in root


def run_build(project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "bpokpo.site_build", "--project", str(project), "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_bad_data_stops_the_build_with_a_located_message(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    term = project / "data" / "terms" / "kpo.yml"
    lines = term.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("abbreviation:"))
    lines[number] = "abbreviation: no"
    term.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_build(project, tmp_path / "out")
    assert result.returncode == 1
    assert f"data/terms/kpo.yml:{number + 1}:15: abbreviation: expected text, found the boolean false" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "out" / "sv" / "index.html").exists()


def test_a_broken_link_fails_the_strict_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    with open(project / "docs" / "conclusion.md", "a", encoding="utf-8") as page_file:
        page_file.write("\n[x](comparison.md#no-such-row)\n")
    result = run_build(project, tmp_path / "out")
    assert result.returncode == 1
    assert "no-such-row" in result.stderr


def test_navigation_follows_the_data(built_site: Path) -> None:
    """Home, then one page per term in term order, then the comparison pages."""
    html = page(built_site, "en", "")
    links = [e.attrs["href"] for e in html.find("a", "md-nav__link") if not e.attrs["href"].startswith("#")]
    expected = [".", *(f"{term.id}/" for term in CONTENT.terms), "comparison/", "infographic/", "conclusion/"]
    assert links[: len(expected)] == expected
