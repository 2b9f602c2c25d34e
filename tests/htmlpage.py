"""A small reader of built HTML pages: ids, links, resources and metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    classes: tuple[str, ...]
    parents: tuple[str, ...]  # tag.class of each open ancestor, outermost first
    text: str = ""  # the text inside it, its descendants' included


@dataclass
class HtmlPage(HTMLParser):
    elements: list[Element] = field(default_factory=list)
    _stack: list[str] = field(default_factory=list)
    _open: list[Element] = field(default_factory=list)  # the elements of _stack
    text: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        classes = tuple(values.get("class", "").split())
        element = Element(tag, values, classes, tuple(self._stack))
        self.elements.append(element)
        if tag not in self.VOID:
            self._stack.append(".".join((tag, *classes)))
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index].split(".")[0] == tag:
                del self._stack[index:]
                del self._open[index:]
                break

    def handle_data(self, data: str) -> None:
        # As read: the soft hyphens the build puts into long words (bpokpo.soft_hyphens) never show.
        data = data.replace("\u00ad", "")
        self.text.append(data)
        for element in self._open:
            element.text += data

    @classmethod
    def read(cls, path: Path) -> HtmlPage:
        return cls.of(path.read_text(encoding="utf-8"))

    @classmethod
    def of(cls, markup: str) -> HtmlPage:
        page = cls()
        page.feed(markup)
        return page

    def shown_text(self) -> str:
        """The text as the browser shows it: the runs an abbr splits a sentence into joined, spaces collapsed."""
        return " ".join("".join(self.text).split())

    def ids(self) -> list[str]:
        return [e.attrs["id"] for e in self.elements if "id" in e.attrs]

    def find(self, tag: str, class_: str | None = None) -> list[Element]:
        return [e for e in self.elements if e.tag == tag and (class_ is None or class_ in e.classes)]

    def inside(self, tag: str, ancestor: str) -> list[Element]:
        """Elements ``tag`` with an ancestor whose ``tag.class`` path contains ``ancestor``."""
        return [e for e in self.elements if e.tag == tag and any(ancestor in p for p in e.parents)]

    def meta(self, name: str) -> str | None:
        for element in self.find("meta"):
            if element.attrs.get("name") == name or element.attrs.get("property") == name:
                return element.attrs.get("content")
        return None
