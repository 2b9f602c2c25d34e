"""The unwanted characters are exactly Unicode's invisible and control characters, checked one by one."""

from __future__ import annotations

import sys
import unicodedata

from bpokpo.characters import UNWANTED, UNWANTED_IN_FILE, describe

WANTED_CATEGORIES = ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")


def _noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def test_every_control_format_private_and_separator_character_and_every_noncharacter_is_refused() -> None:
    missed, extra = [], []
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        category = unicodedata.category(character)
        want = (category in WANTED_CATEGORIES or _noncharacter(code)) and character not in "\t\n"
        refused = UNWANTED.fullmatch(character) is not None
        if want and not refused:
            missed.append(f"U+{code:04X} {category}")
        # a later Unicode may assign a format character where this Python has none yet
        if refused and not want and category != "Cn":
            extra.append(f"U+{code:04X} {category}")
    assert not missed, missed[:20]
    assert not extra, extra[:20]


def test_text_a_contributor_writes_passes() -> None:
    text = "Åsa’s “KPO” – 10 % ≥ 5 € · naïve café, 🙂\tand a tab"
    assert UNWANTED.search(text) is None
    assert UNWANTED_IN_FILE.search(text + "\r\n") is None


def test_a_carriage_return_ends_a_line_of_the_file_but_is_refused_in_a_value() -> None:
    assert UNWANTED_IN_FILE.search("a: 1\r\n") is None
    assert UNWANTED.search("x\ry") is not None


def test_each_character_is_named_for_the_message() -> None:
    assert describe("\u202e") == "U+202E (RIGHT-TO-LEFT OVERRIDE)"
    assert describe("\x00") == "U+0000 (a control character)"
    assert describe("\ue000") == "U+E000"
