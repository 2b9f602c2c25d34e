"""A failed build, shown as a page: what ``make serve`` serves until the next build succeeds.

The build prints each data problem as ``file:line:col: field: message (fix)``; this page lists
them in the same words, escaped like every other output, so a contributor who keeps the site
open in a browser sees what went wrong without looking at the terminal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bpokpo.render import environment

_LOCATED = re.compile(r"^(?P<where>\S[^:\s]*:\d+(?::\d+)?):\s+(?P<text>.+)$")
_HEADLINE = re.compile(r"^The site data has \d+ problems?:$")
DEFAULT_HEADLINE = "The site could not be built"
_SAID_ON_THE_PAGE = "Fix these in data/"  # the build's closing advice, which the page words for itself


@dataclass(frozen=True)
class ProblemLine:
    where: str  # file:line:col
    text: str


@dataclass(frozen=True)
class BuildProblem:
    headline: str
    items: tuple[ProblemLine, ...]
    other_lines: tuple[str, ...]  # anything else the build printed, such as a template error


def read_build_output(output: str) -> BuildProblem:
    """The build's error output, split into located problems and the rest."""
    headline = DEFAULT_HEADLINE
    items: list[ProblemLine] = []
    other: list[str] = []
    for line in output.splitlines():
        if _HEADLINE.match(line.strip()):
            headline = line.strip().rstrip(":")
        elif match := _LOCATED.match(line.strip()):
            items.append(ProblemLine(match["where"], match["text"]))
        elif line.strip() and not line.startswith(_SAID_ON_THE_PAGE):
            other.append(line.rstrip())
    return BuildProblem(headline, tuple(items), tuple(other))


def problem_page(problem: BuildProblem) -> str:
    return environment().get_template("build_problem.html.j2").render(problem=problem)
