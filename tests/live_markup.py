"""Reads every file of a built site the way its readers' programs do, and lists live markup.

A payload of ``hostile_data`` is harmless text when escaped. Escaped wrongly, it becomes
markup: an element or attribute named ``zq<n>``, an event handler, a script link, a script.
Each finding names the file and the payload numbers in it, so it names the data field.

- HTML pages (pages, redirect pages, 404) and the search index's titles and texts, which
  Material's search shows as HTML: every element and attribute, and the decoded text;
- SVG and the sitemap: as XML, which must be well formed;
- JSON and CSV: as data, whose texts must be the data's texts, nothing decoded.

The decoded text of an output must never show ``<zq<n>>`` or ``<img src=y``: those come
from ``&lt;`` in the data, so an output that shows them did not escape ``&`` (and a later
step that reads the text as HTML would make them live). Nor may it show a reference such
as ``&#34;``, which comes from escaping the text twice.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from hostile_data import MARKER

from bpokpo.exports import csv_delimiter

NUMBER = re.compile(rf"{MARKER}(\d+)|alert\((\d+)\)")
# A payload's number as a reader sees it: in its first piece ("'zq<n>), or in the pieces a field's
# pattern lets through (&amp;zq<n>), or alone where none does.
REACHED = re.compile(rf"{MARKER}(\d+)(?!\d)")
DECODED_TWICE = re.compile(rf"<{MARKER}\d+>|<img src=y")
# The payloads hold no character reference for a quote, and their own references (&lt; &amp;
# &#106;) are text: shown with one more "&amp;" in front, an output escaped the text twice.
ESCAPED_TWICE = re.compile(r"&#34;|&#39;|&quot;|&amp;(lt|amp|#106);")
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"})
SCRIPT_LINK = re.compile(r"^[\s\x00-\x20]*(javascript|vbscript|data):", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    file: str
    what: str

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(sorted({int(a or b) for a, b in NUMBER.findall(self.what)}))


@dataclass
class Scan:
    """What one site's outputs contain: live markup, and the payloads that reached them as text."""

    findings: list[Finding] = field(default_factory=list)
    reached: set[int] = field(default_factory=set)  # payloads whose first piece some output shows
    intact: set[int] = field(default_factory=set)  # payloads some output shows whole, as written
    texts: list[str] = field(default_factory=list)
    escaped_twice: list[Finding] = field(default_factory=list)  # not live, but not the text either

    def text(self, file: str, text: str) -> None:
        """A text as a reader sees it (entities decoded)."""
        self.texts.append(text)
        self.reached.update(int(number) for number in REACHED.findall(text))
        for match in ESCAPED_TWICE.finditer(text):
            context = text[max(0, match.start() - 30) : match.end() + 30]
            self.escaped_twice.append(Finding(file, f"escaped twice, so the reader sees …{context}…"))
        for match in DECODED_TWICE.finditer(text):
            context = text[max(0, match.start() - 30) : match.end() + 30]
            self.findings.append(Finding(file, f"'&' left unescaped, so the text shows markup: …{context}…"))

    def element(self, file: str, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if MARKER in tag.lower() or tag.lower() in ("foreignobject", "iframe", "object", "embed"):
            self.findings.append(Finding(file, f"element <{tag} {attributes}>"))
        for name, value in attributes:
            name = name.lower().rsplit("}", 1)[-1]  # an XML attribute's namespace goes first in braces
            if name.startswith("on") or name == "autofocus" or MARKER in name:
                self.findings.append(Finding(file, f"attribute {name}={value!r} on <{tag}>"))
            elif name in URL_ATTRIBUTES and value and SCRIPT_LINK.match(value):
                self.findings.append(Finding(file, f"script link {name}={value!r} on <{tag}>"))
            elif value is not None:
                self.text(file, value)

    def script(self, file: str, content: str) -> None:
        if MARKER in content or "alert(" in content:
            self.findings.append(Finding(file, f"script {content[:200]!r}"))


class _Html(HTMLParser):
    def __init__(self, scan: Scan, file: str) -> None:
        super().__init__(convert_charrefs=True)
        self.scan, self.file = scan, file
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scan.element(self.file, tag, attrs)
        self.in_script = tag == "script"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scan.element(self.file, tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script:
            self.scan.script(self.file, data)
        else:
            self.scan.text(self.file, data)


def scan_html(scan: Scan, file: str, html: str) -> None:
    parser = _Html(scan, file)
    parser.feed(html)
    parser.close()


def scan_xml(scan: Scan, file: str, text: str) -> None:
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        scan.findings.append(Finding(file, f"not well-formed XML: {error}"))
        return
    for element in root.iter():
        tag = str(element.tag).rsplit("}", 1)[-1]
        if tag == "script":
            scan.script(file, "".join(element.itertext()))
        scan.element(file, tag, [(str(name), str(value)) for name, value in element.attrib.items()])
        for text in (element.text, element.tail):
            if text:
                scan.text(file, text)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def scan_site(site: Path, payloads: dict[int, str]) -> Scan:
    """Every output of a built site, and which of ``payloads`` (number -> text) it shows whole."""
    scan = Scan()
    for path in sorted(site.rglob("*")):
        file = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            scan_html(scan, file, path.read_text("utf-8"))
        elif path.suffix in (".svg", ".xml"):
            scan_xml(scan, file, path.read_text("utf-8"))
        elif path.name == "search_index.json":
            for document in json.loads(path.read_text("utf-8"))["docs"]:
                for key in ("title", "text"):  # shown as HTML by the theme's search
                    scan_html(scan, f"{file} ({document['location']} {key})", document[key])
        elif path.suffix == ".json":
            for text in _strings(json.loads(path.read_text("utf-8"))):
                scan.text(file, text)
        elif path.suffix == ".csv":
            language = path.suffixes[-2].lstrip(".")  # bpo-kpo-comparison.sv.csv
            for row in csv.reader(
                io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=csv_delimiter(language)
            ):
                for cell in row:
                    scan.text(file, cell)
    shown = "\x00".join(scan.texts)
    scan.intact = {number for number, text in payloads.items() if text in shown}
    return scan
