"""Content model, validation and views for the BPO vs KPO reference site.

The package knows nothing about MkDocs: ``macros.py`` and ``mkdocs_hooks.py`` at the
repository root connect it to the site engine.
"""

from bpokpo.errors import DataError, DataErrors
from bpokpo.loader import load_content
from bpokpo.model import Content

__all__ = ["Content", "DataError", "DataErrors", "load_content"]
