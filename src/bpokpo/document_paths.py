"""Places in a parsed data file: a path of keys and list positions, and how messages name it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from bpokpo.located_yaml import Located

Path = tuple[str | int, ...]


def node_at(root: Located, path: Sequence[str | int]) -> Located | None:
    """The node at ``path``, or None when the document does not have that shape."""
    node: Located | None = root
    for step in path:
        value = node.value if node else None
        if isinstance(value, dict) and isinstance(step, str):
            node = value.get(step)
        elif isinstance(value, list) and isinstance(step, int):
            node = value[step] if 0 <= step < len(value) else None
        else:
            return None
    return node


def field_path(path: Sequence[str | int]) -> str:
    """``dimensions[3].values.bpo.sv``: the way the error messages name a field."""
    field = ""
    for step in path:
        field += f"[{step}]" if isinstance(step, int) else (f".{step}" if field else step)
    return field


def walk(node: Located, path: Path = ()) -> Iterator[tuple[Path, Located]]:
    """Every node of a document with its path, parents before children, in file order."""
    yield path, node
    if isinstance(node.value, dict):
        for key, child in node.value.items():
            yield from walk(child, (*path, key))
    elif isinstance(node.value, list):
        for index, child in enumerate(node.value):
            yield from walk(child, (*path, index))
