"""Glossary markup on generated pages: every abbreviation in an ``abbr`` with its expansion, and
each glossary entry linked where a page first uses it.

It runs on a page's finished HTML, so it reaches every text the page shows, wherever it came
from, and touches text only: tags, attributes and entities pass through byte for byte. It
leaves alone what must stay as written (scripts, styles, code, inline SVG, quoted titles in
``cite``, anything marked ``data-bk-plain``) and never puts a link where a link cannot go
(inside another link, a heading, a form label or a button).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from bpokpo.links import relative_href
from bpokpo.model import Content

# Text inside these is left exactly as it is.
_VERBATIM = frozenset(
    {"script", "style", "code", "pre", "kbd", "samp", "svg", "math", "abbr", "cite", "textarea", "title"}
)
# Text inside these may get an abbr, but no link (a link there is invalid or steals the click).
_NO_LINK = frozenset(
    {"a", "h1", "h2", "h3", "h4", "h5", "h6", "label", "button", "legend", "summary", "select", "option"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
PLAIN_ATTRIBUTE = "data-bk-plain"
LINK_CLASS = "bk-glossary-link"


@dataclass(frozen=True)
class Term:
    """One word form the markup looks for."""

    text: str
    entry_id: str | None  # the glossary entry it links to; None for a term's abbreviation with no entry
    expansion: str | None  # set for an abbreviation: the abbr's title


@dataclass(frozen=True)
class GlossaryTerms:
    """What to look for on a page in one language, longest forms first."""

    terms: tuple[Term, ...]
    pattern: re.Pattern[str] | None

    def find(self, text: str) -> Term | None:
        for term in self.terms:
            if _same(term, text):
                return term
        return None


def _is_abbreviation_form(text: str) -> bool:
    """All capitals and digits (SLA, B2B): matched with its case, so "IT" never matches "it"."""
    return text.upper() == text and any(ch.isalpha() for ch in text)


def _same(term: Term, text: str) -> bool:
    return term.text == text if _is_abbreviation_form(term.text) else term.text.casefold() == text.casefold()


def glossary_terms(content: Content, language: str) -> GlossaryTerms:
    """Every abbreviation (of the glossary and of the terms) and every form that links to an entry."""
    terms: dict[str, Term] = {}
    for entry in content.glossary:
        abbreviation = entry.abbreviation(language) if entry.abbreviation else None
        if abbreviation:
            terms[abbreviation] = Term(abbreviation, entry.id, entry.name(language))
        forms = entry.forms.get(language) or (entry.name(language),)
        for form in forms:
            if form != abbreviation and form.casefold() not in {key.casefold() for key in terms}:
                terms[form] = Term(form, entry.id, None)
    for term in content.terms:  # a term with no glossary entry still gets its abbr
        terms.setdefault(term.abbreviation, Term(term.abbreviation, None, term.full_name(language)))
    ordered = tuple(sorted(terms.values(), key=lambda term: -len(term.text)))
    if not ordered:
        return GlossaryTerms((), None)
    alternatives = "|".join(
        re.escape(term.text) if _is_abbreviation_form(term.text) else f"(?i:{re.escape(term.text)})" for term in ordered
    )
    # Whole words only: "EU" in "EU:s" and "EU-länder", never in "EUR"; "IT" never inside a word.
    pattern = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")
    return GlossaryTerms(ordered, pattern)


class _Marker(HTMLParser):
    def __init__(self, terms: GlossaryTerms, href_for: dict[str, str] | None) -> None:
        super().__init__(convert_charrefs=False)
        self.terms = terms
        self.href_for = href_for  # entry id -> href; None: no links on this page
        self.linked: set[str] = set()
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, marked data-bk-plain)

    def _inside(self, tags: frozenset[str]) -> bool:
        return any(tag in tags for tag, _ in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")
        if tag not in _VOID:
            self.stack.append((tag, any(name == PLAIN_ATTRIBUTE for name, _ in attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>")
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._inside(_VERBATIM) or any(plain for _, plain in self.stack) or self.terms.pattern is None:
            self.out.append(data)
            return
        may_link = self.href_for is not None and not self._inside(_NO_LINK)
        position = 0
        for match in self.terms.pattern.finditer(data):
            term = self.terms.find(match.group(0))
            if term is None:
                continue
            self.out.append(data[position : match.start()])
            self.out.append(self._mark(match.group(0), term, may_link))
            position = match.end()
        self.out.append(data[position:])

    def _mark(self, text: str, term: Term, may_link: bool) -> str:
        marked = f'<abbr title="{escape(term.expansion)}">{text}</abbr>' if term.expansion else text
        if not may_link or term.entry_id is None or term.entry_id in self.linked or self.href_for is None:
            return marked
        self.linked.add(term.entry_id)
        return f'<a class="{LINK_CLASS}" href="{escape(self.href_for[term.entry_id])}">{marked}</a>'

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def mark_glossary_terms(html: str, content: Content, language: str, page_url: str, glossary_url: str | None) -> str:
    """``html`` with abbreviations marked up and each entry's first use linked to ``glossary_url``.

    ``glossary_url`` is the glossary page's path (e.g. "glossary/"); None leaves links out, as on
    the glossary page itself.
    """
    hrefs = (
        {entry.id: relative_href(page_url, glossary_url, entry.id) for entry in content.glossary}
        if glossary_url is not None
        else None
    )
    marker = _Marker(glossary_terms(content, language), hrefs)
    marker.feed(html)
    marker.close()
    return "".join(marker.out)
