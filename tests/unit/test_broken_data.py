"""A corpus of broken data: each case is one small edit of the real data files.

Each case names the file to edit, the text to find and its replacement, and what the
validator must say: the file, the line (found by a marker in the edited file, so the case
survives unrelated edits of the data), the field and a fragment of the message.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from datafactory import REPO

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
        'title: {sv: "BPO eller KPO?"',
        'title: {sv: "  "',
        "title:",
        "title.sv",
        "the text is empty",
    ),
    Broken(
        "source address over http",
        "site.yml",
        '  - id: "source-article"\n',
        '  - id: "source-article"\n    url: "http://example.org/article"\n',
        "url:",
        "sources[0].url",
        "'http://example.org/article' is not an https: address",
    ),
    Broken(
        "source address as a script link",
        "site.yml",
        '  - id: "source-article"\n',
        '  - id: "source-article"\n    url: "javascript:alert(1)"\n',
        "url:",
        "sources[0].url",
        "is not an https: address",
    ),
    Broken(
        "conclusion recalls an unknown dimension",
        "site.yml",
        'dimensions: ["arbitrage"]',
        'dimensions: ["arbitrag"]',
        'dimensions: ["arbitrag"]',
        "conclusion.dimensions[0]",
        "there is no dimension with the id 'arbitrag'",
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
        'id: "choose-by-need"',
        'id: "Choose by need"',
        'id: "Choose by need"',
        "conclusion.points[0].id",
        "'Choose by need' is not a valid id",
    ),
    Broken(
        "conclusion point id taken by a dimension",
        "site.yml",
        'id: "choose-by-need"',
        'id: "complexity"',
        'id: "complexity"',
        "conclusion.points[0].id",
        "the id 'complexity' is already used in data/dimensions.yml",
    ),
    Broken(
        "conclusion point id reserved for a section",
        "site.yml",
        'id: "choose-by-need"',
        'id: "sources"',
        'id: "sources"',
        "conclusion.points[0].id",
        "the id 'sources' is reserved for a section of the site",
    ),
    # terms/*.yml
    Broken(
        "order written as text",
        "terms/bpo.yml",
        "order: 1",
        'order: "1"',
        "order:",
        "order",
        "expected a whole number, found text",
    ),
    Broken(
        "two terms with one order",
        "terms/bpo.yml",
        "order: 1",
        "order: 2",
        "order:",
        "order",
        "the order 2 is also used by the term 'bpo'",
        error_file="terms/kpo.yml",
    ),
    Broken(
        "abbreviation read as a boolean",
        "terms/bpo.yml",
        'abbreviation: "BPO"',
        "abbreviation: no",
        "abbreviation:",
        "abbreviation",
        "expected text, found the boolean false (put the text in double quotes",
    ),
    Broken(
        "translation missing",
        "terms/bpo.yml",
        '  sv: "Outsourcing av affärsprocesser"\n',
        "",
        '  en: "Business process outsourcing"',
        "full_name.sv",
        "the required key 'sv' is missing",
    ),
    Broken(
        "text given in one language only",
        "terms/kpo.yml",
        'name: {sv: "Dataanalys", en: "Data analysis"}',
        'name: "Dataanalys"',
        'name: "Dataanalys"',
        "activities[2].name",
        "expected the text in every language, found text (write it as {sv: …, en: …})",
    ),
    Broken(
        "key misspelt",
        "terms/bpo.yml",
        '    examples:\n      - {sv: "Callcenter"',
        '    exampels:\n      - {sv: "Callcenter"',
        "    exampels:",
        "activities[1].exampels",
        "unknown key 'exampels': did you mean 'examples'? (rename exampels: to examples:)",
    ),
    Broken(
        "activity id taken by another activity",
        "terms/bpo.yml",
        'id: "technical-support"',
        'id: "customer-service"',
        'id: "customer-service"\n    name: {sv: "Teknisk',
        "activities[2].id",
        "the id 'customer-service' is already used in data/terms/bpo.yml",
    ),
    Broken(
        "type id taken by the other term",
        "terms/bpo.yml",
        'id: "offshore"',
        'id: "kpo"',
        'id: "kpo"',
        "id",
        "the id 'kpo' is already used in data/terms/bpo.yml",
        error_file="terms/kpo.yml",
        count=2,  # and the glossary's entry for the type 'offshore', which is gone
    ),
    Broken(
        "term id differs from its file name",
        "terms/kpo.yml",
        'id: "kpo"',
        'id: "kpo-model"',
        'id: "kpo-model"',
        "id",
        "the id 'kpo-model' differs from the file name 'kpo.yml'",
        count=0,  # the dimensions' values for "kpo" now name no term: reported as well
    ),
    Broken(
        "required field missing",
        "terms/kpo.yml",
        'abbreviation: "KPO"\n',
        "",
        'id: "kpo"',
        "abbreviation",
        "the required key 'abbreviation' is missing",
    ),
    Broken(
        "empty list of activities",
        "terms/kpo.yml",
        "activities:\n",
        "activities: []\nformer_activities:\n",
        "activities: []",
        "activities",
        "the list is empty",
        count=2,  # and the unknown key that keeps the old entries valid YAML
    ),
    # dimensions.yml
    Broken(
        "view misspelt",
        "dimensions.yml",
        'shown_in: ["infographic"]\n    contrast:\n      sv: "Namnen',
        'shown_in: ["infografic"]\n    contrast:\n      sv: "Namnen',
        'shown_in: ["infografic"',
        "dimensions[0].shown_in[0]",
        "'infografic' is not an extra place a dimension can be shown in; the table and the list of differences "
        'show every dimension anyway (did you mean "infographic"? list only: infographic, or leave shown_in out)',
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
        '      kpo: {sv: "Mycket komplex", en: "Highly complex"}\n',
        "",
        '      bpo: {sv: "Mindre komplex"',
        "dimensions[3].values.kpo",
        "there is no value for the term 'kpo' (add kpo: {sv: …, en: …}",
    ),
    Broken(
        "value for a term that does not exist",
        "dimensions.yml",
        '      kpo: {sv: "Mycket komplex", en: "Highly complex"}\n',
        '      kpo: {sv: "Mycket komplex", en: "Highly complex"}\n      ito: {sv: "Komplex", en: "Complex"}\n',
        "      ito:",
        "dimensions[3].values.ito",
        "there is no term 'ito'",
    ),
    Broken(
        "both values and from_term",
        "dimensions.yml",
        '    values:\n      bpo: {sv: "Regler"',
        '    from_term: "definition"\n    values:\n      bpo: {sv: "Regler"',
        '  - id: "based-on"',
        "dimensions[2]",
        "a dimension needs exactly one of 'values' and 'from_term'",
    ),
    Broken(
        "infographic label too long",
        "dimensions.yml",
        'en: "Type of arbitrage"',
        'en: "Type of arbitrage that the model relies on"',
        "Type of arbitrage that",
        "dimensions[10].label.en",
        "the label of 'arbitrage' has 42 characters; the infographic fits at most 32",
    ),
    Broken(
        "infographic value too long",
        "dimensions.yml",
        'en: "Cost arbitrage"',
        'en: "Cost arbitrage between high and low wage countries"',
        "Cost arbitrage between",
        "dimensions[10].values.bpo.en",
        "the bpo value of 'arbitrage' has 50 characters; the infographic fits at most 40",
    ),
    Broken(
        "double space in a value",
        "dimensions.yml",
        'en: "Less complex"',
        'en: "Less  complex"',
        "Less  complex",
        "dimensions[3].values.bpo.en",
        "the text has leading, trailing or double spaces",
    ),
    Broken(
        "unquoted yes",
        "dimensions.yml",
        'en: "Low"',
        "en: yes",
        "en: yes",
        "dimensions[6].values.bpo.en",
        "expected text, found the boolean true",
    ),
    Broken(
        "unquoted date",
        "dimensions.yml",
        'en: "Rules"',
        "en: 2024-01-31",
        "en: 2024-01-31",
        "dimensions[2].values.bpo.en",
        "expected text, found a date",
    ),
    Broken(
        "language the site does not have",
        "dimensions.yml",
        'en: "Judgement"}',
        'en: "Judgement", de: "Urteil"}',
        'de: "Urteil"',
        "dimensions[2].values.kpo.de",
        "'de' is not a language of the site (use the languages of data/site.yml: sv, en)",
    ),
    Broken(
        "dimension id with capitals",
        "dimensions.yml",
        'id: "complexity"',
        'id: "Complexity"',
        'id: "Complexity"',
        "dimensions[3].id",
        "'Complexity' is not a valid id",
    ),
    Broken(
        "two dimensions with one id",
        "dimensions.yml",
        'id: "focus"',
        'id: "driver"',
        'id: "driver"\n    label: {sv: "Fokus"',
        "dimensions[8].id",
        "the id 'driver' is already used in data/dimensions.yml",
    ),
    Broken(
        "duplicate key",
        "dimensions.yml",
        '    label: {sv: "Fokus", en: "Focus"}\n',
        '    label: {sv: "Fokus", en: "Focus"}\n    label: {sv: "Fokus", en: "Focus area"}\n',
        "Focus area",
        "label",
        "the key 'label' appears twice in the same mapping",
    ),
    Broken(
        "YAML syntax error",
        "dimensions.yml",
        'kpo: {sv: "Insikt", en: "Insight"}',
        'kpo: {sv: "Insikt", en: "Insight"',
        '    question:\n      text: {sv: "Vad vill ni',
        "",
        "YAML syntax error",
    ),
    # injection: markup in text is refused wherever it appears
    Broken(
        "script tag",
        "terms/bpo.yml",
        'en: "Services are outsourced to a company located abroad."',
        'en: "<script>alert(1)</script>"',
        "<script>",
        "types[2].description.en",
        "the text contains '<', which could be read as markup",
    ),
    Broken(
        "image with onerror",
        "terms/kpo.yml",
        'en: "Market research"',
        'en: "Market research <img src=x onerror=alert(1)>"',
        "<img",
        "activities[1].name.en",
        "the text contains '<'",
    ),
    Broken(
        "Markdown link with a script address",
        "dimensions.yml",
        'en: "Subject-matter expertise"',
        'en: "[Expertise](javascript:alert(1))"',
        "javascript:alert",
        "dimensions[4].values.kpo.en",
        "the text contains '['",
    ),
    Broken(
        "bare script address",
        "site.yml",
        'en: "Compare aspect by aspect"',
        'en: "Compare aspect by aspect javascript:alert(1)"',
        "Compare aspect by aspect javascript",
        "ui.profile.en",
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
        "terms/kpo.yml",
        'en: "Investment research"',
        'en: "{{ config.extra }}"',
        "{{ config",
        "activities[0].name.en",
        "the text contains '{'",
    ),
    Broken(
        "template statement",
        "dimensions.yml",
        'en: "Driven by"',
        "en: \"{% include 'mkdocs.yml' %}\"",
        "{% include",
        "dimensions[5].label.en",
        "the text contains '{'",
    ),
]


def errors_after(tmp_path: Path, case: Broken) -> tuple[list[DataError], Path]:
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    path = data / case.file
    original = path.read_text(encoding="utf-8")
    assert original.count(case.find) >= 1, f"the real data no longer contains {case.find!r}: update the case"
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
