"""Every generated page says when its facts last changed and where they come from, and edits its data file."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

from htmlpage import HtmlPage
from site_under_test import SiteUnderTest, git_dated

from bpokpo.model import Content
from bpokpo.site_map import SitePage

EDIT_BASE = "https://github.com/bpo-kpo/bpo-vs-kpo/edit/main/data/"


def page_data(content: Content, page: SitePage) -> list[str]:
    """The data files each page shows facts from, independently of the site's code; the first is the one
    its edit button opens."""
    terms = [f"terms/{Path(term.source_file).name}" for term in content.terms]
    files = {
        "home": ["site.yml", *terms],
        "comparison": ["dimensions.yml", *terms],
        "infographic": ["dimensions.yml", *terms],
        "conclusion": ["site.yml", "dimensions.yml", *terms],
        "choose": ["dimensions.yml", "site.yml", *terms],
        "buying": ["buying.yml", "sources.yml", "glossary.yml", "dimensions.yml", *terms],
        "glossary": ["glossary.yml", "sources.yml", *terms],
    }
    if page.kind == "term":
        return [f"terms/{Path(content.term(str(page.term_id)).source_file).name}", "dimensions.yml"]
    return files[page.kind]


def git(project: Path, *arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=project, capture_output=True, text=True, check=True).stdout.strip()


def file_date(project: Path, relative: str) -> datetime:
    """The file's last commit, or its time if it has uncommitted edits or the project has no history."""
    path = f"data/{relative}"
    if (
        not git_dated(project)
        or git(project, "rev-parse", "--is-shallow-repository") == "true"
        or git(project, "status", "--porcelain", "--", path)
    ):
        return datetime.fromtimestamp(int((project / path).stat().st_mtime), tz=UTC)
    return datetime.fromisoformat(git(project, "log", "-1", "--first-parent", "--format=%cI", "--", path))


def test_every_page_shows_when_its_facts_last_changed(site: SiteUnderTest) -> None:
    for language in site.languages:
        for page in site.pages:
            [time] = [e.attrs for e in site.html(language, page.url).inside("time", "footer.bk-page-facts")]
            expected = max(file_date(site.project, name) for name in page_data(site.content, page))
            assert datetime.fromisoformat(time["datetime"]) == expected, f"/{language}/{page.url}"


def footer(site: SiteUnderTest, language: str, page: SitePage) -> HtmlPage:
    """The facts footer of a built page, parsed: its text and its links."""
    text = (site.out / language / page.url / "index.html").read_text(encoding="utf-8")
    start = text.index('<footer class="bk-page-facts">')
    parsed = HtmlPage()
    parsed.feed(text[start : text.index("</footer>", start)])
    return parsed


def test_a_term_page_names_its_terms_sources_and_only_those(site: SiteUnderTest) -> None:
    content = site.content
    for language in site.languages:
        for term in content.terms:
            page = next(p for p in site.pages if p.term_id == term.id)
            text = footer(site, language, page).shown_text()
            assert content.ui["facts_from"](language) in text
            assert term.sources
            for source in term.sources:
                assert source.title(language) in text, f"/{language}/{term.id}/: {source.id}"
            others = {s.id: s for t in content.terms if t is not term for s in t.sources}
            for source in others.values():
                if source not in term.sources:
                    assert source.title(language) not in text, f"/{language}/{term.id}/ credits {source.id}"


def test_a_page_about_every_term_names_every_source(site: SiteUnderTest) -> None:
    content = site.content
    sources = {s.id: s for s in (*content.sources, *(s for term in content.terms for s in term.sources))}
    for language in site.languages:
        for page in site.pages:
            if page.kind == "term":
                continue
            parsed = footer(site, language, page)
            text = parsed.shown_text()
            for source in sources.values():
                assert text.count(source.title(language)) == 1, f"/{language}/{page.url}: {source.id}"
                if source.url:
                    assert source.url in [a.attrs["href"] for a in parsed.find("a")]


def test_edit_button_opens_the_data_file(site: SiteUnderTest) -> None:
    for language in site.languages:
        for page in site.pages:
            [edit] = [e for e in site.html(language, page.url).find("a") if "md-content__button" in e.classes]
            first = page_data(site.content, page)[0]
            assert edit.attrs["href"] == EDIT_BASE + first
            assert edit.attrs["title"] == site.content.ui["edit_data"](language)
            assert "rel" not in edit.attrs  # rel="edit" is not a link type HTML allows on <a>
            assert (site.project / "data" / first).is_file()


def test_no_page_asks_the_repository_host_for_anything(site: SiteUnderTest) -> None:
    """repo_url would make every page fetch the repository's stars from the host's API."""
    for file in site.out.rglob("*.html"):
        text = file.read_text(encoding="utf-8")
        assert "api.github.com" not in text
        assert 'data-md-component="source"' not in text, file
