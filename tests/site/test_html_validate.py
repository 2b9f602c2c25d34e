"""html-validate (pinned in package-lock.json) over every page of the built site."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from site_under_test import REPO, SiteUnderTest

HTML_VALIDATE = REPO / "node_modules" / ".bin" / "html-validate"
CONFIG = REPO / ".htmlvalidate.cjs"


def html_validate(target: Path) -> subprocess.CompletedProcess[str]:
    if not HTML_VALIDATE.exists():
        pytest.fail(f"{HTML_VALIDATE} is missing: run `make test`, or `npm ci` first")
    # The configuration is named explicitly: html-validate looks for one next to each file,
    # and outside the project it would silently fall back to its defaults.
    return subprocess.run(
        [str(HTML_VALIDATE), "--config", str(CONFIG), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_built_page_is_valid_html(site: SiteUnderTest) -> None:
    assert len(list(site.out.rglob("*.html"))) > len(site.pages) * len(site.languages)  # and 404 and the root
    result = html_validate(site.out)
    assert result.returncode == 0, result.stdout + result.stderr


def test_html_validate_reports_an_invalid_page(tmp_path: Path) -> None:
    """Guards the test above: the same command fails on a page with a duplicate id."""
    page = tmp_path / "index.html"
    page.write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><title>t</title></head>'
        '<body><p id="a">x</p><p id="a">y</p></body></html>\n',
        encoding="utf-8",
    )
    result = html_validate(tmp_path)
    assert result.returncode != 0
    assert "no-dup-id" in result.stdout
