"""Line breaking: at spaces, after a word's own hyphen, at syllables only when asked, never between letters."""

from __future__ import annotations

from bpokpo.hyphenation import syllable_breaks
from bpokpo.line_breaking import set_text
from bpokpo.text_metrics import text_width


def test_lines_break_at_spaces_and_fit_their_width() -> None:
    result = set_text("Outsourcing av kunskapsprocesser", 200, 18)
    assert result.texts == ("Outsourcing av", "kunskapsprocesser")
    assert all(text_width(line, 18) <= 200 for line in result.texts)
    assert set_text("Regler", 200, 18).texts == ("Regler",)


def test_a_word_too_wide_breaks_after_its_own_hyphen_with_no_hyphen_added() -> None:
    result = set_text("Technology-driven", 120, 14, language="en")
    assert result.texts == ("Technology-", "driven") and not result.overflow
    assert not any(line.hyphenated for line in result.lines)


def test_without_hyphenation_a_word_too_wide_is_reported_not_cut() -> None:
    result = set_text("Kostnadsarbitrage", 100, 14, language="sv")
    assert result.texts == ("Kostnadsarbitrage",)
    [overflow] = result.overflow
    assert overflow.word == "Kostnadsarbitrage" and overflow.width > overflow.available == 100


def test_hyphenation_breaks_at_a_syllable_with_a_visible_hyphen_preferring_a_compounds_seam() -> None:
    for text, width, expected in [
        ("Kostnadsarbitrage", 100, ("Kostnads-", "arbitrage")),
        ("Outsourcing av kunskapsprocesser", 120, ("Outsourcing av", "kunskaps-", "processer")),
    ]:
        result = set_text(text, width, 14, language="sv", hyphenate=True)
        assert result.texts == expected and not result.overflow
        for line in result.lines[:-1]:
            if line.hyphenated:
                word = line.text.split(" ")[-1][:-1]
                whole = next(w for w in text.split(" ") if w.startswith(word))
                assert len(word) in syllable_breaks(whole, "sv")


def test_a_word_with_no_syllable_break_narrow_enough_is_reported() -> None:
    result = set_text("WWWWWWWWWWWWWWWW", 100, 14, language="sv", hyphenate=True)
    assert [overflow.word for overflow in result.overflow] == ["WWWWWWWWWWWWWWWW"]


def test_an_address_breaks_after_a_slash_never_at_its_hyphens() -> None:
    result = set_text("https://bpo-kpo.github.io/bpo-vs-kpo/sv/infographic/", 200, 12, language="sv", hyphenate=True)
    assert all(line.text.endswith("/") for line in result.lines[:-1]) and len(result.lines) > 1
    assert "".join(result.texts) == "https://bpo-kpo.github.io/bpo-vs-kpo/sv/infographic/"


def test_syllable_breaks_split_a_hyphenated_word_part_by_part() -> None:
    breaks = syllable_breaks("IT-tjänster", "sv")
    assert 3 not in breaks and 2 not in breaks  # not beside its own hyphen
    assert all("IT-tjänster"[b - 1] != "-" for b in breaks)
    assert syllable_breaks("kunskapsprocesser", "xx") == ()  # a language without patterns
