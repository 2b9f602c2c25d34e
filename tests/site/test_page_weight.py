"""What a page makes the browser fetch before it can paint: one stylesheet of ours, no blocking script."""

from __future__ import annotations

import re
from pathlib import Path

from htmlpage import HtmlPage
from mkdocs.utils.yaml import yaml_load
from site_under_test import SiteUnderTest

MATERIAL_ASSETS = "assets/"  # Material's own stylesheets and scripts live below it


def style_sources(project: Path) -> list[str]:
    """The stylesheets mkdocs.yml lists, below docs/."""
    with (project / "mkdocs.yml").open(encoding="utf-8") as file:
        config = yaml_load(file)  # MkDocs' reader: the file uses its !ENV tags
    return list(config["extra_css"])


def flat(css: str) -> str:
    """A stylesheet without comments, its whitespace runs made single spaces."""
    return " ".join(re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL).split())


def rules(css: str) -> list[str]:
    """Each rule of a stylesheet (selector and block, or an at-rule's inner rule)."""
    return [rule.strip() for rule in re.findall(r"[^{}]+\{[^{}]*\}", flat(css))]


def our_stylesheets(site: Path, language: str, url: str) -> list[Path]:
    """The stylesheets a page links, but Material's own (below assets/), as files of the built site."""
    folder = site / language / url
    linked = [
        (folder / link.attrs["href"]).resolve()
        for link in HtmlPage.read(folder / "index.html").find("link")
        if link.attrs.get("rel") == "stylesheet"
    ]
    return [path for path in linked if not path.is_relative_to((site / language / MATERIAL_ASSETS).resolve())]


def test_every_page_links_one_stylesheet_of_ours_with_every_rule_of_the_sources(site: SiteUnderTest) -> None:
    sources = style_sources(site.project)
    assert len(sources) > 1  # the point of joining them
    for language in site.languages:
        linked = set()
        for page in site.pages:
            stylesheets = our_stylesheets(site.out, language, page.url)
            assert len(stylesheets) == 1, f"{language}/{page.url}: {stylesheets}"
            linked.add(stylesheets[0])
        assert len(linked) == 1, linked  # the same file on every page, so a browser fetches it once
        joined = flat(linked.pop().read_text(encoding="utf-8"))
        position = 0
        for source in sources:
            source_rules = rules((site.project / "docs" / source).read_text(encoding="utf-8"))
            assert source_rules, source
            # every rule of every source, in the sources' order, so the cascade is unchanged
            for rule in source_rules:
                found = joined.find(rule, position)
                assert found >= 0, f"{source}: {rule[:80]}"
                position = found
        # the sources themselves are not published as well
        assert not any((site.out / language / source).exists() for source in sources)


def test_no_script_holds_up_the_first_paint(site: SiteUnderTest) -> None:
    for language in site.languages:
        for page in site.pages:
            scripts = site.html(language, page.url).find("script")
            external = [script.attrs for script in scripts if "src" in script.attrs]
            assert external, page.url
            blocking = [attrs["src"] for attrs in external if "defer" not in attrs and "async" not in attrs]
            assert not blocking, f"{language}/{page.url}: {blocking}"
