"""Reading the infographic's SVG back as text: its lines, and where each line broke a word.

A text element's lines are its tspans. Joined as a reader reads them, a line that ends in an
added hyphen (class bk-ig-hyphenated) joins the next without it, a line ending in the text's
own hyphen joins without a space, and any other line joins with a space.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from bpokpo.hyphenation import syllable_breaks

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg.encode("utf-8"))


@dataclass(frozen=True)
class SvgLine:
    text: str
    hyphenated: bool


def lines_of(element: ET.Element) -> list[SvgLine]:
    spans = list(element.iter(f"{SVG}tspan"))
    if not spans:
        return [SvgLine(element.text or "", False)]
    return [SvgLine(span.text or "", "bk-ig-hyphenated" in (span.get("class") or "")) for span in spans]


def read(lines: list[SvgLine]) -> str:
    """The text the lines were set from."""
    text = ""
    for index, line in enumerate(lines):
        part = line.text[:-1] if line.hyphenated else line.text
        last = index == len(lines) - 1
        text += part if last or line.hyphenated or line.text.endswith("-") else part + " "
    return text


def text_of(element: ET.Element) -> str:
    return read(lines_of(element))


def bad_breaks(lines: list[SvgLine], language: str) -> list[str]:
    """Each break that cuts a word without a hyphen at one of its syllable breaks."""
    problems = []
    original = read(lines)
    position = 0
    for line in lines[:-1]:
        part = line.text[:-1] if line.hyphenated else line.text
        position += len(part)
        if line.hyphenated:
            if not line.text.endswith("-"):
                problems.append(f"{line.text!r} is marked hyphenated without a hyphen")
            start = original.rfind(" ", 0, position) + 1
            end = original.find(" ", position)
            word = original[start : end if end >= 0 else len(original)]
            if position - start not in syllable_breaks(word, language):
                problems.append(f"{word!r} broken at {position - start}, not a syllable break")
        elif line.text.endswith("-"):
            pass  # after the word's own hyphen
        elif original[position : position + 1] == " ":
            position += 1  # at a space
        else:
            problems.append(f"{line.text!r} ends inside a word without a hyphen")
    return problems
