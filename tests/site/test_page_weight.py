"""What a page makes the browser fetch before it can paint and run: one stylesheet and one script
of ours, each with every source in order, and no blocking script."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.utils.yaml import yaml_load
from site_under_test import SiteUnderTest

MATERIAL_ASSETS = "assets/"  # Material's own stylesheets and scripts live below it


def sources(project: Path, key: str) -> list[str]:
    """The files mkdocs.yml lists under ``key`` (extra_css, extra_javascript), below docs/."""
    with (project / "mkdocs.yml").open(encoding="utf-8") as file:
        config = yaml_load(file)  # MkDocs' reader: the file uses its !ENV tags
    return [str(path) for path in config[key]]


def flat(css: str) -> str:
    """A stylesheet without comments, its whitespace runs made single spaces."""
    return " ".join(re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL).split())


def rules(css: str) -> list[str]:
    """Each rule of a stylesheet (selector and block, or an at-rule's inner rule)."""
    return [rule.strip() for rule in re.findall(r"[^{}]+\{[^{}]*\}", flat(css))]


def ours(site: Path, language: str, url: str, addresses: list[str]) -> list[Path]:
    """The files of the built site behind a page's addresses, but Material's own (below assets/)."""
    folder = site / language / url
    material = (site / language / MATERIAL_ASSETS).resolve()
    files = [(folder / address).resolve() for address in addresses]
    return [path for path in files if not path.is_relative_to(material)]


def stylesheets(site: SiteUnderTest, language: str, url: str) -> list[str]:
    links = site.html(language, url).find("link")
    return [link.attrs["href"] for link in links if link.attrs.get("rel") == "stylesheet"]


def scripts(site: SiteUnderTest, language: str, url: str) -> list[str]:
    return [script.attrs["src"] for script in site.html(language, url).find("script") if "src" in script.attrs]


def the_one_file_of_ours(site: SiteUnderTest, language: str, linked: dict[str, list[str]]) -> Path:
    """The single file of ours each page links, the same on every page so a browser fetches it once."""
    files = set()
    for url, addresses in linked.items():
        found = ours(site.out, language, url, addresses)
        assert len(found) == 1, f"{language}/{url}: {found}"
        files.add(found[0])
    assert len(files) == 1, files
    return files.pop()


def test_every_page_links_one_stylesheet_of_ours_with_every_rule_of_the_sources(site: SiteUnderTest) -> None:
    listed = sources(site.project, "extra_css")
    assert len(listed) > 1  # the point of joining them
    for language in site.languages:
        linked = {page.url: stylesheets(site, language, page.url) for page in site.pages}
        joined = flat(the_one_file_of_ours(site, language, linked).read_text(encoding="utf-8"))
        position = 0
        for source in listed:
            source_rules = rules((site.project / "docs" / source).read_text(encoding="utf-8"))
            assert source_rules, source
            # every rule of every source, in the sources' order, so the cascade is unchanged
            for rule in source_rules:
                found = joined.find(rule, position)
                assert found >= 0, f"{source}: {rule[:80]}"
                position = found
        # the sources themselves are not published as well
        assert not any((site.out / language / source).exists() for source in listed)


def test_every_page_runs_one_script_of_ours_with_every_source_before_materials(site: SiteUnderTest) -> None:
    listed = sources(site.project, "extra_javascript")
    assert len(listed) > 1
    for language in site.languages:
        loaded = {page.url: scripts(site, language, page.url) for page in site.pages}
        joined = the_one_file_of_ours(site, language, loaded).read_text(encoding="utf-8")
        position = 0
        for source in listed:
            text = (site.project / "docs" / source).read_text(encoding="utf-8").strip()
            found = joined.find(text, position)
            assert found >= 0, f"{language}: {source} is not whole, or not in the order mkdocs.yml lists it"
            position = found + len(text)
        assert not any((site.out / language / source).exists() for source in listed)
        for page in site.pages:
            addresses = scripts(site, language, page.url)
            material = [a for a in addresses if MATERIAL_ASSETS in a]
            assert material, page.url
            # the SVG links are fixed before Material's bundle reads them (docs/javascripts/svg-links.js)
            own = addresses.index(next(a for a in addresses if a not in material))
            assert own < addresses.index(material[0]), f"{language}/{page.url}: {addresses}"


def test_no_script_holds_up_the_first_paint(site: SiteUnderTest) -> None:
    for language in site.languages:
        for page in site.pages:
            elements = site.html(language, page.url).find("script")
            external = [element.attrs for element in elements if "src" in element.attrs]
            assert external, page.url
            blocking = [attrs["src"] for attrs in external if "defer" not in attrs and "async" not in attrs]
            assert not blocking, f"{language}/{page.url}: {blocking}"
