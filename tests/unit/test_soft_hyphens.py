"""Soft hyphens go into the long words of a page's text, at syllable breaks, and nowhere else."""

from __future__ import annotations

import pytest

from bpokpo.hyphenation import syllable_breaks
from bpokpo.soft_hyphens import MIN_WORD_LENGTH, SOFT_HYPHEN, hyphenate_html, hyphenate_text

LONG = {"sv": "kunskapsprocessoutsourcingleverantörsavtal", "en": "internationalisation"}


@pytest.mark.parametrize("language", LONG)
def test_a_long_word_gets_a_soft_hyphen_at_each_syllable_break(language: str) -> None:
    word = LONG[language]
    hyphenated = hyphenate_text(f"Ett {word}, två.", language)
    assert hyphenated.replace(SOFT_HYPHEN, "") == f"Ett {word}, två."
    parts = hyphenated.split(" ")[1].rstrip(",").split(SOFT_HYPHEN)
    assert len(parts) > 2
    offsets = [sum(len(part) for part in parts[:index]) for index in range(1, len(parts))]
    assert tuple(offsets) == syllable_breaks(word, language)


def test_addresses_stay_whole() -> None:
    text = "example.org/sv/comparison/#kunskapsprocessoutsourcing info@kunskapsprocessoutsourcing.se"
    assert hyphenate_text(text, "sv") == text


def test_short_words_and_numbers_stay_as_they_are() -> None:
    text = "Outsourcing av affärer 2024 " + "9" * 30
    assert all(len(word) < MIN_WORD_LENGTH for word in text.split(" ")[:3])
    assert hyphenate_text(text, "sv") == text


def test_only_the_text_of_a_page_changes() -> None:
    word = LONG["sv"]
    page = (
        f'<html><head><title>{word}</title><meta content="{word}"><script>if (a < b) {{ x = "<svg>{word}" }}</script>'
        f"<style>/* {word} */</style></head><body>"
        f'<p title="a > {word}">{word}</p><code>{word}</code><pre>{word}</pre>'
        f"<svg><svg></svg><text>{word}</text></svg><!-- {word} -->"
        f'<a aria-label="{word}"><span>{word}</span></a><div role="button" aria-label="x"><div></div>{word}</div>'
        f'<input aria-label="y"><form aria-label="z"><p>{word}</p></form></body></html>'
    )
    result = hyphenate_html(page, "sv")
    assert result.replace(SOFT_HYPHEN, "") == page
    hyphenated = hyphenate_text(word, "sv")
    # the two paragraphs' text (one in a form: a form is not named by its text), and nothing else:
    # not the title, attributes, script, style, code, SVG, comments, nor the text of a control
    # named by aria-label (its name must contain its visible text)
    assert result.count(hyphenated) == 2
    assert result.count(SOFT_HYPHEN) == 2 * hyphenated.count(SOFT_HYPHEN)
