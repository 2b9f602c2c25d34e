"""A corpus of broken data: each case is one small edit of the test data set (tests/fixtures/data).

Each case names the file to edit, the text to find and its replacement, and what the
validator must say: the file, the line (found by a marker in the edited file), the field and
a fragment of the message. The cases edit the test data, not data/, so that no edit of the
site's content can change them.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from datafactory import FIXTURE_DATA

from bpokpo import DataError, DataErrors, load_content


@dataclass(frozen=True)
class Broken:
    name: str
    file: str  # below data/
    find: str
    replace: str
    line_of: str  # the error is on the first line of the edited file containing this
    field: str
    message: str
    error_file: str = ""  # when the error is reported in another file than the edited one
    count: int = 1  # how many problems the edit causes in all


CASES = [
    # site.yml
    Broken(
        "languages missing",
        "site.yml",
        'languages: ["sv", "en"]  # the first one is the default language\n',
        "",
        "title:",
        "languages",
        'the required key \'languages\' is missing (add languages: ["sv", "en"])',
    ),
    Broken(
        "language code misspelt",
        "site.yml",
        'languages: ["sv", "en"]',
        'languages: ["sv", "english"]',
        "languages:",
        "languages[1]",
        "'english' is not a two-letter language code",
    ),
    Broken(
        "a new language without its translations",
        "site.yml",
        'languages: ["sv", "en"]',
        'languages: ["sv", "en", "fi"]',
        "title:",
        "title.fi",
        "the required key 'fi' is missing",
        count=0,  # every text in every file lacks its Finnish version
    ),
    Broken(
        "empty site title",
        "site.yml",
        'title: {sv: "{terms_or}?"',
        'title: {sv: "  "',
        "title:",
        "title.sv",
        "the text is empty",
    ),
    Broken(
        "source address over http",
        "site.yml",
        '  - id: "fixture-article"\n',
        '  - id: "fixture-article"\n    url: "http://example.org/article"\n',
        "url:",
        "sources[0].url",
        "'http://example.org/article' is not an https: address",
    ),
    Broken(
        "source address as a script link",
        "site.yml",
        '  - id: "fixture-article"\n',
        '  - id: "fixture-article"\n    url: "javascript:alert(1)"\n',
        "url:",
        "sources[0].url",
        "is not an https: address",
    ),
    Broken(
        "conclusion recalls an unknown dimension",
        "site.yml",
        'dimensions: ["risk"]',
        'dimensions: ["risks"]',
        'dimensions: ["risks"]',
        "conclusion.dimensions[0]",
        "there is no dimension with the id 'risks'",
    ),
    Broken(
        "interface string missing",
        "site.yml",
        '  sources: {sv: "Källor", en: "Sources"}\n',
        "",
        "  at_a_glance:",
        "ui.sources",
        "the required key 'sources' is missing",
    ),
    Broken(
        "unknown interface string",
        "site.yml",
        "\nui:\n",
        '\nui:\n  colour: {sv: "Färg", en: "Colour"}\n',
        "  colour:",
        "ui.colour",
        "unknown key 'colour'",
    ),
    Broken(
        "conclusion point id with spaces",
        "site.yml",
        'id: "pick-by-need"',
        'id: "Pick by need"',
        'id: "Pick by need"',
        "conclusion.points[0].id",
        "'Pick by need' is not a valid id",
    ),
    Broken(
        "conclusion point id taken by a dimension",
        "site.yml",
        'id: "pick-by-need"',
        'id: "pace"',
        'id: "pace"',
        "conclusion.points[0].id",
        "the id 'pace' is already used in data/dimensions.yml",
    ),
    Broken(
        "conclusion point id reserved for a section",
        "site.yml",
        'id: "pick-by-need"',
        'id: "sources"',
        'id: "sources"',
        "conclusion.points[0].id",
        "the id 'sources' is reserved for a section of the site",
    ),
    Broken(
        "unknown placeholder",
        "site.yml",
        'en: "{terms} compared"',
        'en: "{term} compared"',
        'en: "{term} compared"',
        "pages.comparison.title.en",
        "'{term}' is not a placeholder (use one of {terms}, {terms_or}, {term_count}",
    ),
    Broken(
        "a count of differences the data does not have",
        "site.yml",
        'en: "The {infographic_count} differences"',
        'en: "The nine differences"',
        'en: "The nine differences"',
        "pages.infographic.title.en",
        "the text says 'nine differences', but the data has 4 and 6 of them (write {infographic_count}",
    ),
    # terms/*.yml
    Broken(
        "order written as text",
        "terms/alpha.yml",
        "order: 1",
        'order: "1"',
        "order:",
        "order",
        "expected a whole number, found text",
    ),
    Broken(
        "two terms with one order",
        "terms/alpha.yml",
        "order: 1",
        "order: 2",
        "order:",
        "order",
        "the order 2 is also used by the term 'alpha'",
        error_file="terms/beta.yml",
    ),
    Broken(
        "abbreviation read as a boolean",
        "terms/alpha.yml",
        'abbreviation: "ALF"',
        "abbreviation: no",
        "abbreviation:",
        "abbreviation",
        "expected text, found the boolean false (put the text in double quotes",
        count=0,  # and the site texts can no longer be checked against the terms: nothing more
    ),
    Broken(
        "translation missing",
        "terms/alpha.yml",
        '  sv: "Outsourcing av alfaprocesser"\n',
        "",
        '  en: "Alpha process outsourcing"',
        "full_name.sv",
        "the required key 'sv' is missing",
    ),
    Broken(
        "text given in one language only",
        "terms/beta.yml",
        'name: {sv: "Bedömning", en: "Judging"}',
        'name: "Bedömning"',
        'name: "Bedömning"',
        "activities[1].name",
        "expected the text in every language, found text (write it as {sv: …, en: …})",
    ),
    Broken(
        "key misspelt",
        "terms/alpha.yml",
        '    examples:\n      - {sv: "Post"',
        '    exampels:\n      - {sv: "Post"',
        "    exampels:",
        "activities[1].exampels",
        "unknown key 'exampels': did you mean 'examples'? (rename exampels: to examples:)",
    ),
    Broken(
        "activity id taken by another activity",
        "terms/alpha.yml",
        'id: "counting"',
        'id: "sorting"',
        'id: "sorting"\n    name: {sv: "Räkning',
        "activities[2].id",
        "the id 'sorting' is already used in data/terms/alpha.yml",
    ),
    Broken(
        "type id taken by the other term",
        "terms/alpha.yml",
        'id: "remote"',
        'id: "beta"',
        'id: "beta"',
        "id",
        "the id 'beta' is already used in data/terms/alpha.yml",
        error_file="terms/beta.yml",
        count=2,  # and the glossary's entry for the type 'remote', which is gone
    ),
    Broken(
        "term id differs from its file name",
        "terms/beta.yml",
        'id: "beta"',
        'id: "beta-model"',
        'id: "beta-model"',
        "id",
        "the id 'beta-model' differs from the file name 'beta.yml'",
        count=0,  # the dimensions' values for "beta" now name no term: reported as well
    ),
    Broken(
        "required field missing",
        "terms/beta.yml",
        'abbreviation: "BET"\n',
        "",
        'id: "beta"',
        "abbreviation",
        "the required key 'abbreviation' is missing",
    ),
    Broken(
        "empty list of activities",
        "terms/beta.yml",
        "activities:\n",
        "activities: []\nformer_activities:\n",
        "activities: []",
        "activities",
        "the list is empty",
        count=2,  # and the unknown key that keeps the old entries valid YAML
    ),
    Broken(
        "a term cites a source that does not exist",
        "terms/alpha.yml",
        'sources: ["fixture-article"]',
        'sources: ["fixture-artikel"]',
        'sources: ["fixture-artikel"]',
        "sources[0]",
        "there is no source 'fixture-artikel'",
    ),
    Broken(
        "a public source that nothing cites any more",
        "terms/beta.yml",
        'sources: ["beta-handbook"]',
        'sources: ["fixture-article"]',
        'id: "beta-handbook"',
        "sources[0].id",
        "no fact cites the source 'beta-handbook'",
        error_file="sources.yml",
    ),
    # dimensions.yml
    Broken(
        "view misspelt",
        "dimensions.yml",
        'shown_in: ["infographic"]\n    contrast: {sv: "Alfa går fort',
        'shown_in: ["infographc"]\n    contrast: {sv: "Alfa går fort',
        'shown_in: ["infographc"',
        "dimensions[2].shown_in[0]",
        "'infographc' is not an extra place a dimension can be shown in",
    ),
    Broken(
        "unknown term field",
        "dimensions.yml",
        'from_term: "full_name"',
        'from_term: "fullname"',
        'from_term: "fullname"',
        "dimensions[0].from_term",
        "'fullname' is not a term field",
    ),
    Broken(
        "value missing for a term",
        "dimensions.yml",
        '      beta: {sv: "Liten volym", en: "Low volume"}\n',
        "",
        '      alpha: {sv: "Stor volym"',
        "dimensions[3].values.beta",
        "there is no value for the term 'beta' (add beta: {sv: …, en: …}",
    ),
    Broken(
        "value for a term that does not exist",
        "dimensions.yml",
        '      beta: {sv: "Liten volym", en: "Low volume"}\n',
        '      beta: {sv: "Liten volym", en: "Low volume"}\n      gamma: {sv: "Ingen", en: "None"}\n',
        "      gamma:",
        "dimensions[3].values.gamma",
        "there is no term 'gamma'",
    ),
    Broken(
        "both values and from_term",
        "dimensions.yml",
        '    values:\n      alpha: {sv: "Snabbt"',
        '    from_term: "definition"\n    values:\n      alpha: {sv: "Snabbt"',
        '  - id: "pace"',
        "dimensions[2]",
        "a dimension needs exactly one of 'values' and 'from_term'",
    ),
    Broken(
        "infographic label too long",
        "dimensions.yml",
        'en: "Kind of risk"',
        'en: "Kind of risk that each model carries with it"',
        "Kind of risk that",
        "dimensions[5].label.en",
        "the label of 'risk' has 44 characters; the infographic fits at most 32",
    ),
    Broken(
        "infographic value too long",
        "dimensions.yml",
        'en: "Errors in bulk"',
        'en: "Errors in bulk, made the same way many times over"',
        "Errors in bulk, made",
        "dimensions[5].values.alpha.en",
        "the alpha value of 'risk' has 49 characters; the infographic fits at most 40",
    ),
    Broken(
        "double space in a value",
        "dimensions.yml",
        'en: "High volume"',
        'en: "High  volume"',
        "High  volume",
        "dimensions[3].values.alpha.en",
        "the text has leading, trailing or double spaces",
    ),
    Broken(
        "unquoted yes",
        "dimensions.yml",
        'en: "Slow"',
        "en: yes",
        "en: yes",
        "dimensions[2].values.beta.en",
        "expected text, found the boolean true",
    ),
    Broken(
        "unquoted date",
        "dimensions.yml",
        'en: "Fast"',
        "en: 2024-01-31",
        "en: 2024-01-31",
        "dimensions[2].values.alpha.en",
        "expected text, found a date",
    ),
    Broken(
        "language the site does not have",
        "dimensions.yml",
        'en: "Slow"}',
        'en: "Slow", de: "Langsam"}',
        'de: "Langsam"',
        "dimensions[2].values.beta.de",
        "'de' is not a language of the site (use the languages of data/site.yml: sv, en)",
    ),
    Broken(
        "dimension id with capitals",
        "dimensions.yml",
        'id: "scale"',
        'id: "Scale"',
        'id: "Scale"',
        "dimensions[3].id",
        "'Scale' is not a valid id",
    ),
    Broken(
        "two dimensions with one id",
        "dimensions.yml",
        'id: "scale"',
        'id: "pace"',
        'id: "pace"\n    label: {sv: "Omfattning"',
        "dimensions[3].id",
        "the id 'pace' is already used in data/dimensions.yml",
    ),
    Broken(
        "duplicate key",
        "dimensions.yml",
        '    label: {sv: "Omfattning", en: "Scale"}\n',
        '    label: {sv: "Omfattning", en: "Scale"}\n    label: {sv: "Omfattning", en: "Size"}\n',
        '"Size"',
        "label",
        "the key 'label' appears twice in the same mapping",
    ),
    Broken(
        "YAML syntax error",
        "dimensions.yml",
        'beta: {sv: "Långsamt", en: "Slow"}',
        'beta: {sv: "Långsamt", en: "Slow"',
        '  - id: "scale"',
        "",
        "YAML syntax error",
    ),
    # injection: markup in text is refused wherever it appears
    Broken(
        "script tag",
        "terms/alpha.yml",
        'en: "The provider is far away."',
        'en: "<script>alert(1)</script>"',
        "<script>",
        "types[1].description.en",
        "the text contains '<', which could be read as markup",
    ),
    Broken(
        "image with onerror",
        "terms/beta.yml",
        'en: "Advising"',
        'en: "Advising <img src=x onerror=alert(1)>"',
        "<img",
        "activities[2].name.en",
        "the text contains '<'",
    ),
    Broken(
        "Markdown link with a script address",
        "dimensions.yml",
        'en: "Low volume"',
        'en: "[Volume](javascript:alert(1))"',
        "javascript:alert",
        "dimensions[3].values.beta.en",
        "the text contains '['",
    ),
    Broken(
        "bare script address",
        "site.yml",
        'en: "Head to head"',
        'en: "Head to head javascript:alert(1)"',
        "Head to head javascript",
        "ui.head_to_head.en",
        "the text contains 'javascript:'",
    ),
    Broken(
        "Markdown link",
        "site.yml",
        'en: "Marketing"',
        'en: "[Marketing](https://example.org)"',
        "[Marketing]",
        "intro.examples[0].en",
        "the text contains '['",
    ),
    Broken(
        "template expression",
        "terms/beta.yml",
        'en: "Weighing"',
        'en: "{{ config.extra }}"',
        "{{ config",
        "activities[0].name.en",
        "the text contains '{'",
    ),
    Broken(
        "template statement",
        "dimensions.yml",
        'en: "Pace"',
        "en: \"{% include 'mkdocs.yml' %}\"",
        "{% include",
        "dimensions[2].label.en",
        "the text contains '{'",
    ),
]


def errors_after(tmp_path: Path, case: Broken) -> tuple[list[DataError], Path]:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, data)
    path = data / case.file
    original = path.read_text(encoding="utf-8")
    assert original.count(case.find) >= 1, f"the test data no longer contains {case.find!r}: update the case"
    path.write_text(original.replace(case.find, case.replace, 1), encoding="utf-8")
    with pytest.raises(DataErrors) as failure:
        load_content(str(data))
    return failure.value.errors, data


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 25
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_broken_data_is_reported_at_its_line(tmp_path: Path, case: Broken) -> None:
    errors, data = errors_after(tmp_path, case)
    error_file = data / (case.error_file or case.file)
    text = error_file.read_text(encoding="utf-8")
    line = text[: text.index(case.line_of)].count("\n") + 1
    located = [e for e in errors if e.file == str(error_file) and e.line == line and e.field == case.field]
    assert located, f"no error at {error_file.name}:{line} {case.field}; got:\n" + "\n".join(e.format() for e in errors)
    message = case.message.replace("used in data/", f"used in {data}/")  # files are named as the loader got them
    assert any(message in e.format() for e in located), "\n".join(e.format() for e in located)
    if case.count:
        assert len(errors) == case.count, "\n".join(e.format() for e in errors)
    assert all(e.fix for e in errors), "every problem says how to fix it"
