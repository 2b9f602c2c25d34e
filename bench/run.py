"""Runs every benchmark of the site and prints one table (``make bench``).

1. A full strict build of both languages, each run in a fresh process: wall time, peak memory.
2. Generation overhead: the same site built from generated pages and from the same pages
   saved as static Markdown, alternating in one run; the ratio of the medians.
3. Scaling: synthetic data with a tenth of the most dimensions the site takes and with the
   most (``limits.max_dimensions()``), and as many terms as the site compares
   (term_limit.TERM_LIMIT); the ratio of the build times and peak memory.
   Rows 1 and 3 also count data loads and page renders in one build, to show that the
   data is read and validated once per build, not once per page.
4. Live reload: from saving a data file until the served page shows the change.
5. Page weight of every page in every language, as Chromium loads it.

Timed figures are the median of --runs runs (default 5) with the minimum and maximum of
the wall time; builds also show their median CPU time, which a busy machine disturbs less.
Exits with 1 when a target is missed. ``--results bench/RESULTS.md`` also writes the
table with a description of the machine.
"""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.live_reload import free_port, measure_live_reload
from bench.load_count import DATA_LOADS, PAGES, YAML_FILES
from bench.machine import describe_machine, load_average
from bench.page_weight import PageWeight, measure_page_weights
from bench.processes import Measured, bench_environment, run_measured
from bench.project_copy import REPO, copy_project
from bench.summary import Summary, summarize
from bench.synthetic_data import real_dimension_count, write_synthetic_data
from bpokpo.limits import max_dimensions
from bpokpo.loader import load_content
from bpokpo.site_build import LANGUAGES
from bpokpo.site_map import site_pages
from bpokpo.term_limit import TERM_LIMIT
from tests.chromium import CHROMIUM, chromium_path

SECTIONS = ("build", "overhead", "scaling", "reload", "weight")
SCALING_TERMS = TERM_LIMIT  # the most terms valid data has
TARGET_BUILD_SECONDS = 5.0
TARGET_OVERHEAD_RATIO = 1.25
TARGET_SCALING_RATIO = 12.0
TARGET_RELOAD_SECONDS = 3.0
TARGET_COMPARISON_GZIP_KB = 120.0
KB = 1000  # page weights in kilobytes of 1,000 bytes
MIB = 2**20


@dataclass(frozen=True)
class Row:
    measure: str
    result: str
    minimum: str = ""
    maximum: str = ""
    target: str = ""
    met: bool | None = None  # None: a figure without a target


def run_count(summary: Summary) -> str:
    return "1 run" if summary.runs == 1 else f"{summary.runs} runs"


def seconds_row(measure: str, summary: Summary, target: float | None = None, cpu: Summary | None = None) -> Row:
    """Wall time; with ``cpu``, the median CPU time too, which a busy machine disturbs less."""
    return Row(
        f"{measure} ({run_count(summary)})",
        f"{summary.median:.2f} s" + (f" (CPU {cpu.median:.2f} s)" if cpu else ""),
        f"{summary.minimum:.2f} s",
        f"{summary.maximum:.2f} s",
        f"< {target:g} s" if target else "",
        summary.median < target if target else None,
    )


def wall_and_cpu(measured: list[Measured]) -> tuple[Summary, Summary]:
    return summarize([m.seconds for m in measured]), summarize([m.cpu_seconds for m in measured])


def memory_row(measure: str, summary: Summary) -> Row:
    return Row(
        f"{measure} ({run_count(summary)})",
        f"{summary.median / MIB:.0f} MiB",
        f"{summary.minimum / MIB:.0f} MiB",
        f"{summary.maximum / MIB:.0f} MiB",
    )


def ratio_row(
    measure: str,
    numerator: Summary,
    denominator: Summary,
    target: float,
    cpu: tuple[Summary, Summary] | None = None,
) -> Row:
    """The ratio of the medians of wall time; min and max are the extremes the runs allow.

    With ``cpu`` (numerator, denominator), the ratio of the CPU-time medians is shown too.
    """
    value = numerator.median / denominator.median
    return Row(
        measure,
        f"{value:.2f}" + (f" (CPU {cpu[0].median / cpu[1].median:.2f})" if cpu else ""),
        f"{numerator.minimum / denominator.maximum:.2f}",
        f"{numerator.maximum / denominator.minimum:.2f}",
        f"≤ {target:g}",
        value <= target,
    )


def counts_row(measure: str, tallies: dict[str, dict[str, float]], pages: int, data_files: int) -> Row:
    """Met when the data is loaded once, each data file parsed once and every page rendered once."""
    result = "; ".join(f"{name}: {tally['count']:g}× in {tally['seconds']:.2f} s" for name, tally in tallies.items())
    return Row(
        measure,
        result,
        target=f"1 data load; each of the {data_files} data files parsed once; {pages} pages",
        met=tallies[DATA_LOADS]["count"] == 1
        and tallies[YAML_FILES]["count"] == data_files
        and tallies[PAGES]["count"] == pages,
    )


def weight_row(weight: PageWeight) -> Row:
    gzip_kb = weight.gzip_bytes / KB
    is_comparison = weight.path == "comparison/"
    others = len(weight.other_host_requests)
    target = f"< {TARGET_COMPARISON_GZIP_KB:g} KB gzip, " if is_comparison else ""
    met = others == 0 and (gzip_kb < TARGET_COMPARISON_GZIP_KB or not is_comparison)
    return Row(
        f"Page weight /{weight.language}/{weight.path}",
        f"{gzip_kb:.1f} KB gzip, {weight.raw_bytes / KB:.1f} KB raw, {weight.requests} requests, "
        f"{others} to other hosts",
        target=target + "0 to other hosts",
        met=met,
    )


def format_table(rows: list[Row]) -> str:
    header = ("Measure", "Result (median)", "Min", "Max", "Target", "Met")
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**NO**")
        lines.append(f"| {row.measure} | {row.result} | {row.minimum} | {row.maximum} | {row.target} | {met} |")
    return "\n".join(lines)


class Bench:
    def __init__(self, work: Path, runs: int) -> None:
        self.work = work
        self.runs = runs
        self.env = bench_environment()

    def progress(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    def site_build(self, project: Path, out: Path) -> Measured:
        shutil.rmtree(out, ignore_errors=True)
        command = [sys.executable, "-m", "bpokpo.site_build", "--project", str(project), "--out", str(out)]
        return run_measured(command, cwd=str(REPO), env=self.env)

    def static_build(self, project: Path, out: Path) -> Measured:
        shutil.rmtree(out, ignore_errors=True)
        command = [sys.executable, "-m", "bench.static_build", "--project", str(project), "--out", str(out)]
        return run_measured(command, cwd=str(REPO), env=self.env)

    def load_counts(self, measure: str, project: Path) -> Row:
        out = self.work / "counted"
        shutil.rmtree(out, ignore_errors=True)
        command = [sys.executable, "-m", "bench.load_count", "--project", str(project), "--out", str(out)]
        output = run_measured(command, cwd=str(REPO), env=self.env).output
        tallies: dict[str, dict[str, float]] = json.loads(output.strip().splitlines()[-1])
        pages = len(LANGUAGES) * len(site_pages(load_content(str(project / "data"))))
        return counts_row(measure, tallies, pages, len(list((project / "data").rglob("*.yml"))))

    def alternate(self, builds: dict[str, Callable[[], Measured]]) -> dict[str, list[Measured]]:
        """Run each build ``runs`` times, taking turns, so that a slow spell of the machine hits all alike."""
        results: dict[str, list[Measured]] = {name: [] for name in builds}
        for run in range(1, self.runs + 1):
            for name, build in builds.items():
                self.progress(f"  {name}: run {run} of {self.runs}")
                results[name].append(build())
        return results

    def full_build(self) -> list[Row]:
        self.progress("1. Full build of both languages")
        out = self.work / "full"
        measured = self.alternate({"full build": lambda: self.site_build(REPO, out)})["full build"]
        wall, cpu = wall_and_cpu(measured)
        return [
            seconds_row("Full strict build, sv + en, fresh process: wall time", wall, TARGET_BUILD_SECONDS, cpu),
            memory_row("Full strict build, sv + en: peak memory", summarize([float(m.peak_bytes) for m in measured])),
            self.load_counts("Full build, real data: work done once per build or per page", REPO),
        ]

    def overhead(self) -> list[Row]:
        """At the real size and at 10x (at most the limit), to tell a fixed cost per build from a cost per page."""
        ten_times = min(real_dimension_count() * 10, max_dimensions())
        rows = self.overhead_of("real data", None)
        rows += self.overhead_of(f"{ten_times} dimensions, {SCALING_TERMS} terms", ten_times)
        return rows

    def overhead_of(self, name: str, dimensions: int | None) -> list[Row]:
        self.progress(f"2. Generated pages against the same pages as static Markdown: {name}")
        project = copy_project(self.work / "overhead")
        if dimensions:
            write_synthetic_data(project / "data", dimensions, SCALING_TERMS)
        capture = [sys.executable, "-m", "bench.static_pages", "--project", str(project)]
        run_measured(capture, cwd=str(REPO), env=self.env)  # not timed: it only prepares the baseline
        generated_out, static_out = self.work / "generated", self.work / "static"
        measured = self.alternate(
            {
                "generated": lambda: self.site_build(project, generated_out),
                "static": lambda: self.static_build(project, static_out),
            }
        )
        generated, generated_cpu = wall_and_cpu(measured["generated"])
        static, static_cpu = wall_and_cpu(measured["static"])
        same, total = same_pages(generated_out, static_out)
        shutil.rmtree(project)
        return [
            seconds_row(f"Build from generated pages, {name}", generated, cpu=generated_cpu),
            seconds_row(f"Build from the same pages as static Markdown, {name}", static, cpu=static_cpu),
            ratio_row(
                f"Generation overhead, {name}: generated / static; same HTML in {same} of {total} pages",
                generated,
                static,
                TARGET_OVERHEAD_RATIO,
                (generated_cpu, static_cpu),
            ),
        ]

    def scaling(self) -> list[Row]:
        # ten times apart, up to the most dimensions validation accepts
        sizes = {"tenth": max_dimensions() // 10, "limit": max_dimensions()}
        self.progress(f"3. Scaling: {sizes['tenth']} and {sizes['limit']} dimensions, {SCALING_TERMS} terms")
        projects = {}
        for name, dimensions in sizes.items():
            projects[name] = copy_project(self.work / f"scaling-{name}")
            write_synthetic_data(projects[name] / "data", dimensions, SCALING_TERMS)
        out = self.work / "scaling-out"
        measured = self.alternate(
            {name: functools.partial(self.site_build, project, out) for name, project in projects.items()}
        )
        times = {name: wall_and_cpu(runs) for name, runs in measured.items()}
        rows = []
        for name, dimensions in sizes.items():
            label = f"Scaling: {dimensions} dimensions, {SCALING_TERMS} terms"
            rows.append(seconds_row(f"{label}: wall time", times[name][0], cpu=times[name][1]))
            rows.append(memory_row(f"{label}: peak memory", summarize([float(m.peak_bytes) for m in measured[name]])))
        rows.append(
            ratio_row(
                f"Scaling: T({sizes['limit']}) / T({sizes['tenth']})",
                times["limit"][0],
                times["tenth"][0],
                TARGET_SCALING_RATIO,
                (times["limit"][1], times["tenth"][1]),
            )
        )
        rows.append(
            self.load_counts(
                f"Scaling, {sizes['limit']} dimensions: work done once per build or per page", projects["limit"]
            )
        )
        return rows

    def live_reload(self) -> list[Row]:
        self.progress("4. Live reload")
        return [
            seconds_row(
                "Live reload: data file saved → served page shows the change",
                summarize(measure_live_reload(self.runs)),
                TARGET_RELOAD_SECONDS,
            )
        ]

    def page_weight(self) -> list[Row]:
        self.progress("5. Page weight")
        if chromium_path() is None:
            # Not measured is not met: the table says so instead of the run failing after minutes.
            return [Row("Page weight", f"not measured: no Chromium at {CHROMIUM} (set CHROMIUM_PATH)", met=False)]
        port = free_port()
        out = self.work / "weighed"
        # Built for the address it is served at, as production is built for its own.
        env = bench_environment(
            **{f"SITE_URL_{language.upper()}": f"http://127.0.0.1:{port}/{language}/" for language in LANGUAGES}
        )
        command = [sys.executable, "-m", "bpokpo.site_build", "--project", str(REPO), "--out", str(out)]
        run_measured(command, cwd=str(REPO), env=env)
        content = load_content(str(REPO / "data"))
        pages = [(language, page.url) for language in LANGUAGES for page in site_pages(content)]
        return [weight_row(weight) for weight in measure_page_weights(out, port, pages)]


def same_pages(first: Path, second: Path) -> tuple[int, int]:
    """How many HTML pages of ``first`` have a byte-identical twin in ``second``, and how many there are."""
    pages = sorted(path.relative_to(first) for path in first.rglob("*.html"))
    same = sum(
        1 for page in pages if (second / page).is_file() and (second / page).read_bytes() == (first / page).read_bytes()
    )
    return same, len(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the site's build, scaling, live reload and page weight.")
    parser.add_argument("--runs", type=int, default=5, help="runs per timed figure (default 5)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS), help="run only these parts")
    parser.add_argument("--results", type=Path, help="also write the table and the machine to this Markdown file")
    arguments = parser.parse_args(argv)
    if arguments.runs < 1:
        parser.error("--runs must be at least 1")
    machine = describe_machine()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        bench = Bench(Path(folder), arguments.runs)
        parts = {
            "build": bench.full_build,
            "overhead": bench.overhead,
            "scaling": bench.scaling,
            "reload": bench.live_reload,
            "weight": bench.page_weight,
        }
        for section in SECTIONS:
            if section in arguments.only:
                rows.extend(parts[section]())
    machine.append(("Load average at end (1, 5, 15 min)", load_average()))
    table = format_table(rows)
    print(table)
    if arguments.results:
        arguments.results.write_text(results_document(machine, table, arguments), encoding="utf-8")
    return 0 if all(row.met is not False for row in rows) else 1


METHOD = """\
- Every build is a fresh process (`python -m bpokpo.site_build`, or `python -m bench.static_build` for
  the static baseline); wall time from Python's `perf_counter`; CPU time (user + system, with the
  processes it waited for) and peak memory (maximum resident set size) from the kernel's accounting
  of that process (`wait4`, the figures `/usr/bin/time -v` prints). On a busy machine the wall time
  swings; the CPU time much less.
- Builds that are compared run in turns, so a slow spell of the machine hits both alike.
- The static baseline is the same site with every page rendered once through the package and saved
  as Markdown (title and description as front matter), built with the macros plugin and the hooks
  off; "same HTML" compares the two outputs page by page.
- Scaling uses synthetic terms and dimensions that pass the site's validation (`bench/synthetic_data.py`).
- "Work done once per build or per page" wraps the loader, the YAML parser, the page functions and
  the macros plugin's set-up in one build and counts the calls and the time in them.
- Live reload: `python -m bpokpo.site_serve` on a copy of the project; a value in
  `data/dimensions.yml` is changed and the served comparison page polled every 50 ms.
- Page weight: Chromium (`/usr/bin/chromium`) opens each page in a fresh context and waits until
  the network is idle; every response body counts, gzipped here at level 6; 1 KB = 1,000 bytes.
  A request to another host is counted and aborted.
"""


def results_document(machine: list[tuple[str, str]], table: str, arguments: argparse.Namespace) -> str:
    default = arguments.only == list(SECTIONS) and arguments.runs == 5
    command = "python -m bench.run" + ("" if default else f" --runs {arguments.runs} --only {' '.join(arguments.only)}")
    lines = [
        "# Benchmark results",
        "",
        f"Command: `{command}` from the repository root (`make bench` runs it after `make setup`);",
        "`--results bench/RESULTS.md` writes this file. Timed figures: median, minimum and maximum of the runs.",
        "",
        "## Machine",
        "",
        "| | |",
        "| --- | --- |",
        *[f"| {name} | {value} |" for name, value in machine],
        "",
        "## Results",
        "",
        table,
        "",
        "## How it is measured",
        "",
        METHOD,
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
