"""The site built from ``hostile_data``: once through validation, once with the text rules bypassed."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from datafactory import copy_project
from hostile_data import HostileData, hostile_data

import bpokpo.data_file
from bpokpo.site_build import build_site


@dataclass(frozen=True)
class HostileSite:
    out: Path
    data: HostileData
    port: int

    @property
    def name(self) -> str:
        return "text rules bypassed" if self.data.raw else "through validation"


def build_hostile_site(work: Path, port: int, *, raw: bool) -> HostileSite:
    """A copy of the project with the hostile data, built strictly for ``http://127.0.0.1:<port>/``.

    ``raw``: the text rules (no markup, no ``javascript:``) are switched off for this build, so
    payloads validation would refuse reach the outputs; the escaping alone must hold them.
    """
    project = copy_project(work / "project")
    shutil.rmtree(project / "data")
    data = hostile_data(raw=raw)
    data.write(project / "data")
    out = work / "site"
    with pytest.MonkeyPatch.context() as patch:
        for language in ("sv", "en"):
            patch.setenv(f"SITE_URL_{language.upper()}", f"http://127.0.0.1:{port}/{language}/")
        if raw:
            patch.setattr(bpokpo.data_file, "text_problems", lambda *arguments, **options: [])
        build_site(str(project), str(out))
    return HostileSite(out, data, port)
