"""The checks a data file passes before any value of it is built: YAML's event stream, read once.

YAML can do more than the data needs, and some of it is dangerous to a program that builds
the values first and checks them later: ten nested aliases of a 600-byte file expand to
billions of values; 50,000 nested brackets overflow the stack. This reads the parser's
events (one at a time, in constant memory, without building anything) and refuses, each
at its line, what a contributor never writes:

- anchors (``&name``), aliases (``*name``) and merge keys (``<<``): write each value out;
- tags (``!!str``, ``!!binary``, ``!anything``): quote a text instead;
- a list or mapping as a key;
- nesting deeper than ``limits.MAX_DEPTH``, more than ``limits.MAX_VALUES`` values, and
  any value longer than ``limits.max_text_length()``;
- the characters of ``characters.UNWANTED``, in the file (comments too) and in values.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import yaml

from bpokpo.characters import FIX, UNWANTED, UNWANTED_IN_FILE, describe
from bpokpo.limits import MAX_DEPTH, MAX_VALUES, max_text_length

TAB_MESSAGE = "tab character: indent with spaces"
TAB_FIX = "YAML indents with spaces only; most editors can insert spaces when Tab is pressed"
# Enough to show a contributor what to fix; more of the same would only bury the first ones.
MAX_REPORTED = 20


@dataclass(frozen=True)
class Refusal:
    """Something the file may not contain, at a 1-based line and column."""

    line: int
    column: int
    message: str
    fix: str


class _Scan:
    def __init__(self) -> None:
        self.refusals: list[Refusal] = []
        self.stopped = False  # a limit that makes reading on pointless (or costly) was passed

    def refuse(self, event: yaml.Event, message: str, fix: str, *, stop: bool = False) -> None:
        mark = event.start_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        self.refusals.append(Refusal(line, column, message, fix))
        self.stopped = stop or len(self.refusals) >= MAX_REPORTED


def file_characters(text: str) -> list[Refusal]:
    """Unwanted characters anywhere in the file, comments included; a tab that indents a line."""
    refusals: list[Refusal] = []
    for number, line in enumerate(text.split("\n"), start=1):
        indent = len(line) - len(line.lstrip(" \t"))
        if "\t" in line[:indent]:
            refusals.append(Refusal(number, line.index("\t") + 1, TAB_MESSAGE, TAB_FIX))
        if match := UNWANTED_IN_FILE.search(line):
            refusals.append(
                Refusal(number, match.start() + 1, f"the file contains the character {describe(match.group())}", FIX)
            )
        if len(refusals) >= MAX_REPORTED:
            break
    return refusals


def events(text: str, loader: type[yaml.SafeLoader]) -> Iterator[yaml.Event]:
    """The parser's events, one at a time (a syntax error is raised as PyYAML's MarkedYAMLError)."""
    parser = loader(text)
    try:
        while parser.check_event():
            event: yaml.Event = parser.get_event()  # type: ignore[no-untyped-call]
            yield event
    finally:
        parser.dispose()


def scan(text: str, loader: type[yaml.SafeLoader]) -> list[Refusal]:
    """What the file may not contain, in file order; empty when it may be built."""
    scan = _Scan()
    # (is a mapping, the next scalar in it is a key) for each open list or mapping
    open_collections: list[list[bool]] = []
    values = 0
    longest = max_text_length()
    for event in events(text, loader):
        at_key = bool(open_collections) and open_collections[-1][0] and open_collections[-1][1]
        if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent, yaml.AliasEvent)):
            values += 1
            if open_collections and open_collections[-1][0]:
                open_collections[-1][1] = not open_collections[-1][1]
        if isinstance(event, yaml.AliasEvent):
            scan.refuse(event, f"an alias (*{event.anchor}) repeats another value", "write the value out in full")
        elif isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if event.anchor is not None:
                scan.refuse(event, f"an anchor (&{event.anchor}) names a value for reuse", "remove it")
            if event.tag is not None:
                scan.refuse(event, f"a tag ({event.tag}) sets the type of a value", 'remove it; put text in "quotes"')
        if isinstance(event, yaml.ScalarEvent):
            _scalar(scan, event, at_key, longest)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if at_key:
                scan.refuse(event, "a list or mapping is used as a key", "a key is a single word followed by ':'")
            open_collections.append([isinstance(event, yaml.MappingStartEvent), True])
            if len(open_collections) > MAX_DEPTH:
                scan.refuse(
                    event,
                    f"lists and mappings are nested more than {MAX_DEPTH} levels deep",
                    "check the indentation and brackets: no data file nests this deep",
                    stop=True,
                )
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            open_collections.pop()
        if values > MAX_VALUES:
            scan.refuse(
                event,
                f"the file has more than {MAX_VALUES:,} values",
                "split the content or shorten it: the site is built for far less (see the limits in README.md)",
                stop=True,
            )
        if scan.stopped:
            break
    return scan.refusals


def _scalar(scan: _Scan, event: yaml.ScalarEvent, at_key: bool, longest: int) -> None:
    value = event.value
    if at_key and not event.style and value == "<<":  # plain, not quoted
        scan.refuse(event, "a merge key (<<) copies another mapping", "write the keys out in full")
    if len(value) > longest:
        scan.refuse(
            event,
            f"the value has {len(value):,} characters; the site shows at most {longest:,}",
            "shorten it",
        )
    if match := UNWANTED.search(value):
        where = "key" if at_key else "value"
        scan.refuse(event, f"the {where} contains the character {describe(match.group())}", FIX)
