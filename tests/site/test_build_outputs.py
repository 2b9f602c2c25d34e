"""Every name the build writes at the top of a language's root is one a term or a moved page may not take."""

from __future__ import annotations

from site_under_test import SiteUnderTest

from bpokpo.anchors import SLUG
from bpokpo.reserved_names import reserved_names


def test_every_folder_the_build_writes_is_reserved(site: SiteUnderTest) -> None:
    from_data = {term.id for term in site.content.terms} | {redirect.old.split("/")[0] for redirect in site.redirects}
    reserved = reserved_names(str(site.project))
    for language in site.languages:
        written = sorted((site.out / language).iterdir())
        assert written
        for entry in written:
            if entry.is_dir():
                assert entry.name in from_data or entry.name in reserved, f"{entry.name}/ is not reserved"
            else:  # index.html, 404.html, sitemap.xml: an id has no dot, so it cannot take such a name
                assert not SLUG.fullmatch(entry.name), f"{entry.name} could be an id"
