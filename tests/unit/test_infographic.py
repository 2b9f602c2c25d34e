"""The infographic SVG: well-formed, every text from the data, nothing external, linked bands on pages."""

from __future__ import annotations

import dataclasses
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from datafactory import REPO, minimal_dimensions, minimal_site, minimal_term, write_data
from extra_terms import add_terms
from svgtext import SVG, bad_breaks, lines_of, parse, text_of

from bpokpo import load_content, pages
from bpokpo.downloads import infographic_svg_file, slide_svg
from bpokpo.infographic import PAGE_SHAPES, SHAPES, infographic_for, render_svg
from bpokpo.infographic_cards import PORTRAIT_WIDTH
from bpokpo.infographic_check import PUBLISHED
from bpokpo.infographic_model import MARKERS, MIN_TYPE_SIZE, PALETTE, TERM_COLOURS, Shape
from bpokpo.infographic_table import LANDSCAPE, SLIDE
from bpokpo.model import Content, Text
from bpokpo.public_address import public_site_url
from bpokpo.views import dimension_value

CONTENT = load_content(str(REPO / "data"))


def bands(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == "bk-ig-band"]


def texts_with_class(root: ET.Element, name: str) -> list[ET.Element]:
    return [t for t in root.iter(f"{SVG}text") if name in (t.get("class") or "").split()]


@pytest.mark.parametrize("language", CONTENT.languages)
@pytest.mark.parametrize("shape", SHAPES)
def test_standalone_svg_holds_every_infographic_text_of_the_data(language: str, shape: Shape) -> None:
    root = parse(render_svg(infographic_for(CONTENT, language, "", shape), standalone=True))
    dimensions = CONTENT.dimensions_in("infographic")
    found = bands(root)
    assert [band.get("data-dimension") for band in found] == [d.id for d in dimensions]
    for band, dimension in zip(found, dimensions, strict=True):
        [label] = texts_with_class(band, "bk-ig-label")
        assert text_of(label) == dimension.label(language)
        cells = [g for g in band.iter(f"{SVG}g") if g.get("class") == "bk-ig-cell"]
        assert [cell.get("data-term") for cell in cells] == [term.id for term in CONTENT.terms]
        for cell, term in zip(cells, CONTENT.terms, strict=True):
            [value] = texts_with_class(cell, "bk-ig-value")
            assert text_of(value) == dimension_value(dimension, term, language).text
    texts = {text_of(t) for t in root.iter(f"{SVG}text")}
    assert CONTENT.title(language) in texts
    assert CONTENT.pages["infographic"].title(language) in texts
    assert {term.abbreviation for term in CONTENT.terms} <= texts
    assert {str(n) for n in range(1, len(dimensions) + 1)} <= texts


@pytest.mark.parametrize("language", CONTENT.languages)
def test_files_carry_a_source_line_with_the_sources_and_the_published_address(language: str) -> None:
    site_url = f"https://example.org/bpo-kpo/{language}/"
    for svg in (infographic_svg_file(CONTENT, language, site_url), slide_svg(CONTENT, language, site_url)):
        [source] = texts_with_class(parse(svg), "bk-ig-source")
        line = text_of(source)
        assert line.startswith(CONTENT.ui["infographic_source"](language) + ": ")
        assert all(s.title(language) in line for s in CONTENT.sources)
        assert line.endswith(f"{site_url}infographic/")


def test_a_local_build_names_the_published_address_not_the_local_one() -> None:
    assert public_site_url("http://127.0.0.1:8000/sv/", "sv") == "https://bpo-kpo.github.io/bpo-vs-kpo/sv/"
    assert public_site_url("https://example.org/x/en/", "en") == "https://example.org/x/en/"
    line = text_of(
        texts_with_class(parse(infographic_svg_file(CONTENT, "en", "http://127.0.0.1:9/en/")), "bk-ig-source")[0]
    )
    assert "127.0.0.1" not in line and "https://" in line


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
@pytest.mark.parametrize("make", [infographic_svg_file, slide_svg])
def test_standalone_svg_references_nothing_outside_itself(language: str, make: Callable[..., str]) -> None:
    svg = make(CONTENT, language, "")
    root = parse(svg)
    for element in root.iter():
        tag = element.tag.removeprefix(SVG)
        assert tag not in {"a", "image", "use", "script", "style", "foreignObject", "link"}, tag
        for name, value in element.attrib.items():
            assert not name.endswith("href"), (tag, name)
            assert "url(" not in value and "http" not in value, (tag, name, value)
    # besides the SVG namespace (a name, not a resource), the only address is the page's, as text
    body = svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert set(re.findall(r"https?://[^\s<]+", body)) == {public_site_url("", language) + "infographic/"}
    assert root.get("width") and root.get("height") and root.get("font-family", "").endswith("sans-serif")


def test_inline_svgs_link_each_band_as_a_whole_to_its_row_on_the_comparison_page() -> None:
    page = pages.infographic_page(CONTENT, "en", "infographic/")
    for shape in PAGE_SHAPES:
        start = page.index(f'class="bk-ig bk-ig--{shape}"')
        root = parse(page[page.rindex("<svg", 0, start) : page.index("</svg>", start) + len("</svg>")])
        assert root.get("role") == "group"
        links = list(root.iter(f"{SVG}a"))
        dimensions = CONTENT.dimensions_in("infographic")
        assert [a.get("href") for a in links] == [f"../comparison/#{d.id}" for d in dimensions]
        for link, dimension in zip(links, dimensions, strict=True):
            # the whole band is the link, named by the words it shows (WCAG 2.5.3, label in name)
            assert [g.get("class") for g in link] == ["bk-ig-band"] and link.get("aria-label") is None
            name = " ".join("".join(link.itertext()).split())
            assert dimension.label("en") in name
            assert all(dimension_value(dimension, t, "en").text in name for t in CONTENT.terms)
            assert link.find(f".//{SVG}path[@class='bk-ig-chevron']") is not None
        # the page's heading titles the graphic, so it carries no second title, nor a source line
        assert not texts_with_class(root, "bk-ig-title") and not texts_with_class(root, "bk-ig-source")


def test_the_page_prints_a_source_line_with_the_published_address() -> None:
    page = pages.infographic_page(CONTENT, "sv", "infographic/", "http://127.0.0.1:8000/sv/")
    [line] = re.findall(r'<p class="bk-ig-print-source"[^>]*>(.*?)</p>', page)
    assert line.endswith("https://bpo-kpo.github.io/bpo-vs-kpo/sv/infographic/")


def test_every_shape_sets_its_type_at_12_units_or_more() -> None:
    for language in CONTENT.languages:
        for shape in SHAPES:
            assert infographic_for(CONTENT, language, "", shape).type.smallest >= MIN_TYPE_SIZE


def test_the_stylesheet_shows_each_shape_only_where_a_unit_is_a_pixel_or_more() -> None:
    css = (REPO / "docs" / "stylesheets" / "infographic.css").read_text(encoding="utf-8")
    assert f"@container (min-width: {LANDSCAPE.width:g}px)" in css
    # the portrait shape is drawn for the content column of a 320 px phone: 320 - 2 * 16 px
    assert PORTRAIT_WIDTH == 320 - 2 * 16
    # printed across A4 between 10 mm margins (190 mm, at 96 px per 25.4 mm)
    assert LANDSCAPE.width <= 190 / 25.4 * 96
    assert SLIDE.width / SLIDE.height == 16 / 9


def third_term_content(tmp_path: Path) -> Content:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"]["ccc"] = {
        "sv": "Ett långt värde som måste brytas",
        "en": "A long value that has to be wrapped",
    }
    terms = [minimal_term("aaa", 1), minimal_term("bbb", 2), minimal_term("ccc", 3)]
    return load_content(str(write_data(tmp_path, minimal_site(), dimensions, terms)))


@pytest.mark.parametrize("shape", SHAPES)
def test_a_third_term_is_a_third_column_or_card_entry(tmp_path: Path, shape: Shape) -> None:
    content = third_term_content(tmp_path)
    ig = infographic_for(content, "en", "", shape)
    assert [len(band.cells) for band in ig.bands] == [3, 3]
    assert len(ig.headings) == 3
    assert len({heading.key.marker for heading in ig.headings}) == 3  # told apart by shape, not colour alone
    assert len({heading.key.colours for heading in ig.headings}) == 3
    root = parse(render_svg(ig, standalone=True))
    values = [text_of(t) for t in texts_with_class(root, "bk-ig-value")]
    assert "A long value that has to be wrapped" in values


@pytest.mark.parametrize("language", ["sv", "en"])
def test_contributings_ito_no_longer_breaks_words(tmp_path: Path, language: str) -> None:
    """With a third term the landscape shape used to cut "Technology-dri / ven", "kunskapsproce / sser"."""
    project_data = tmp_path / "data"
    shutil.copytree(REPO / "data", project_data)
    add_terms(project_data, 3)
    content = load_content(str(project_data))
    for shape, titled in PUBLISHED:
        root = parse(render_svg(infographic_for(content, language, "", shape, titled=titled), standalone=True))
        for text in root.iter(f"{SVG}text"):
            assert not bad_breaks(lines_of(text), language), shape
            assert not any(line.text.endswith(("dri", "proce", "arbitra")) for line in lines_of(text))


def test_hostile_text_stays_text_in_the_svg(tmp_path: Path) -> None:
    content = third_term_content(tmp_path)
    evil = Text({"sv": "<script>alert(1)</script> & \"'", "en": "<a href='javascript:x'>x</a>"})
    dimension = dataclasses.replace(content.dimensions[1], label=evil)
    bad = dataclasses.replace(content, dimensions=(content.dimensions[0], dimension, content.dimensions[2]))
    for language in ("sv", "en"):
        for shape in SHAPES:
            root = parse(render_svg(infographic_for(bad, language, "", shape), standalone=True))
            assert not [e for e in root.iter() if e.tag in (f"{SVG}script", f"{SVG}a")]
            labels = [text_of(t) for t in texts_with_class(root, "bk-ig-label")]
            assert labels == [content.dimensions[0].label(language), evil(language)]


def contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_fill(css: str, selector: str, prop: str = "fill") -> str:
    match = re.search(
        r'\[data-md-color-scheme="slate"\] ' + re.escape(selector) + r" \{\s*" + prop + r": (#[0-9a-f]{6});", css
    )
    assert match, selector
    return match.group(1)


def test_every_term_colour_meets_aa_in_both_schemes() -> None:
    """The real data has some terms; up to six get these colours."""
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
    dark_paper = dark_fill(css, ".bk-ig-paper")
    assert contrast(dark_fill(css, ".bk-ig-muted"), dark_paper) >= 4.5
    assert contrast(dark_fill(css, ".bk-ig-chevron", "stroke"), dark_paper) >= 3  # a graphic that says "link"
