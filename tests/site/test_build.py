"""A strict build of both languages: every page, row and key difference, with the same ids, from the data.

Each test runs on the unedited site and on every edited copy (conftest.site), and expects
what the data of that site says.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from content_edits import real_content
from datafactory import copy_project
from site_under_test import SiteUnderTest, html_page

from bpokpo.anchors import difference_anchor


def test_every_page_is_built_in_its_language_with_a_description(site: SiteUnderTest) -> None:
    for language in site.languages:
        others = {site.content.description(other) for other in site.languages if other != language}
        for page in site.pages:
            html = site.html(language, page.url)
            assert html.find("html")[0].attrs["lang"] == language, page.url
            description = html.meta("description")
            assert description and len(description) > 40, page.url
            assert description == page.description(language) and description not in others, page.url


def test_comparison_table_holds_every_dimension(site: SiteUnderTest) -> None:
    for language in site.languages:
        html = site.html(language, "comparison/")
        rows = [e.attrs["id"] for e in html.inside("tr", "table.bk-table") if "id" in e.attrs]
        assert rows == [d.id for d in site.content.dimensions] and rows, language
        headers = [e for e in html.inside("th", "table.bk-table") if e.attrs.get("scope") == "col"]
        assert len(headers) == 1 + len(site.content.terms)
        assert len(html.inside("td", "table.bk-table")) == len(rows) * len(site.content.terms)


def test_key_differences_are_one_sentence_per_dimension_linked_to_its_row(site: SiteUnderTest) -> None:
    dimensions = site.content.dimensions
    for language in site.languages:
        html = site.html(language, "comparison/")
        items = [e for e in html.inside("li", "ul.bk-differences") if "bk-item" in e.classes]
        assert [e.attrs["id"] for e in items] == [difference_anchor(d.id) for d in dimensions] and items
        assert [" ".join(e.text.split()) for e in items] == [
            " ".join(f"{d.label(language)} {d.contrast(language)}".split()) for d in dimensions
        ]
        links = html.find("a", "bk-differences__label")
        assert [link.attrs["href"] for link in links] == [f"./#{d.id}" for d in dimensions]


def test_both_languages_have_the_same_pages_and_ids(site: SiteUnderTest) -> None:
    first, *others = site.languages
    for page in site.pages:
        data_ids = lambda html: [i for i in html.ids() if not i.startswith("__")]  # noqa: E731
        for other in others:
            assert data_ids(site.html(first, page.url)) == data_ids(site.html(other, page.url)), page.url
    for term in site.content.terms:
        on_page = set(site.html(first, f"{term.id}/").ids())
        assert {item.id for item in (*term.types, *term.activities)} <= on_page, term.id


def test_every_fact_of_the_data_is_on_a_page(site: SiteUnderTest) -> None:
    """Each text of the data reaches the built site in each language."""
    content = site.content
    for language in site.languages:
        text = " ".join(site.text(language, page.url) for page in site.pages)
        expected: list[str] = []
        for term in content.terms:
            expected += [
                term.full_name(language),
                term.definition(language),
                *(c(language) for c in term.characteristics),
                *(source.title(language) for source in term.sources),
            ]
            for item in term.types:
                expected += [item.name(language), item.description(language)]
            for activity in term.activities:
                expected += [activity.name(language), *(e(language) for e in activity.examples)]
        for dimension in content.dimensions:
            expected += [dimension.label(language), dimension.contrast(language)]
            expected += [v(language) for v in dimension.values.values()]
        expected += [p(language) for p in content.intro.paragraphs] + [e(language) for e in content.intro.examples]
        expected += [p.text(language) for p in content.conclusion.points] + [s.title(language) for s in content.sources]
        missing = [item for item in expected if " ".join(item.split()) not in text]
        assert not missing, f"{language}: {missing}"


def test_internal_links_and_fragments_resolve(site: SiteUnderTest) -> None:
    for language in site.languages:
        for file in (site.out / language).rglob("*.html"):
            html = html_page(file)
            for element in html.find("a"):
                href = element.attrs.get("href", "")
                parts = urlsplit(href)
                if parts.scheme or parts.netloc or not href or href.startswith(("mailto:", "javascript:")):
                    continue
                if parts.path.startswith("/"):  # 404.html links from the site root, as it is served at any path
                    target = site.out / unquote(parts.path).lstrip("/")
                else:
                    target = (file.parent / unquote(parts.path)).resolve() if parts.path else file
                if target.is_dir():
                    target = target / "index.html"
                assert target.exists(), f"{file.relative_to(site.out)}: broken link {href}"
                if parts.fragment and target.suffix == ".html":
                    assert parts.fragment in html_page(target).ids(), (
                        f"{file.relative_to(site.out)}: missing #{parts.fragment} in {href}"
                    )


def test_no_resource_from_another_host(site: SiteUnderTest) -> None:
    for language in site.languages:
        for file in (site.out / language).rglob("*.html"):
            html = html_page(file)
            for element in html.elements:
                source = element.attrs.get("src") or (
                    element.attrs.get("href")
                    if element.tag == "link" and element.attrs.get("rel") not in ("canonical", "alternate")
                    else None
                )
                if source:
                    assert not urlsplit(source).netloc, f"{file}: {element.tag} loads {source}"


def test_root_sends_readers_to_the_first_language_keeping_the_fragment(site: SiteUnderTest) -> None:
    root = (site.out / "index.html").read_text(encoding="utf-8")
    first = site.languages[0]
    assert f'location.replace("{first}/" + location.search + location.hash)' in root
    assert f'content="0; url={first}/"' in root
    page = html_page(site.out / "index.html")
    assert page.find("html")[0].attrs["lang"] == first
    assert site.content.title(first) in page.text  # the <title>, named from the data like every page
    links = [(a.attrs["href"], " ".join(a.attrs.get("lang", "").split())) for a in page.find("a")]
    assert links == [(f"{language}/", language) for language in site.languages]


def test_navigation_follows_the_data(site: SiteUnderTest) -> None:
    """Home, then one page per term in term order, then the comparison pages."""
    html = site.html(site.languages[-1], "")
    links = [e.attrs["href"] for e in html.find("a", "md-nav__link") if not e.attrs["href"].startswith("#")]
    expected = [".", *(f"{term.id}/" for term in site.content.terms), "comparison/", "infographic/", "conclusion/"]
    assert links[: len(expected)] == expected


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
    term = real_content().terms[-1]
    path = project / "data" / "terms" / Path(term.source_file).name
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("abbreviation:"))
    lines[number] = "abbreviation: no"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_build(project, tmp_path / "out")
    assert result.returncode == 1
    expected = f"data/terms/{path.name}:{number + 1}:15: abbreviation: expected text, found the boolean false"
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "out" / "sv" / "index.html").exists()


def test_a_broken_link_fails_the_strict_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    with open(project / "docs" / "conclusion.md", "a", encoding="utf-8") as page_file:
        page_file.write("\n[x](comparison.md#no-such-row)\n")
    result = run_build(project, tmp_path / "out")
    assert result.returncode == 1
    assert "no-such-row" in result.stderr
