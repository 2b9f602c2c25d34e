"""Where a word may be hyphenated: its syllable breaks, from the Hunspell patterns Pyphen ships.

The infographic and the link-preview images break a word there only when it is too wide for
its line; the pages get a soft hyphen at each break of their long words (``soft_hyphens``),
where a browser breaks only if it must. Pyphen loads a language's patterns on first use
(about 0.1 s).
"""

from __future__ import annotations

from functools import cache

import pyphen

# Pyphen's dictionary for each site language; English is British English on this site.
DICTIONARIES = {"sv": "sv", "en": "en_GB"}
# At least two letters stay before a break and three go after it: no "-ge" on a line of its own.
LEFT_MIN = 2
RIGHT_MIN = 3


@cache
def _dictionary(language: str) -> pyphen.Pyphen | None:
    name = DICTIONARIES.get(language) or pyphen.language_fallback(language)
    return pyphen.Pyphen(lang=name, left=LEFT_MIN, right=RIGHT_MIN) if name else None


@cache
def syllable_breaks(word: str, language: str) -> tuple[int, ...]:
    """Offsets in ``word`` where a hyphen may be inserted, in order.

    A word that already holds a hyphen (``IT-tjänster``) is hyphenated part by part: the
    patterns would otherwise suggest a break right beside its own hyphen.
    """
    dictionary = _dictionary(language)
    if dictionary is None:
        return ()
    breaks: list[int] = []
    start = 0
    for part in word.split("-"):
        breaks += [start + position for position in dictionary.positions(part)]
        start += len(part) + 1
    return tuple(breaks)
