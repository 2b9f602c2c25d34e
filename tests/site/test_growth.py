"""The site grows by data alone: a third term and a new dimension, with no change to any code.

The copy has no git history, so it also shows the fallback for the pages' dates: the
data files' own modification times.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from datafactory import copy_project
from htmlpage import HtmlPage

from bpokpo.site_build import build_site

ITO = """\
# yaml-language-server: $schema=../../src/bpokpo/schemas/term.schema.json
# Information technology outsourcing (ITO).
id: "ito"
order: 3
abbreviation: "ITO"
full_name:
  sv: "Outsourcing av IT-tjänster"
  en: "Information technology outsourcing"
definition:
  sv: "Att lägga ut drift, utveckling och support av IT på en extern leverantör."
  en: "The outsourcing of IT operations, development and support to an external provider."
activities:
  - id: "application-development"
    name: {sv: "Systemutveckling", en: "Application development"}
  - id: "infrastructure-management"
    name: {sv: "Drift av infrastruktur", en: "Infrastructure management"}
"""

NEW_DIMENSION = """
  - id: "contract-length"
    label: {sv: "Avtalslängd", en: "Contract length"}
    contrast: {sv: "Avtalen löper olika länge.", en: "The contracts run for different lengths of time."}
    shown_in: ["infographic"]
    values:
"""


def grow(project: Path) -> list[str]:
    """Add ITO with a value in every dimension, and a dimension with a value for every term."""
    data = project / "data"
    (data / "terms" / "ito.yml").write_text(ITO, encoding="utf-8")
    terms = sorted(path.stem for path in (data / "terms").glob("*.yml"))
    dimensions = data / "dimensions.yml"
    text = dimensions.read_text(encoding="utf-8")
    # every "values:" block gets an ito entry after its last term line
    text = re.sub(
        r"(    values:\n(?:      [a-z0-9-]+: .*\n)+)",
        lambda block: block.group(1) + '      ito: {sv: "Tjänstenivåer", en: "Service levels"}\n',
        text,
    )
    text = text.rstrip("\n") + "\n" + NEW_DIMENSION
    text += "".join(f'      {term}: {{sv: "Avtal för {term}", en: "Contracts for {term}"}}\n' for term in terms)
    dimensions.write_text(text, encoding="utf-8")
    return terms


@pytest.fixture(scope="module")
def grown_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    project = copy_project(tmp_path_factory.mktemp("grown") / "project")
    terms = grow(project)
    out = project.parent / "site"
    build_site(str(project), str(out))
    return out, terms


def page(site: Path, language: str, url: str) -> HtmlPage:
    return HtmlPage.read(site / language / url / "index.html")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_new_term_has_its_definition_page(grown_site: tuple[Path, list[str]], language: str) -> None:
    site, _ = grown_site
    html = page(site, language, "ito/")
    assert {"application-development", "infrastructure-management"} <= set(html.ids())
    text = "".join(html.text)  # as the browser joins the runs an abbr splits a sentence into
    assert ("Outsourcing av IT-tjänster" if language == "sv" else "Information technology outsourcing") in text
    assert "ito" in page(site, language, "").ids()  # its card on the home page


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_table_has_a_new_column_and_a_new_row(grown_site: tuple[Path, list[str]], language: str) -> None:
    site, terms = grown_site
    html = page(site, language, "comparison/")
    headers = [e for e in html.inside("th", "table.bk-table") if e.attrs.get("scope") == "col"]
    assert len(headers) == 1 + len(terms) == 4
    assert any(e.attrs.get("href") == "../ito/" for e in html.inside("a", "table.bk-table"))
    rows = [e.attrs["id"] for e in html.inside("tr", "table.bk-table") if "id" in e.attrs]
    assert rows[-1] == "contract-length"
    cells = html.inside("td", "table.bk-table")
    assert len(cells) == len(rows) * len(terms)
    assert "difference-contract-length" in html.ids()
    text = " ".join(html.text)
    assert ("Avtal för ito" if language == "sv" else "Contracts for ito") in text
    assert ("Tjänstenivåer" if language == "sv" else "Service levels") in text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_infographic_shows_the_new_dimension(grown_site: tuple[Path, list[str]], language: str) -> None:
    site, _ = grown_site
    text = " ".join(page(site, language, "infographic/").text)
    assert ("Avtalslängd" if language == "sv" else "Contract length") in text
    assert "ITO" in text


def test_without_git_history_pages_are_dated_by_their_files(grown_site: tuple[Path, list[str]]) -> None:
    site, _ = grown_site
    data = site.parent / "project" / "data"
    assert not (site.parent / "project" / ".git").exists()
    newest = max(int(os.stat(data / name).st_mtime) for name in ("terms/ito.yml", "dimensions.yml"))
    [time] = [e.attrs for e in page(site, "en", "ito/").inside("time", "footer.bk-page-facts")]
    assert datetime.fromisoformat(time["datetime"]) == datetime.fromtimestamp(newest, tz=UTC)
    [edit] = [e for e in page(site, "en", "ito/").find("a") if "md-content__button" in e.classes]
    assert edit.attrs["href"].endswith("/edit/main/data/terms/ito.yml")
