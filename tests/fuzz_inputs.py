"""Broken data made from the real data files: byte flips, cuts, copies, odd characters, YAML syntax,
deep nesting, and values of the wrong type, shape or name.

``case(seed, number)`` is the data of one case (each file's path below data/ -> its bytes,
``None`` for a file removed) and a description of what was done to it; the same seed and
number always give the same case, so a failure can be run again alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from datafactory import REPO, dump

ORIGINAL = {path.relative_to(REPO / "data").as_posix(): path.read_bytes() for path in (REPO / "data").rglob("*.yml")}
# Characters that have tripped parsers and renderers: controls, invisible and bidirectional
# marks, separators YAML reads as line breaks, a lone surrogate's escape, wide and combining ones.
ODD = [
    "\x00", "\x07", "\x1b", "\t", "\r", "\x85", "\u2028", "\u202e", "\u200b", "\ufeff", "\ufffe",
    "\\ud800", "\\U0010ffff", "\U0001f600", "e\u0301", "\u4e2d", "'", '"', "\\", "&", "<", ">", "%",
    "{{", "}}", "`", "[", "]", "=", "@", "+", "-", "javascript:", "\n",
]  # fmt: skip
YAML_SYNTAX = [
    "&a ", "*a", "!!str ", "!!binary ", "!foo ", "<<: ", "? ", "- ", ": ", "{", "}", "[", "]", ",",
    '"', "'", "|\n", ">\n", "# ", "%YAML 1.1\n---\n", "---\n", "...\n", "\t", "  ", "\n  - ", "~", "null",
    "yes", "no", "0x1f", "1e999", "2024-02-30", ".nan", "-.inf", "12:30:00",
]  # fmt: skip
ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 10**30, 1.5, float("inf"), "", " ", "x" * 1200, "no", "2024-01-31",
    [], {}, ["a"], {"sv": "x"}, {"sv": "x", "en": "y", "fi": "z"}, {"x": {"y": {"z": [1, [2, [3]]]}}},
    "index", "comparison", "search", "assets", "bpo", "kpo", "complexity", "../../etc/passwd",
    "compare/\n", "a b", "UPPER", "=HYPERLINK(1)", "\u202egnp.exe",
]  # fmt: skip


def case(seed: int, number: int) -> tuple[dict[str, bytes | None], str]:
    rng = random.Random(f"{seed}/{number}")
    files: dict[str, bytes | None] = dict(ORIGINAL)
    done = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        name, mutation = rng.choice(sorted(files)), rng.choice(MUTATIONS)
        before = files[name]
        if before is None:
            continue
        files[name], what = mutation(rng, before, files)
        done.append(f"{name}: {what}")
    return files, "; ".join(done)


def _at(rng: random.Random, data: bytes) -> int:
    return rng.randrange(len(data) + 1)


def flip_bytes(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
    changed = bytearray(data)
    places = [rng.randrange(len(changed)) for _ in range(rng.randint(1, 8))] if changed else []
    for place in places:
        changed[place] = rng.randrange(256)
    return bytes(changed), f"bytes changed at {places}"


def truncate(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
    end = _at(rng, data)
    return data[:end], f"cut at byte {end}"


def duplicate_slice(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
    start, end, to = sorted((_at(rng, data), _at(rng, data))) + [_at(rng, data)]
    return data[:to] + data[start:end] + data[to:], f"bytes {start}-{end} copied to {to}"


def delete_slice(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
    start, end = sorted((_at(rng, data), _at(rng, data)))
    return data[:start] + data[end:], f"bytes {start}-{end} deleted"


def insert_text(pool: list[str]) -> Callable[[random.Random, bytes, dict[str, bytes | None]], tuple[bytes, str]]:
    def insert(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
        text = data.decode("utf-8", "replace")
        inserted = []
        for _ in range(rng.randint(1, 4)):
            place, piece = rng.randrange(len(text) + 1), rng.choice(pool)
            text = text[:place] + piece + text[place:]
            inserted.append((place, piece))
        return text.encode("utf-8", "surrogatepass"), f"inserted {inserted!r}"

    return insert


def nest(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
    place = _at(rng, data)
    if rng.random() < 0.5:  # brackets: 50,000 deep once segfaulted the parser
        depth = rng.choice((20, 600, 50_000))
        nesting = "[" * depth + "]" * depth
    else:  # indentation: the text grows with the square of the depth
        depth = rng.choice((20, 600))
        nesting = "".join(f"\n{'  ' * i}k{i}:" for i in range(depth))
    return data[:place] + nesting.encode() + data[place:], f"nested {depth} deep at {place}"


def shuffle_lines(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
    lines = data.split(b"\n")
    first, second = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[first], lines[second] = lines[second], lines[first]
    if rng.random() < 0.5:
        lines.insert(second, lines[first])
    return b"\n".join(lines), f"lines {first + 1} and {second + 1} swapped or copied"


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def change_structure(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
    """A value of another type, a key removed, renamed or added, an entry copied: YAML that parses."""
    try:
        value = yaml.safe_load(data.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError):  # (a case before may have nested it deep)
        return data, "left as it was (not YAML any more)"
    paths = _paths(value)
    path = rng.choice(paths[1:] or paths)
    parent = value
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1] if path else None
    kind = rng.choice(("replace", "remove", "rename", "add", "copy"))
    if not path:
        value, kind = rng.choice(ODD_VALUES), "replace"
    elif kind == "replace":
        parent[last] = rng.choice(ODD_VALUES)
    elif kind == "remove":
        del parent[last]
    elif kind == "rename" and isinstance(parent, dict):
        keys = [key for key in ODD_VALUES if not isinstance(key, (list, dict))]
        parent[rng.choice(keys) if rng.random() < 0.3 else f"{last}x"] = parent.pop(last)
    elif kind == "add" and isinstance(parent, dict):
        parent[rng.choice(("colour", "id", "aliases", "values", "from_term"))] = rng.choice(ODD_VALUES)
    elif isinstance(parent, list):
        parent.insert(rng.randrange(len(parent) + 1), parent[last])
    try:
        text = dump(value)
    except (yaml.YAMLError, RecursionError):
        return data, "left as it was (not writable as YAML)"
    return text.encode("utf-8", "surrogatepass"), f"{kind} at {list(path)}"


def new_term_file(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes, str]:
    """Another term file, copied from this one, with a name of its own (an odd one, sometimes)."""
    name = rng.choice(("ito", "comparison", "index", "a b", "ÅÄÖ", "x\n::warning::y", "kpo", ".hidden", "-x"))
    files[f"terms/{name}.yml"] = data
    return data, f"copied to terms/{name}.yml"


def remove_file(rng: random.Random, data: bytes, files: dict[str, bytes | None]) -> tuple[bytes | None, str]:
    return None, "removed"


MUTATIONS: list[Callable[..., tuple[Any, str]]] = [
    flip_bytes,
    truncate,
    duplicate_slice,
    delete_slice,
    insert_text(ODD),
    insert_text(YAML_SYNTAX),
    nest,
    shuffle_lines,
    change_structure,
    change_structure,
    change_structure,
    new_term_file,
    remove_file,
]


def write(files: dict[str, bytes | None], data_dir: Path) -> None:
    """The case's data folder: every file that was not removed."""
    for name, content in files.items():
        if content is not None:
            path = data_dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
