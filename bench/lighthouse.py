"""Lighthouse scores and page weights of the built site: a benchmark that prints a table, not a test.

    .venv/bin/python bench/lighthouse.py [--runs 3]     (or: make bench)

Builds both languages into a temporary folder, serves them on a free local port (with
gzip, as static hosts serve text in production) and runs Lighthouse (pinned in
bench/lighthouse/package-lock.json, installed there with npm ci on first use) with
Debian's Chromium on every page of the site map in each language, with Lighthouse's
mobile (default) and desktop presets, --runs times each, in turns. Mobile performance
moves by several points between runs on a two-core machine, and more when the machine is
busy, so the table gives the median of the runs (and the range of the performance score),
and for mobile the median first contentful paint, largest contentful paint, total blocking
time and speed index. Target: every category 100 (median) on every page and preset; the
script exits with 1 when one is missed.

The last line is a reference, not a page of the site: an empty Material page with the same
theme features and nothing of ours (no template overrides, hooks, styles or scripts), built
with the same Material, so that the table shows how much of a figure is the theme's own.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from bpokpo.loader import load_content
from bpokpo.site_build import build_site
from bpokpo.site_map import site_pages

REPO = Path(__file__).resolve().parents[1]
LIGHTHOUSE_DIR = REPO / "bench" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
LANGUAGES = ["sv", "en"]
PRESETS = ["mobile", "desktop"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index"]
TARGET = 100  # every category, median of the runs
BASELINE = "material-baseline/"  # where the reference page is served


COMPRESSED_TYPES = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


class StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files as a static host does in production: text gzip-compressed when asked for."""

    compressed: dict[str, bytes] = {}

    def do_GET(self) -> None:
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.endswith(COMPRESSED_TYPES) and os.path.isfile(path)):
            super().do_GET()
            return
        if path not in self.compressed:
            self.compressed[path] = gzip.compress(Path(path).read_bytes(), compresslevel=6)
        body = self.compressed[path]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


def build_baseline(site: Path, url: str) -> None:
    """The reference page: one heading and one paragraph, with the site's theme and its features."""
    with (REPO / "mkdocs.yml").open(encoding="utf-8") as file:
        theme = yaml_load(file)["theme"]  # MkDocs' reader: the file uses its !ENV tags
    project = site.parent / "baseline"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# Baseline\n\nOne paragraph, as on a page of the site.\n")
    config = {
        "site_name": "Baseline",
        "site_url": url,
        "theme": {"name": theme["name"], "font": theme["font"], "features": theme["features"]},
        "plugins": ["search"],
    }
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site / BASELINE)],
        cwd=project,
        check=True,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def install_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=LIGHTHOUSE_DIR, check=True)


def run_lighthouse(url: str, preset: str, report: Path) -> dict[str, object]:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
    result: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return result


@dataclass(frozen=True)
class Run:
    scores: tuple[int, ...]  # CATEGORIES, 0-100
    metrics: tuple[float, ...]  # METRICS, in milliseconds
    total_bytes: int
    lost: tuple[str, ...]  # audits that lost points


def summary(result: dict[str, object]) -> Run:
    """The category scores, the timings, the total bytes, and the audits that lost points."""
    categories = result["categories"]
    audits = result["audits"]
    assert isinstance(categories, dict) and isinstance(audits, dict)
    lost = sorted(
        audit_id
        for name in CATEGORIES
        for ref in categories[name]["auditRefs"]
        if ref["weight"] > 0
        and (audit_id := ref["id"]) in audits
        and audits[audit_id]["score"] is not None
        and audits[audit_id]["score"] < 1
    )
    return Run(
        tuple(round(100 * categories[name]["score"]) for name in CATEGORIES),
        tuple(float(audits[name]["numericValue"]) for name in METRICS),
        int(audits["total-byte-weight"]["numericValue"]),
        tuple(lost),
    )


def table_line(path: str, preset: str, runs: list[Run]) -> tuple[str, bool]:
    """One line of medians, and whether it meets the target."""
    scores = [statistics.median(run.scores[i] for run in runs) for i in range(len(CATEGORIES))]
    performance = [run.scores[0] for run in runs]
    spread = f"{min(performance)}-{max(performance)}" if len(runs) > 1 else ""
    timings = (
        " ".join(f"{statistics.median(run.metrics[i] for run in runs):>6.0f}" for i in range(len(METRICS)))
        if preset == "mobile"
        else " ".join(f"{'':>6}" for _ in METRICS)
    )
    line = f"/{path:<18} {preset:<8} {scores[0]:>5g} {spread:>7} " + " ".join(f"{s:>6g}" for s in scores[1:])
    line += f" {timings} {statistics.median(run.total_bytes for run in runs):>8.0f}"
    return line, all(score >= TARGET for score in scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="keep the JSON reports in this folder")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page and preset (default 3)")
    args = parser.parse_args()
    install_lighthouse()
    port = free_port()
    pages = site_pages(load_content(str(REPO / "data")))
    paths = [f"{language}/{page.url}" for language in LANGUAGES for page in pages]
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        for language in LANGUAGES:
            os.environ[f"SITE_URL_{language.upper()}"] = f"http://127.0.0.1:{port}/{language}/"
        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
        build_site(str(REPO), str(site))
        build_baseline(site, f"http://127.0.0.1:{port}/{BASELINE}")
        handler = functools.partial(StaticHostHandler, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        reports = args.keep or Path(work) / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        runs: dict[tuple[str, str], list[Run]] = {}
        try:
            # In turns, so that a busy spell of the machine spreads over all pages alike.
            for number in range(args.runs):
                for path in [*paths, BASELINE]:
                    for preset in PRESETS:
                        report = reports / f"{path.replace('/', '_')}{preset}-{number}.json"
                        run = summary(run_lighthouse(f"http://127.0.0.1:{port}/{path}", preset, report))
                        runs.setdefault((path, preset), []).append(run)
                        lost = f"   lost points: {', '.join(run.lost)}" if run.lost else ""
                        print(f"run {number + 1}: /{path} {preset} {run.scores}{lost}", flush=True)
        finally:
            server.shutdown()
    header = (
        f"{'page':<19} {'preset':<8} {'perf':>5} {'range':>7} {'a11y':>6} {'b-prac':>6} {'seo':>6} "
        + " ".join(f"{name:>6}" for name in ("FCP", "LCP", "TBT", "SI"))
        + f" {'bytes':>8}"
    )
    lines = [header, "-" * len(header)]
    met = True
    for (path, preset), page_runs in runs.items():
        line, page_met = table_line(path, preset, page_runs)
        if path == BASELINE:
            lines.append(line + "   reference: Material alone")
            continue
        lines.append(line + ("" if page_met else "   below target"))
        met &= page_met
    print(f"\nMedians of {args.runs} runs; FCP, LCP, TBT, SI in ms (mobile).\n" + "\n".join(lines))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
