"""The infographic SVG: well-formed, a band per dimension marked for it, every text from the data, nothing external."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from datafactory import REPO, minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import load_content, pages
from bpokpo.downloads import infographic_svg_file
from bpokpo.infographic import (
    LANDSCAPE_MIN_WIDTH,
    LANDSCAPE_TYPE,
    LANDSCAPE_WIDTH,
    MARKERS,
    ORIENTATIONS,
    PALETTE,
    TERM_COLOURS,
    Infographic,
    Orientation,
    infographic_for,
    render_svg,
)
from bpokpo.model import Content, Text
from bpokpo.text_metrics import text_width, wrap
from bpokpo.views import dimension_value

SVG = "{http://www.w3.org/2000/svg}"
CONTENT = load_content(str(REPO / "data"))


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg.encode("utf-8"))


def text_of(element: ET.Element) -> str:
    """A text element's words: its wrapped lines (tspans) joined as the reader reads them."""
    lines = [span.text or "" for span in element.iter(f"{SVG}tspan")]
    return " ".join(lines) if lines else (element.text or "")


def bands(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == "bk-ig-band"]


@pytest.mark.parametrize("language", CONTENT.languages)
@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_standalone_svg_holds_every_infographic_text_of_the_data(language: str, orientation: Orientation) -> None:
    root = parse(render_svg(infographic_for(CONTENT, language, "", orientation), standalone=True))
    dimensions = CONTENT.dimensions_in("infographic")
    found = bands(root)
    assert len(found) == len(dimensions) > 0
    for band, dimension in zip(found, dimensions, strict=True):
        assert band.get("data-dimension") == dimension.id
        label = next(t for t in band.iter(f"{SVG}text") if "bk-ig-label" in (t.get("class") or ""))
        assert text_of(label) == dimension.label(language)
        cells = [g for g in band.iter(f"{SVG}g") if g.get("class") == "bk-ig-cell"]
        assert [cell.get("data-term") for cell in cells] == [term.id for term in CONTENT.terms]
        for cell, term in zip(cells, CONTENT.terms, strict=True):
            value = next(t for t in cell.iter(f"{SVG}text") if "bk-ig-value" in (t.get("class") or ""))
            assert text_of(value) == dimension_value(dimension, term, language).text
    texts = {text_of(t) for t in root.iter(f"{SVG}text")}
    assert CONTENT.title(language) in texts
    assert CONTENT.pages["infographic"].title(language) in texts
    assert {term.abbreviation for term in CONTENT.terms} <= texts
    assert {str(n) for n in range(1, len(dimensions) + 1)} <= texts  # each band numbered


@pytest.mark.parametrize("language", CONTENT.languages)
def test_standalone_svg_is_one_image_with_a_full_text_alternative(language: str) -> None:
    svg = infographic_svg_file(CONTENT, language)
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')
    root = parse(svg)
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    description = root.find(f"{SVG}desc")
    assert title is not None and title.text == CONTENT.pages["infographic"].title(language)
    assert root.get("aria-labelledby") == title.get("id")
    assert description is not None and root.get("aria-describedby") == description.get("id")
    for dimension in CONTENT.dimensions_in("infographic"):
        assert dimension.label(language) in (description.text or "")
        for term in CONTENT.terms:
            assert dimension_value(dimension, term, language).text in (description.text or "")


@pytest.mark.parametrize("language", CONTENT.languages)
def test_standalone_svg_references_nothing_outside_itself(language: str) -> None:
    svg = infographic_svg_file(CONTENT, language)
    root = parse(svg)
    for element in root.iter():
        tag = element.tag.removeprefix(SVG)
        assert tag not in {"a", "image", "use", "script", "style", "foreignObject", "link"}, tag
        for name, value in element.attrib.items():
            assert not name.endswith("href"), (tag, name)
            assert "url(" not in value and "http" not in value, (tag, name, value)
    # the one address in the file is the SVG namespace, which is a name, not a resource
    assert svg.count("http") == 1
    assert root.get("width") and root.get("height") and root.get("font-family", "").endswith("sans-serif")


def test_inline_svgs_link_each_band_to_its_row_on_the_comparison_page() -> None:
    page = pages.infographic_page(CONTENT, "en", "infographic/")
    table = {d.id for d in CONTENT.dimensions_in("table")}
    for orientation in ORIENTATIONS:
        start = page.index(f'class="bk-ig bk-ig--{orientation}"')
        root = parse(page[page.rindex("<svg", 0, start) : page.index("</svg>", start) + len("</svg>")])
        assert root.get("role") == "group"
        links = [a for a in root.iter(f"{SVG}a")]
        expected = []
        for dimension in CONTENT.dimensions_in("infographic"):
            # a table row has the dimension's id; a difference that is only in the list has it too
            assert dimension.id in table or dimension.id in {d.id for d in CONTENT.dimensions_in("key-differences")}
            expected.append(f"../comparison/#{dimension.id}")
        assert [a.get("href") for a in links] == expected
        # the page's heading titles the graphic, so it carries no second visible title
        assert not [t for t in root.iter(f"{SVG}text") if "bk-ig-title" in (t.get("class") or "")]


def test_every_line_fits_its_box(tmp_path: Path) -> None:
    """Checked with the same widths that wrapped it: nothing is clipped or runs into a neighbour."""
    for language in CONTENT.languages:
        for orientation in ORIENTATIONS:
            assert_fits(infographic_for(CONTENT, language, "", orientation))


def assert_fits(ig: Infographic) -> None:
    type_ = ig.type
    for band in ig.bands:
        assert band.box.x >= 0 and band.box.x + band.box.width <= ig.width
        assert band.box.bottom <= ig.height
        for cell in band.cells:
            assert band.box.y <= cell.box.y and cell.box.bottom <= band.box.bottom + 0.01
            assert cell.box.x + cell.box.width <= ig.width
            for line in cell.lines:
                assert line.x + text_width(line.text, type_.value) <= cell.box.x + cell.box.width - 8
                assert cell.box.y < line.y - type_.value * 0.73 and line.y + type_.value * 0.24 < cell.box.bottom
        for line in band.label_lines:
            right = line.x + text_width(line.text, type_.label, "bold")
            first_cell = band.cells[0].box
            assert right <= (first_cell.x if first_cell.y == band.box.y else ig.width)
    for earlier, later in zip(ig.bands, ig.bands[1:], strict=False):
        assert earlier.box.bottom < later.box.y


def third_term_content(tmp_path: Path) -> Content:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"]["ccc"] = {
        "sv": "Ett långt värde som måste brytas",
        "en": "A long value that has to be wrapped",
    }
    terms = [minimal_term("aaa", 1), minimal_term("bbb", 2), minimal_term("ccc", 3)]
    return load_content(str(write_data(tmp_path, minimal_site(), dimensions, terms)))


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_a_third_term_is_a_third_column_or_card_entry_that_still_fits(tmp_path: Path, orientation: Orientation) -> None:
    content = third_term_content(tmp_path)
    ig = infographic_for(content, "en", "", orientation)
    assert [len(band.cells) for band in ig.bands] == [3, 3]
    assert len(ig.headings) == 3
    assert len({heading.key.marker for heading in ig.headings}) == 3  # told apart by shape, not colour alone
    assert len({heading.key.colours for heading in ig.headings}) == 3
    assert_fits(ig)
    root = parse(render_svg(ig, standalone=True))
    values = [text_of(t) for t in root.iter(f"{SVG}text") if "bk-ig-value" in (t.get("class") or "")]
    assert "A long value that has to be wrapped" in values


def test_hostile_text_stays_text_in_the_svg(tmp_path: Path) -> None:
    content = third_term_content(tmp_path)
    evil = Text({"sv": "<script>alert(1)</script> & \"'", "en": "<a href='javascript:x'>x</a>"})
    dimension = dataclasses.replace(content.dimensions[1], label=evil)
    bad = dataclasses.replace(content, dimensions=(content.dimensions[0], dimension, content.dimensions[2]))
    for language in ("sv", "en"):
        root = parse(render_svg(infographic_for(bad, language, "", "landscape"), standalone=True))
        assert not [e for e in root.iter() if e.tag in (f"{SVG}script", f"{SVG}a")]
        labels = [text_of(t) for t in root.iter(f"{SVG}text") if "bk-ig-label" in (t.get("class") or "")]
        assert " ".join(labels).replace(" ", "") == " ".join(
            [content.dimensions[0].label(language), evil(language)]
        ).replace(" ", "")


def test_wrap_breaks_at_spaces_and_inside_words_only_when_it_must() -> None:
    assert wrap("Outsourcing av kunskapsprocesser", 200, 18) == ("Outsourcing av", "kunskapsprocesser")
    assert wrap("Regler", 200, 18) == ("Regler",)
    lines = wrap("Kunskapsintensivaaffärsprocesser", 100, 18)
    assert "".join(lines) == "Kunskapsintensivaaffärsprocesser" and len(lines) > 1
    assert all(text_width(line, 18) <= 100 for line in lines)
    assert text_width("W", 10, "bold") > text_width("W", 10) > text_width("i", 10)


def test_the_landscape_shape_is_shown_only_where_its_text_reaches_12_px() -> None:
    css = (REPO / "docs" / "stylesheets" / "infographic.css").read_text(encoding="utf-8")
    assert f"@container (min-width: {LANDSCAPE_MIN_WIDTH}px)" in css
    assert LANDSCAPE_TYPE.smallest * LANDSCAPE_MIN_WIDTH / LANDSCAPE_WIDTH >= 12


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_fill(css: str, selector: str) -> str:
    match = re.search(r'\[data-md-color-scheme="slate"\] ' + re.escape(selector) + r" \{\s*fill: (#[0-9a-f]{6});", css)
    assert match, selector
    return match.group(1)


def test_every_term_colour_meets_aa_in_both_schemes() -> None:
    """The browser tests see two terms; a third to sixth term gets these colours."""
    css = (REPO / "docs" / "stylesheets" / "infographic.css").read_text(encoding="utf-8")
    dark_ink = dark_fill(css, ".bk-ig-ink")
    assert len(TERM_COLOURS) == len(MARKERS) == len(set(MARKERS))
    for index, colours in enumerate(TERM_COLOURS, start=1):
        assert contrast(PALETTE.on_strong, colours.strong) >= 4.5  # heading text
        assert contrast(PALETTE.ink, colours.tint) >= 4.5  # value text
        assert contrast(colours.strong, colours.tint) >= 3  # marker and bar, graphics
        dark_tint, dark_mark = dark_fill(css, f".bk-ig-tint-{index}"), dark_fill(css, f".bk-ig-strong-{index}")
        assert contrast(dark_ink, dark_tint) >= 4.5
        assert contrast(dark_mark, dark_tint) >= 3
    assert contrast(PALETTE.muted, PALETTE.paper) >= 4.5
    assert contrast(dark_fill(css, ".bk-ig-muted"), dark_fill(css, ".bk-ig-paper")) >= 4.5
