"""The page at the site's root, which sends readers on to the first language's home page.

It names the site in every language, from the data like every other page, so that it
follows the site's name when the compared terms change.
"""

from __future__ import annotations

import os

from bpokpo.model import Content
from bpokpo.render import environment


def root_page(content: Content) -> str:
    return environment().get_template("root.html.j2").render(content=content, first=content.languages[0])


def write_root_page(out_dir: str, content: Content) -> None:
    with open(os.path.join(out_dir, "index.html"), "w", encoding="utf-8") as page:
        page.write(root_page(content))
