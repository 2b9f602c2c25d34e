"""Characters no data file needs: invisible, or read differently by different programs.

Control characters break the SVG and PNG downloads and can end a line in a CI log early;
bidirectional overrides and zero-width characters make a text (or an id, or a line of a
pull request's diff) read differently from what it is. A contributor never needs any of
them, and most editors do not show them, so the validator names each one and its place.

The set is every character of the Unicode categories Cc (controls; tab and line feed
excepted), Cf (invisible format characters), Cs (surrogates), Co (private use), Zl and Zp
(line and paragraph separators), and the noncharacters. ``tests/unit/test_characters.py``
checks these ranges against Python's Unicode database, character by character.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = (
    "\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"  # DEL, C1, soft hyphen, format marks
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"  # zero-width, bidirectional, separators, invisible operators
    "\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufeff\ufff9-\ufffb\ufffe\uffff"  # surrogates, private use, BOM, nonchars
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f\U000f0000-\U0010ffff"  # language tags; private use planes
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0x10000, 0x110000, 0x10000))
)
# C0 controls: a value may hold a tab and a line feed; the file also a carriage return (CRLF line ends).
UNWANTED = re.compile(f"[\x00-\x08\x0b-\x1f{_INVISIBLE}]")
UNWANTED_IN_FILE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_INVISIBLE}]")


def describe(character: str) -> str:
    """``U+202E (RIGHT-TO-LEFT OVERRIDE)``: how a message names a character nobody can see."""
    code = f"U+{ord(character):04X}"
    name = unicodedata.name(character, "")
    if not name and unicodedata.category(character) == "Cc":
        name = "a control character"
    return f"{code} ({name})" if name else code


FIX = "delete it; most editors do not show it, so retype the text around it if you cannot find it"
