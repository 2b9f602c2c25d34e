"""The site's public address, for copies read away from the site: prints and image files.

A build for the published site gets its address from the environment (the Pages workflow
sets SITE_URL_SV and SITE_URL_EN). A local build or preview is configured with a loopback
address, which means nothing on paper: there the address is the one the repository's site
is published at on GitHub Pages (``https://<owner>.github.io/<repository>/``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bpokpo.repository import repository_url

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "0.0.0.0")
# Where a printed address may break: after a slash, and before the fragment.
_BREAK_POINTS = re.compile(r"(?<=/)|(?=#)")


def is_local(site_url: str) -> bool:
    host = urlsplit(site_url).hostname or ""
    return not host or host in LOCAL_HOSTS or host.startswith("127.")


def pages_url() -> str:
    """Where GitHub Pages publishes the repository's site; "" for a repository hosted elsewhere."""
    parts = urlsplit(repository_url())
    owner_and_name = parts.path.strip("/").split("/")
    if parts.hostname != "github.com" or len(owner_and_name) != 2:
        return ""
    owner, name = owner_and_name
    return f"https://{owner.lower()}.github.io/{name}/"


def public_site_url(site_url: str, language: str) -> str:
    """The language's root as readers reach it: ``site_url`` unless it is local."""
    if site_url and not is_local(site_url):
        return site_url if site_url.endswith("/") else site_url + "/"
    published = pages_url()
    return f"{published}{language}/" if published else site_url


def address_pieces(url: str) -> tuple[str, ...]:
    """``url`` as printed: short (no scheme), in the pieces a line may break between, never inside one."""
    parts = urlsplit(url)
    short = parts.netloc + parts.path + (f"#{parts.fragment}" if parts.fragment else "")
    return tuple(piece for piece in _BREAK_POINTS.split(short) if piece)
