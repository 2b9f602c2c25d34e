"""How wide a line of text is, estimated without a font file, so the SVG can wrap its text.

SVG text does not wrap, and the infographic names only generic fonts, so each reader's
machine picks its own. The widths below are the advance widths of DejaVu Sans, in
thousandths of an em: the widest of the sans-serif fonts that the usual fallbacks end in
(Helvetica, Arial, Liberation Sans and the system UI fonts are all narrower). Measuring
with it means a wrapped line fits whichever of them the reader gets.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

Weight = Literal["regular", "bold"]

UNKNOWN_CHARACTER = 1000  # thousandths of an em: a character missing below counts as a full em


def _table(widths: dict[int, str]) -> dict[str, int]:
    return {character: width for width, characters in widths.items() for character in characters}


REGULAR: dict[str, int] = _table(
    {
        275: "'",
        278: "ijl",
        295: "IJ",
        318: " ,.’‘·",
        337: "/:;\\|",
        353: "f",
        361: "-",
        391: "()[]",
        393: "t",
        401: "!",
        412: "r",
        460: '"',
        500: "*_`–",
        519: "“”",
        521: "s",
        525: "z",
        531: "?",
        550: "c",
        558: "L",
        576: "F",
        580: "k",
        590: "•",
        592: "vxy",
        604: "P",
        611: "TY",
        612: "oöø",
        613: "aåä",
        616: "eéè",
        632: "EÉ",
        634: "hnuü",
        635: "Sbdgpq",
        637: "$0123456789{}",
        656: "K",
        685: "AVÅÄ",
        686: "XZ",
        687: "B",
        695: "R",
        699: "C",
        732: "UÜ",
        749: "N",
        752: "H",
        771: "D",
        775: "G",
        780: "&",
        788: "OQÖØ",
        818: "w",
        838: "#+<=>^~",
        863: "M",
        951: "%",
        975: "mÆ",
        982: "æ",
        989: "W",
        1000: "@—…",
    }
)

BOLD: dict[str, int] = _table(
    {
        307: "'",
        343: "ijl",
        349: " ",
        366: "/\\|",
        373: "IJ",
        380: ",.’‘·",
        400: ":;",
        416: "-",
        436: "f",
        457: "!",
        458: "()[]",
        479: "t",
        494: "r",
        500: "_`–",
        521: '"',
        523: "*",
        581: "?",
        583: "z",
        593: "c",
        596: "s",
        638: "L",
        640: "•",
        646: "x",
        652: "vy",
        658: "“”",
        666: "k",
        675: "aåä",
        679: "eéè",
        683: "T",
        684: "EFÉ",
        688: "oöø",
        696: "$0123456789",
        712: "hnu{}ü",
        716: "bdgpq",
        721: "S",
        725: "Y",
        726: "Z",
        733: "P",
        734: "C",
        763: "B",
        771: "RX",
        774: "AVÅÄ",
        775: "K",
        813: "UÜ",
        821: "G",
        831: "D",
        837: "HN",
        838: "#+<=>^~",
        851: "OQÖØ",
        873: "&",
        924: "w",
        996: "M",
        1000: "@—…",
        1002: "%",
        1042: "m",
        1048: "æ",
        1085: "Æ",
        1104: "W",
    }
)


@lru_cache(maxsize=65536)
def _thousandths(text: str, weight: Weight) -> int:
    """The width of ``text`` in thousandths of an em; cached, since layouts measure the same words at many sizes."""
    table = BOLD if weight == "bold" else REGULAR
    return sum(table.get(character, UNKNOWN_CHARACTER) for character in text)


def text_width(text: str, font_size: float, weight: Weight = "regular") -> float:
    """The advance width of ``text`` set in ``font_size`` user units, in the same units."""
    return _thousandths(text, weight) * font_size / 1000
