"""On every built page: each abbreviation of the data in an abbr with its expansion, and each
glossary entry linked at most once, never on the glossary page itself."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from site_under_test import SiteUnderTest

from bpokpo.model import Content
from bpokpo.site_map import SitePage

SKIPPED = {"script", "style", "svg", "code", "pre", "cite", "abbr", "title", "textarea"}


class ArticleText(HTMLParser):
    """The article's text outside abbr and verbatim elements, its abbrs, and its glossary links."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.bare: list[str] = []
        self.abbrs: list[tuple[str, str]] = []  # (text, title)
        self.links: list[str] = []
        self._abbr_title: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "abbr":
            self._abbr_title = values.get("title") or ""
        if tag == "a" and "bk-glossary-link" in (values.get("class") or ""):
            self.links.append(values.get("href") or "")
        if tag not in {"br", "img", "input", "hr", "meta", "link", "path", "rect", "circle"}:
            self.stack.append((tag, "data-bk-plain" in values))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if not any(tag == "article" for tag, _ in self.stack):
            return
        if self.stack and self.stack[-1][0] == "abbr":
            self.abbrs.append((data, self._abbr_title or ""))
        elif not any(tag in SKIPPED or plain for tag, plain in self.stack):
            self.bare.append(data)


def expansions(content: Content, language: str) -> dict[str, str]:
    found = {term.abbreviation: term.full_name(language) for term in content.terms}
    for entry in content.glossary:
        if entry.abbreviation:
            found[entry.abbreviation(language)] = entry.name(language)
    return found


def test_every_abbreviation_is_marked_and_each_entry_linked_once(site: SiteUnderTest) -> None:
    for language in site.languages:
        for page in site.pages:
            check_page(site, language, page)


def check_page(site: SiteUnderTest, language: str, page: SitePage) -> None:
    where = f"/{language}/{page.url}"
    parser = ArticleText()
    parser.feed((site.out / language / page.url / "index.html").read_text(encoding="utf-8"))
    known = expansions(site.content, language)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in known) + r")(?!\w)")
    bare = [m.group(0) for text in parser.bare for m in pattern.finditer(text)]
    assert not bare, f"{where}: unmarked abbreviations: {bare}"
    for text, title in parser.abbrs:
        if text in known:
            assert title == known[text], (where, text, title)
    entries = [href.rsplit("#", 1)[1] for href in parser.links]
    assert len(entries) == len(set(entries)), (where, entries)
    assert set(entries) <= {entry.id for entry in site.content.glossary}, where
    if page.kind == "glossary":
        assert entries == [], where
    elif page.kind in ("home", "buying"):
        assert entries, f"{where}: a page that uses glossary terms links to them"
