"""Every name the build writes at the top of a language's root is one a term or a moved page may not take."""

from __future__ import annotations

from pathlib import Path

from datafactory import REPO

from bpokpo import load_content
from bpokpo.anchors import SLUG
from bpokpo.page_redirects import load_redirects
from bpokpo.reserved_names import reserved_names
from bpokpo.site_map import site_pages

CONTENT = load_content(str(REPO / "data"))


def test_every_folder_the_build_writes_is_reserved(built_site: Path) -> None:
    redirects = load_redirects(str(REPO / "data"), tuple(page.url for page in site_pages(CONTENT)))
    from_data = {term.id for term in CONTENT.terms} | {redirect.old.split("/")[0] for redirect in redirects}
    reserved = reserved_names(str(REPO))
    for language in CONTENT.languages:
        written = sorted((built_site / language).iterdir())
        assert written
        for entry in written:
            if entry.is_dir():
                assert entry.name in from_data or entry.name in reserved, f"{entry.name}/ is not reserved"
            else:  # index.html, 404.html, sitemap.xml: an id has no dot, so it cannot take such a name
                assert not SLUG.fullmatch(entry.name), f"{entry.name} could be an id"
