"""How many terms the site compares at most.

The infographic sets the limit: every term is a column of its landscape shape, which is
printed across an A4 sheet and shown from 712 px of screen, and of the 16:9 slide, with
type no smaller than 12 px. Five columns still hold the longest values the schema allows
(40 characters) in lines of whole words or words hyphenated at a syllable, and twelve such
dimensions still fit the slide's height. A sixth column would leave a value about eight
letters per line there. The term schema, README and CONTRIBUTING state the same number.
"""

from __future__ import annotations

TERM_LIMIT = 5
