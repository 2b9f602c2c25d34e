"""Printed addresses break only where style guides break them, and copy as they are."""

from __future__ import annotations

from markupsafe import Markup

from bpokpo.render import breakable_url


def test_breaks_after_slashes_and_before_dots_and_query_characters() -> None:
    shown = breakable_url("https://www.example.org/a-b/c.html?x=1&y=2#top")
    assert shown == Markup(
        "https://<wbr>www<wbr>.example<wbr>.org/<wbr>a-b/<wbr>c<wbr>.html<wbr>?x<wbr>=1<wbr>&amp;y<wbr>=2<wbr>#top"
    )


def test_the_address_is_escaped_and_its_text_unchanged() -> None:
    address = 'https://example.org/"><script>alert(1)</script>'
    shown = str(breakable_url(address))
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert Markup(shown.replace("<wbr>", "")).unescape() == address
