"""An attack in every text field at once: no output carries it as markup, every output shows it as text.

The data (tests/hostile_data.py) is made from the JSON Schemas, so a text field added later
is attacked too. The site is built twice: through validation, and with the text rules
bypassed, so payloads validation would refuse (<script>, javascript: links, Markdown links,
template braces) reach the outputs and the escaping alone must hold them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hostile_data import PLACEHOLDERS, SCHEMA_FILES, SCHEMAS, hostile_data
from hostile_sites import HostileSite
from live_markup import scan_site

from bpokpo.located_yaml import load_located


def test_every_schema_has_its_data_file_here() -> None:
    """A new data file with its own schema is attacked too, once hostile_data knows its name."""
    assert set(SCHEMA_FILES) == {path.name for path in SCHEMAS.glob("*.schema.json")} - {"common.schema.json"}


def test_every_text_of_the_data_carries_its_own_payload(tmp_path: Path) -> None:
    """Read back as the validator reads it: each text a different payload; all else ids, paths and names."""
    data = hostile_data()
    data.write(tmp_path)
    strings: list[str] = []
    for relative in data.files:
        parsed = load_located(str(tmp_path / relative), relative)
        assert not isinstance(parsed, list), parsed
        strings += _strings(parsed.plain())
    written = set(data.payloads.values())
    texts = [text.removesuffix(PLACEHOLDERS) for text in strings]
    payloads = [text for text in texts if text.startswith("\"'zq") or text in written]
    assert set(payloads) == set(data.payloads.values())  # (the glossary's forms repeat a text shown elsewhere)
    assert len(set(data.payloads.values())) == len(data.payloads) > 150
    assert all(NOT_TEXT.fullmatch(text) for text in texts if text not in payloads)


# What the data holds besides texts: ids, term ids, language codes, addresses, page paths, names of views and fields.
NOT_TEXT = re.compile(r"zq-?[a-z0-9-]+|aaa|bbb|sv|en|https://\S+|[a-z-]+/|[a-z_-]+|\d{4}-\d\d-\d\d")


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return [value] if isinstance(value, str) else []


def test_no_output_carries_a_payload_as_markup(hostile_site: HostileSite) -> None:
    scan = scan_site(hostile_site.out, hostile_site.data.payloads)
    findings = [
        f"{finding.file}: {finding.what[:300]}\n    from "
        + ("; ".join(hostile_site.data.fields.get(number, f"payload {number}") for number in finding.numbers) or "?")
        for finding in scan.findings
    ]
    assert not findings, f"{hostile_site.name}: {len(findings)} live:\n" + "\n".join(findings[:40])


def test_every_payload_reaches_an_output_as_the_text_it_is(hostile_site: HostileSite) -> None:
    """Proof that the test above looked at every field: each payload is shown, as written, somewhere."""
    scan = scan_site(hostile_site.out, hostile_site.data.payloads)
    missing = [f"payload {n}: {where}" for n, where in hostile_site.data.fields.items() if n not in scan.reached]
    assert not missing, f"{hostile_site.name}: texts shown nowhere:\n" + "\n".join(missing)
    twice = [f"{finding.file}: {finding.what}" for finding in scan.escaped_twice]
    assert not twice, f"{hostile_site.name}: {len(twice)} texts escaped twice:\n" + "\n".join(twice[:20])
    assert not hostile_site.data.fields.keys() - scan.intact, [
        hostile_site.data.fields[n] for n in sorted(hostile_site.data.fields.keys() - scan.intact)
    ]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_png_download_is_drawn_from_the_hostile_data(hostile_site: HostileSite, language: str) -> None:
    png = hostile_site.out / language / "downloads" / f"bpo-kpo-infographic.{language}.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
