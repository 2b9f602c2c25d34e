"""How long validation takes on data files made to be slow, and whether it ends with a report.

Each case replaces one file of a copy of data/ with a hostile one (an alias bomb, deep
nesting, a file of the largest size the reader takes filled with values, errors or odd
bytes, ...) and runs ``bpokpo validate`` on it in this process, after the imports: the time
is what the file costs. Every case must end in a report of problems (exit 1), never in a
traceback. Prints a table, slowest last, and exits with 1 when any case exceeds the target.

    .venv/bin/python -m bench.hostile_inputs [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import signal
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from bench.machine import load_average
from bench.project_copy import REPO
from bpokpo.cli import validate
from bpokpo.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES, max_text_length
from bpokpo.located_yaml import forget_parsed

TARGET_SECONDS = 1.0  # "validation of any file finishes in about a second"
GIVE_UP_SECONDS = 60  # a case still running then is reported as a hang
SIZE = MAX_FILE_BYTES - 64  # just inside the reader's limit: the most a hostile file may hold


def _text(sv: str, en: str) -> str:
    return f'{{sv: "{sv}", en: "{en}"}}'


def _fill(head: str, item: Callable[[int], str], tail: str = "", values: int = 0) -> str:
    """``head``, then items until the file is as large as the reader takes, then ``tail``.

    ``values``: how many YAML values each item holds; the items then stop just below the
    reader's limit on values, so that the whole file is read and checked, not refused early.
    """
    parts, size, index = [head], len((head + tail).encode()), 0
    while not values or (index + 1) * values < MAX_VALUES - 50:
        piece = item(index)
        if size + len(piece.encode()) > SIZE:
            break
        parts.append(piece)
        size += len(piece.encode())
        index += 1
    return "".join(parts) + tail


def _dimension(index: int, dimension_id: str = "") -> str:
    return (
        f'  - id: "{dimension_id or f"aspect-{index}"}"\n'
        f"    label: {_text(f'Aspekt {index}', f'Aspect {index}')}\n"
        '    shown_in: ["table"]\n'
        f"    values: {{bpo: {_text('a', 'b')}, kpo: {_text('c', 'd')}}}\n"
    )


DIMENSION_VALUES = 27  # keys, texts, lists and mappings of one _dimension()


def alias_bomb(levels: int) -> str:
    """A YAML file whose last alias, expanded, holds 9**levels values: 600 bytes for a billion."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Case:
    name: str
    file: str  # below data/
    content: Callable[[], str | bytes]


CASES = (
    Case("alias bomb, 9 levels (a billion values if expanded)", "dimensions.yml", lambda: alias_bomb(9)),
    Case("an anchor on every value", "dimensions.yml", lambda: _fill("dimensions:\n", lambda i: f"  - &a{i} x\n")),
    Case("brackets nested 128,000 deep", "dimensions.yml", lambda: "dimensions: " + "[" * (SIZE // 2 - 20)),
    Case("mappings nested by indentation", "site.yml", lambda: _fill("", lambda i: "  " * i + f"k{i}:\n")),
    Case(
        f"nested {MAX_DEPTH} deep, as wide as the size allows",
        "dimensions.yml",
        lambda: _fill("dimensions:\n", lambda i: "  - " + "[" * (MAX_DEPTH - 2) + "1" + "]" * (MAX_DEPTH - 2) + "\n"),
    ),
    Case("one text of the whole size", "site.yml", lambda: 'title: {sv: "' + "x" * (SIZE - 40) + '", en: "y"}\n'),
    Case(
        f"texts of {max_text_length():,} characters, the most allowed",
        "dimensions.yml",
        lambda: _fill("dimensions:\n", lambda i: f'  - "{"x" * (max_text_length() - 10)}{i:08d}"\n'),
    ),
    Case(
        "numbers up to the limit on values: a schema error each",
        "dimensions.yml",
        lambda: _fill("dimensions: [", lambda i: "1, ", "1]", values=1),
    ),
    Case(
        "dimensions up to the limit on values, each well formed",
        "dimensions.yml",
        lambda: _fill("dimensions:\n", _dimension, values=DIMENSION_VALUES),
    ),
    Case(
        "dimensions up to the limit on values, all with one id",
        "dimensions.yml",
        lambda: _fill("dimensions:\n", lambda i: _dimension(i, "same"), values=DIMENSION_VALUES),
    ),
    Case(
        "unknown keys up to the limit on values",
        "terms/bpo.yml",
        lambda: _fill("", lambda i: f"key{i}: 1\n", values=2),
    ),
    Case(
        "values for unknown terms up to the limit on values",
        "dimensions.yml",
        lambda: _fill(
            'dimensions:\n  - id: "x"\n    label: {sv: "a", en: "b"}\n    shown_in: ["table"]\n    values:\n',
            lambda i: f"      t{i}: {_text('a', 'b')}\n",
            values=6,
        ),
    ),
    Case("a tag on every value", "dimensions.yml", lambda: _fill("dimensions:\n", lambda i: "  - !!str x\n")),
    Case("an invisible character on every line", "site.yml", lambda: _fill("", lambda i: f"k{i}: x\u202e\n")),
    Case("a byte that is not UTF-8 at the end", "site.yml", lambda: b"a: 1\n" * (SIZE // 5 - 1) + b"b: \xff\n"),
    Case("a NUL byte at the end", "site.yml", lambda: "a: 1\n" * (SIZE // 5 - 1) + "b: \x00\n"),
    Case("one byte over the size limit", "site.yml", lambda: "#" * (MAX_FILE_BYTES + 1)),
    Case("many languages: every text misses most of them", "site.yml", lambda: _many_languages()),
)


def _many_languages() -> str:
    codes = [f"{a}{b}" for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz"]
    site = (REPO / "data" / "site.yml").read_text(encoding="utf-8")
    head, _, rest = site.partition("languages:")
    return head + "languages: [" + ", ".join(f'"{code}"' for code in codes) + "]\n" + rest.partition("\n")[2]


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def give_up(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class Result:
    case: Case
    size: int
    seconds: float  # wall time
    cpu_seconds: float  # what a busy machine disturbs less: the target is judged on it
    peak_mib: float
    exit_code: int
    first_line: str


def run_case(case: Case, work: Path, runs: int) -> Result:
    data = work / "data"
    for name in ("data", "anchors"):  # what make validate reads: the data, its layout rules, the anchors
        shutil.rmtree(work / name, ignore_errors=True)
        shutil.copytree(REPO / name, work / name)
    shutil.copy2(REPO / ".yamllint.yml", work / ".yamllint.yml")
    content = case.content()
    raw = content.encode("utf-8") if isinstance(content, str) else content
    (data / case.file).write_bytes(raw)
    times: list[float] = []
    cpu_times: list[float] = []
    code, output = 0, ""
    for run in range(runs + 1):  # the first run, with tracemalloc, only measures memory
        report = io.StringIO()
        forget_parsed()
        if run == 0:
            tracemalloc.start()
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            with _deadline(GIVE_UP_SECONDS), contextlib.redirect_stdout(report), contextlib.redirect_stderr(report):
                code = validate(str(data))
        except TimeoutError:
            code, report = -1, io.StringIO(f"no result after {GIVE_UP_SECONDS} s")
        except Exception as error:  # noqa: BLE001 - a traceback is what this bench looks for
            code, report = -2, io.StringIO(f"{type(error).__name__}: {error}")
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        if run == 0:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        if run > 0 or code < 0:
            times.append(elapsed)
            cpu_times.append(cpu)
        output = report.getvalue()
        if code < 0:
            break
    lines = output.splitlines()
    first = lines[1] if len(lines) > 1 else (lines[0] if lines else "")
    return Result(case, len(raw), max(times), max(cpu_times), peak / 2**20, code, first)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs per case; the slowest is shown")
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bpokpo-hostile-") as folder:
        results = [run_case(case, Path(folder), arguments.runs) for case in CASES]
    results.sort(key=lambda result: result.cpu_seconds)
    print(
        f"Validation of hostile data files: slowest of {arguments.runs} runs, in process after the imports; "
        f"target {TARGET_SECONDS} s of CPU time (wall time varies with the machine's load: {load_average()})"
    )
    print(f"{'case':56} {'file':15} {'bytes':>8} {'wall s':>7} {'CPU s':>7} {'peak MiB':>9}  result")
    for result in results:
        outcome = {0: "valid", 1: "report"}.get(result.exit_code, "FAILED")
        print(
            f"{result.case.name[:56]:56} {result.case.file:15} {result.size:>8,} {result.seconds:>7.3f} "
            f"{result.cpu_seconds:>7.3f} {result.peak_mib:>9.1f}  {outcome}: {result.first_line[:100]}"
        )
    worst = results[-1]
    failed = [result for result in results if result.exit_code != 1]
    print(
        f"Worst: {worst.cpu_seconds:.3f} s CPU, {worst.seconds:.3f} s wall ({worst.case.name}); "
        f"every case ended in a report of problems, none in a traceback or a hang: {not failed}"
    )
    return 1 if failed or worst.cpu_seconds > TARGET_SECONDS else 0


if __name__ == "__main__":
    sys.exit(main())
