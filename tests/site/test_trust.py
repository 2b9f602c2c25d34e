"""Every generated page says when its facts last changed and where they come from, and edits its data file."""

from __future__ import annotations

import functools
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from datafactory import REPO
from htmlpage import HtmlPage

from bpokpo import load_content

CONTENT = load_content(str(REPO / "data"))
TERM_FILES = [f"terms/{term.id}.yml" for term in CONTENT.terms]
# The data files each page shows facts from; the first is the one its edit button opens.
PAGE_DATA = {
    "": ["site.yml", *TERM_FILES],
    "comparison/": ["dimensions.yml", *TERM_FILES],
    "infographic/": ["dimensions.yml", *TERM_FILES],
    "conclusion/": ["site.yml", "dimensions.yml", *TERM_FILES],
    **{f"{term.id}/": [f"terms/{term.id}.yml", "dimensions.yml"] for term in CONTENT.terms},
}
EDIT_BASE = "https://github.com/bpo-kpo/bpo-vs-kpo/edit/main/data/"


def git(*arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()


@functools.cache
def file_date(relative: str) -> datetime:
    """Independently of the site's code: the file's last commit, or its time if it has uncommitted edits."""
    path = f"data/{relative}"
    if git("rev-parse", "--is-shallow-repository") == "true" or git("status", "--porcelain", "--", path):
        return datetime.fromtimestamp(int((REPO / path).stat().st_mtime), tz=UTC)
    return datetime.fromisoformat(git("log", "-1", "--first-parent", "--format=%cI", "--", path))


def facts(html: HtmlPage) -> list[dict[str, str]]:
    return [e.attrs for e in html.inside("time", "footer.bk-page-facts")]


@pytest.mark.parametrize("language", CONTENT.languages)
@pytest.mark.parametrize("url", PAGE_DATA)
def test_page_shows_when_its_facts_last_changed(built_site: Path, language: str, url: str) -> None:
    html = HtmlPage.read(built_site / language / url / "index.html")
    [time] = facts(html)
    expected = max(file_date(name) for name in PAGE_DATA[url])
    assert datetime.fromisoformat(time["datetime"]) == expected


@pytest.mark.parametrize("language", CONTENT.languages)
@pytest.mark.parametrize("url", PAGE_DATA)
def test_page_names_its_sources(built_site: Path, language: str, url: str) -> None:
    # as read: without the soft hyphens the build puts into long words
    text = (built_site / language / url / "index.html").read_text(encoding="utf-8").replace("\u00ad", "")
    footer = text[text.index('<footer class="bk-page-facts">') :]
    footer = footer[: footer.index("</footer>")]
    assert CONTENT.ui["facts_from"](language) in footer
    for source in CONTENT.sources:
        assert source.title(language).replace("’", "&rsquo;") in footer or source.title(language) in footer


@pytest.mark.parametrize("language", CONTENT.languages)
@pytest.mark.parametrize("url", PAGE_DATA)
def test_edit_button_opens_the_data_file(built_site: Path, language: str, url: str) -> None:
    html = HtmlPage.read(built_site / language / url / "index.html")
    [edit] = [e for e in html.find("a") if "md-content__button" in e.classes]
    assert edit.attrs["href"] == EDIT_BASE + PAGE_DATA[url][0]
    assert edit.attrs["title"] == CONTENT.ui["edit_data"](language)
    assert "rel" not in edit.attrs  # rel="edit" is not a link type HTML allows on <a>
    assert (REPO / "data" / PAGE_DATA[url][0]).is_file()


def test_no_page_asks_the_repository_host_for_anything(built_site: Path) -> None:
    """repo_url would make every page fetch the repository's stars from the host's API."""
    for file in built_site.rglob("*.html"):
        text = file.read_text(encoding="utf-8")
        assert "api.github.com" not in text
        assert 'data-md-component="source"' not in text, file
