"""Properties of the infographic's layout over generated data, for every published shape.

From one term to TERM_LIMIT, from one dimension to the most the infographic shows, with
long Swedish compounds and the longest labels and values the validator accepts: no line
breaks a word except after a hyphen at one of its syllable breaks (or its own hyphen),
nothing leaves its box, the type is never under 12 px, and hyphens come only at 12 px.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from svgtext import SVG, bad_breaks, lines_of, parse

from bpokpo.cross_checks import INFOGRAPHIC_DIMENSION_LIMIT, INFOGRAPHIC_LABEL_LIMIT, INFOGRAPHIC_VALUE_LIMIT
from bpokpo.infographic import layout, render_svg
from bpokpo.infographic_check import PUBLISHED
from bpokpo.infographic_model import MARKERS, MIN_TYPE_SIZE, TERM_COLOURS, Box, Infographic, InfographicText, TermKey
from bpokpo.term_limit import TERM_LIMIT
from bpokpo.text_metrics import text_width
from bpokpo.views import Cell, Row, Value

# Parts of words as the site's texts have them; Swedish ones join into long compounds.
SWEDISH_STEMS = [
    "kunskaps", "process", "arbitrage", "kommunikations", "förmåga", "affärs", "utveckling", "leverantörs",
    "kostnads", "samordning", "personal", "administrations", "rekryterings", "tjänst", "kvalifikation",
    "förståelse", "marknads", "analys", "redovisnings", "ekonomi", "lön", "hantering", "avtals", "granskning",
]  # fmt: skip
SWEDISH_WORDS = ["och", "av", "på", "med", "hög", "låg", "grad", "Mycket", "Mindre", "komplex", "Regler", "Omdöme"]
ENGLISH_WORDS = [
    "Business", "process", "outsourcing", "Knowledge", "Technology-driven", "communication", "qualifications",
    "infrastructure", "understanding", "and", "of", "the", "Low-level", "high", "arbitrage", "Professional",
    "administration", "responsibilities", "Internationalisation",
]  # fmt: skip

swedish_compound = st.lists(st.sampled_from(SWEDISH_STEMS), min_size=1, max_size=3).map(
    lambda stems: "".join(stems).capitalize()
)
word = {
    "sv": st.one_of(swedish_compound, st.sampled_from(SWEDISH_WORDS)),
    "en": st.sampled_from(ENGLISH_WORDS),
}


def phrase(language: str, limit: int) -> st.SearchStrategy[str]:
    """Words up to ``limit`` characters, often right up to it."""

    def joined(words: list[str]) -> str:
        text = ""
        for next_word in words:
            candidate = f"{text} {next_word}" if text else next_word
            if len(candidate) > limit:
                break
            text = candidate
        return text or words[0][:limit]

    return st.lists(word[language], min_size=1, max_size=8).map(joined)


@st.composite
def infographics(draw: st.DrawFn) -> tuple[str, InfographicText, tuple[Row, ...], tuple[TermKey, ...]]:
    language = draw(st.sampled_from(["sv", "en"]))
    count = draw(st.integers(1, TERM_LIMIT))
    abbreviations = draw(
        st.lists(st.text("ABCDEFGHIKLMNOPRSTUVXYZ", min_size=2, max_size=4), min_size=count, max_size=count)
    )
    keys = tuple(
        TermKey(index + 1, f"t{index}", abbreviation, TERM_COLOURS[index], MARKERS[index])
        for index, abbreviation in enumerate(abbreviations)
    )
    rows = tuple(
        Row(
            f"d{number}",
            draw(phrase(language, INFOGRAPHIC_LABEL_LIMIT)),
            tuple(
                Cell(key.term_id, key.abbreviation, Value(draw(phrase(language, INFOGRAPHIC_VALUE_LIMIT))))
                for key in keys
            ),
            f"../comparison/#d{number}",
        )
        for number in range(draw(st.integers(1, INFOGRAPHIC_DIMENSION_LIMIT)))
    )
    text = InfographicText(
        language=language,
        kicker="BPO eller KPO?",
        title="De tio viktigaste skillnaderna" if language == "sv" else "The ten key differences",
        summary="…",
        column_caption="Aspekt" if language == "sv" else "Aspect",
        source="Källa: Artikeln ”BPO mot KPO” · https://bpo-kpo.github.io/bpo-vs-kpo/sv/infographic/",
    )
    return language, text, rows, keys


def inside(lines_box: Box, x: float, text: str, size: float, bold: bool = False) -> bool:
    right = x + text_width(text, size, "bold" if bold else "regular")
    return lines_box.x - 0.01 <= x and right <= lines_box.right + 0.01


def assert_boxes_hold_their_text(ig: Infographic) -> None:
    canvas = Box(0, 0, ig.width, ig.height)
    type_ = ig.type
    for heading in ig.headings:
        for line in heading.lines:
            assert inside(heading.box, line.x, line.text, type_.heading, bold=True), line
    previous_bottom = 0.0
    for band in ig.bands:
        assert inside(canvas, band.box.x, "", 0) and band.box.right <= ig.width
        assert band.box.y > previous_bottom, "bands overlap"
        previous_bottom = band.box.bottom
        for line in band.label_lines:
            assert inside(band.label_box, line.x, line.text, type_.label, bold=True), line
        for cell in band.cells:
            assert band.box.y - 0.01 <= cell.box.y and cell.box.bottom <= band.box.bottom + 0.01
            assert cell.box.right <= ig.width
            for line in cell.lines:
                assert inside(cell.text_box, line.x, line.text, type_.body), line
                assert cell.box.y < line.y - type_.body * 0.73 and line.y + type_.body * 0.24 < cell.box.bottom
        if ig.labels == "column":
            assert all(band.label_box.right <= cell.box.x for cell in band.cells)
    for line in (*ig.title, *ig.source):
        assert line.x >= 0 and line.x + text_width(line.text, type_.title if line in ig.title else type_.small) <= (
            ig.width
        )
    if ig.source:
        assert previous_bottom < ig.source[0].y - type_.small
        assert ig.source[-1].y <= ig.height


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(infographics())
def test_every_published_shape_fits_without_breaking_a_word(
    data: tuple[str, InfographicText, tuple[Row, ...], tuple[TermKey, ...]],
) -> None:
    language, text, rows, keys = data
    for shape, titled in PUBLISHED:
        ig = layout(shape, text, rows, keys, titled=titled)
        assert not ig.problems, (shape, ig.problems)
        assert ig.type.smallest >= MIN_TYPE_SIZE
        if shape == "slide":
            assert (ig.width, ig.height) == (1920, 1080)
        assert_boxes_hold_their_text(ig)
        root = parse(render_svg(ig, standalone=titled))
        hyphenated = False
        for element in root.iter(f"{SVG}text"):
            lines = lines_of(element)
            assert not bad_breaks(lines, language), (shape, [line.text for line in lines])
            hyphenated = hyphenated or any(line.hyphenated for line in lines)
        if hyphenated:  # only where no arrangement at any size fits the word whole
            assert ig.type.body == MIN_TYPE_SIZE, shape
