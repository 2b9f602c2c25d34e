"""Breaking a text into lines of a given width, never inside a word without a visible hyphen.

SVG text does not wrap, so the infographic sets its own lines. A line breaks at a space;
a word wider than a whole line breaks after a hyphen it already has (``Technology-`` /
``driven``; an address after a slash) and, only when asked to, at a syllable break with a hyphen added
(``kunskaps-`` / ``processer``). A word that fits no line even so is reported, never cut
between two letters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bpokpo.hyphenation import syllable_breaks
from bpokpo.text_metrics import Weight, text_width

HYPHEN = "-"


@dataclass(frozen=True)
class SetLine:
    text: str  # as drawn: ends with the added hyphen when ``hyphenated``
    hyphenated: bool = False  # the line ends in a hyphen added at a syllable break


@dataclass(frozen=True)
class Overflow:
    """A word that fits no line: its widest part that cannot be broken, and the room there was."""

    word: str
    part: str
    width: float
    available: float


@dataclass(frozen=True)
class SetText:
    lines: tuple[SetLine, ...]
    overflow: tuple[Overflow, ...] = ()  # words wider than a line, however broken
    hyphenated: tuple[str, ...] = ()  # words broken at a syllable break

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(line.text for line in self.lines)


def _best_break(feasible: list[int], rest: str, fits: Callable[[str], bool], language: str) -> int | None:
    """The break to take among those whose first part fits the line (``feasible``, longest first).

    Where the rest of the word then fits the next line, the break that reads best: in
    Swedish one after a joining s (``kunskaps-processer``, ``kostnads-arbitrage``), most
    likely the seam of a compound; then the most even split. Otherwise the longest part.
    """
    finishing = [b for b in feasible if fits(rest[b:])]
    if not finishing:
        return feasible[0] if feasible else None

    def reads_well(b: int) -> tuple[bool, int]:
        seam = language == "sv" and rest[b - 1] == "s" and b >= 4
        return seam, min(b, len(rest) - b)

    return max(finishing, key=reads_well)


def set_text(
    text: str, width: float, size: float, weight: Weight = "regular", language: str = "", *, hyphenate: bool = False
) -> SetText:
    """``text`` in lines no wider than ``width`` at ``size``; see the module's description for where it breaks."""

    def fits(candidate: str) -> bool:
        return text_width(candidate, size, weight) <= width

    lines: list[SetLine] = []
    overflow: list[Overflow] = []
    hyphenated: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if fits(candidate):
            line = candidate
            continue
        if fits(word):
            lines.append(SetLine(line))
            line = word
            continue
        # Wider than a whole line: break it at its own hyphens, and at syllables if allowed.
        # An address breaks after a slash only: a break at its hyphen would read as an added one.
        address = "://" in word
        hard = {index + 1 for index, character in enumerate(word[:-1]) if character == ("/" if address else HYPHEN)}
        soft = set(syllable_breaks(word, language)) - hard if hyphenate and language and not address else set()
        rest, offset = word, 0
        while rest:
            before = f"{line} " if line else ""
            if fits(before + rest):
                line = before + rest
                break
            breaks = sorted(
                (b - offset for b in hard | soft if 0 < b - offset < len(rest)),
                reverse=True,
            )
            feasible = [b for b in breaks if fits(before + rest[:b] + ("" if b + offset in hard else HYPHEN))]
            chosen = _best_break(feasible, rest, fits, language)
            if chosen is not None:
                soft_break = chosen + offset not in hard
                lines.append(SetLine(before + rest[:chosen] + (HYPHEN if soft_break else ""), soft_break))
                if soft_break and word not in hyphenated:
                    hyphenated.append(word)
                rest, offset, line = rest[chosen:], offset + chosen, ""
                continue
            if line:
                lines.append(SetLine(line))
                line = ""
                continue
            # Not even the first part fits an empty line: report it and set it as it is.
            part = rest[: min(breaks)] if breaks else rest
            shown = part + (HYPHEN if breaks and min(breaks) + offset not in hard else "")
            overflow.append(Overflow(word, shown, text_width(shown, size, weight), width))
            lines.append(SetLine(shown, shown.endswith(HYPHEN) and not part.endswith(HYPHEN)))
            rest, offset = rest[len(part) :], offset + len(part)
    if line:
        lines.append(SetLine(line))
    return SetText(tuple(lines), tuple(overflow), tuple(hyphenated))
