"""What a shared link shows: Open Graph and Twitter card tags, the page's image, and its other languages.

Rendered from ``templates/link_preview.html.j2`` with the package's autoescaping
environment, so every text from the data is escaped in attribute values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import Markup

from bpokpo.model import Content
from bpokpo.preview_image import HEIGHT, WIDTH, preview_card, preview_path
from bpokpo.render import environment
from bpokpo.site_map import SitePage

# og:locale wants language_TERRITORY. The English text is British English.
LOCALES: Mapping[str, str] = {"sv": "sv_SE", "en": "en_GB"}


@dataclass(frozen=True)
class LanguageVersion:
    language: str  # hreflang value
    locale: str  # og:locale value
    url: str  # absolute URL of the same page in this language


@dataclass(frozen=True)
class PreviewImage:
    url: str  # absolute: link previews are fetched from elsewhere
    alt: str  # what the image shows, in words
    width: int = WIDTH
    height: int = HEIGHT


@dataclass(frozen=True)
class LinkPreview:
    url: str
    title: str
    description: str
    site_name: str
    locale: str
    versions: tuple[LanguageVersion, ...]  # every language, this one included, for hreflang
    image: PreviewImage

    @property
    def other_locales(self) -> tuple[str, ...]:
        return tuple(version.locale for version in self.versions if version.locale != self.locale)


def locale(language: str) -> str:
    return LOCALES.get(language, language)


def page_address(site_url: str, page_url: str) -> str:
    return site_url.rstrip("/") + "/" + page_url


def link_preview(content: Content, page: SitePage, language: str, site_urls: Mapping[str, str]) -> LinkPreview:
    """The preview of ``page`` in ``language``; ``site_urls`` gives each language's root URL."""
    versions = tuple(
        LanguageVersion(other, locale(other), page_address(site_urls[other], page.url))
        for other in content.languages
        if other in site_urls
    )
    return LinkPreview(
        url=page_address(site_urls[language], page.url),
        title=page.title(language),
        description=page.description(language),
        site_name=content.title(language),
        locale=locale(language),
        versions=versions,
        image=PreviewImage(
            page_address(site_urls[language], preview_path(page)), preview_card(content, page, language).alt
        ),
    )


def link_preview_tags(preview: LinkPreview) -> Markup:
    """The <head> tags of a preview, escaped."""
    return Markup(environment().get_template("link_preview.html.j2").render(preview=preview))
