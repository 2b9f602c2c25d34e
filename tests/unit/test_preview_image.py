"""Link-preview images: every line fits the image, long titles wrap and shrink, the alt text says what is drawn."""

from __future__ import annotations

import dataclasses
import struct
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from datafactory import minimal_data

from bpokpo import load_content
from bpokpo.hyphenation import syllable_breaks
from bpokpo.model import Content, Text
from bpokpo.preview_image import (
    BOTTOM,
    HEIGHT,
    MARGIN,
    TITLE_MAX_LINES,
    WIDTH,
    PreviewCard,
    preview_card,
    preview_files,
    preview_png,
    preview_svg,
    set_lines,
)
from bpokpo.site_map import SitePage, site_pages
from bpokpo.text_metrics import text_width

REPO = Path(__file__).resolve().parents[2]
REAL = load_content(str(REPO / "data"))
LONG_SV = "kunskapsprocessoutsourcingleverantörsavtal"  # 42 letters, one word


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def assert_fits(card: PreviewCard) -> None:
    """Every line inside the image's margins and above its bottom line; no two lines on one baseline overlap."""
    for line in card.lines:
        assert line.x >= MARGIN
        assert line.x + text_width(line.text, line.size, line.weight) <= WIDTH - MARGIN + 0.01, line
        assert line.y <= BOTTOM, line
    by_baseline: dict[float, list[tuple[float, float]]] = {}
    for line in card.lines:
        by_baseline.setdefault(line.y, []).append((line.x, line.x + text_width(line.text, line.size, line.weight)))
    for spans in by_baseline.values():
        spans.sort()
        assert all(left[1] <= right[0] for left, right in zip(spans, spans[1:], strict=False)), spans


def drawn(card: PreviewCard, role: str) -> list[str]:
    return [line.text for line in card.lines if line.role == role]


@pytest.mark.parametrize("language", REAL.languages)
@pytest.mark.parametrize("page", site_pages(REAL), ids=lambda page: page.source)
def test_every_page_of_the_real_data_fits_and_is_described(page: SitePage, language: str) -> None:
    card = preview_card(REAL, page, language)
    assert_fits(card)
    assert drawn(card, "name") == [REAL.title(language)]
    assert card.alt.startswith(f"{REAL.title(language)}: {page.title(language)}")
    if page.kind == "comparison":
        # the key contrasts: each row shown names its dimension and every term's value, in the alt text too
        labels = drawn(card, "label")
        assert len(drawn(card, "head")) == len(REAL.terms)
        shown = [d for d in REAL.dimensions_in("infographic") if d.label(language).split(" ")[0] in " ".join(labels)]
        assert len(shown) >= 2
        for dimension in shown:
            assert f"{dimension.label(language)}: " in card.alt
    else:
        assert page.description(language) in card.alt or card.alt.endswith("…")


def test_the_png_is_1200_by_630_for_every_page(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path)))
    files = preview_files(content, "en")
    assert sorted(files) == sorted(f"previews/{page.source.removesuffix('.md')}.png" for page in site_pages(content))
    for png in files.values():
        assert png_size(png) == (WIDTH, HEIGHT) == (1200, 630)


def with_title(content: Content, page: SitePage, title: str) -> tuple[Content, SitePage]:
    return content, dataclasses.replace(page, title=Text({language: title for language in content.languages}))


def test_a_long_title_wraps_shrinks_and_hyphenates_only_at_syllable_breaks() -> None:
    page = site_pages(REAL)[0]
    title = " ".join([LONG_SV, "och", LONG_SV, "för", LONG_SV])
    card = preview_card(*with_title(REAL, page, title), "sv")
    assert_fits(card)
    lines = drawn(card, "title")
    assert 1 < len(lines) <= TITLE_MAX_LINES
    assert "".join(line.removesuffix("-") for line in lines).replace(" ", "") == title.replace(" ", "")
    for line in lines:
        if line.endswith("-"):  # a break inside the long word, at one of its syllable breaks
            start = line.split(" ")[-1].removesuffix("-")
            assert LONG_SV.index(start) + len(start) in {
                LONG_SV.index(start) + b for b in syllable_breaks(LONG_SV[LONG_SV.index(start) :], "sv")
            }


def test_text_longer_than_the_image_is_shortened_with_an_ellipsis_never_cut() -> None:
    page = next(p for p in site_pages(REAL) if p.kind == "home")
    long = " ".join(["Outsourcing av kunskapsprocesser"] * 60)
    long_page = dataclasses.replace(
        page, title=Text({"sv": long, "en": long}), description=Text({"sv": long, "en": long})
    )
    card = preview_card(REAL, long_page, "sv")
    assert_fits(card)
    assert len(drawn(card, "title")) == TITLE_MAX_LINES and drawn(card, "title")[-1].endswith("…")
    assert drawn(card, "body")[-1].endswith("…")
    assert card.alt.endswith("…")


def test_a_word_with_no_syllable_break_still_fits() -> None:
    lines = set_lines("x" * 200, 500, 40, "bold", "en")
    assert len(lines) > 1
    assert all(text_width(line, 40, "bold") <= 500 for line in lines)
    assert "".join(line.removesuffix("-") for line in lines) == "x" * 200


def test_texts_are_escaped_in_the_svg() -> None:
    page = site_pages(REAL)[0]
    evil = '"><script>alert(1)</script> & </text>'
    svg = preview_svg(preview_card(*with_title(REAL, page, evil), "en"))
    root = ElementTree.fromstring(svg)  # well-formed: nothing broke out of a text or an attribute
    assert root.find("{http://www.w3.org/2000/svg}script") is None
    titles = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text") if t.get("class") == "title"]
    assert "".join(titles).replace(" ", "") == evil.replace(" ", "")
    assert evil in (root.get("aria-label") or "")


def five_terms(values: Text | None) -> Content:
    """The real content with five terms; ``values``, if given, is every term's value in every dimension."""
    terms = tuple(
        dataclasses.replace(REAL.terms[i % len(REAL.terms)], id=f"t{i}", abbreviation=f"TERM{i}") for i in range(5)
    )
    dimensions = tuple(
        dataclasses.replace(d, values={t.id: values or d.values[REAL.terms[i % 2].id] for i, t in enumerate(terms)})
        if d.values
        else d
        for d in REAL.dimensions
    )
    return dataclasses.replace(REAL, terms=terms, dimensions=dimensions)


def test_the_comparison_of_five_terms_shows_a_column_for_each() -> None:
    page = next(p for p in site_pages(REAL) if p.kind == "comparison")
    card = preview_card(five_terms(None), page, "sv")
    assert_fits(card)
    assert drawn(card, "head") == [f"TERM{i}" for i in range(5)]
    assert len(drawn(card, "label")) >= 2


def test_contrasts_too_long_for_the_image_give_way_to_the_description() -> None:
    page = next(p for p in site_pages(REAL) if p.kind == "comparison")
    card = preview_card(five_terms(Text({"sv": LONG_SV, "en": LONG_SV})), page, "sv")
    assert_fits(card)
    assert not drawn(card, "head")
    assert " ".join(drawn(card, "body")) == page.description("sv")
    assert png_size(preview_png(card)) == (1200, 630)
