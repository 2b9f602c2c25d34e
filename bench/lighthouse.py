"""Lighthouse scores and page weights of the built site: a benchmark that prints a table, not a test.

    .venv/bin/python bench/lighthouse.py            (or: make bench)

Builds both languages into a temporary folder, serves them on a free local port (with
gzip, as static hosts serve text in production) and runs
Lighthouse (pinned in bench/lighthouse/package-lock.json, installed there with npm ci on
first use) with Debian's Chromium on the home, comparison and infographic pages of each
language, with Lighthouse's mobile (default) and desktop presets. Targets: accessibility,
best practices and SEO 100; performance at least 95 on mobile and 100 on desktop. Mobile
performance moves by a few points between runs on a two-core machine.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from bpokpo.site_build import build_site

REPO = Path(__file__).resolve().parents[1]
LIGHTHOUSE_DIR = REPO / "bench" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
PAGES = ["", "comparison/", "infographic/"]
LANGUAGES = ["sv", "en"]
PRESETS = ["mobile", "desktop"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


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


def summary(result: dict[str, object]) -> tuple[list[int], int, list[str]]:
    """The four category scores (0-100), the total bytes, and the audits that lost points."""
    categories = result["categories"]
    audits = result["audits"]
    assert isinstance(categories, dict) and isinstance(audits, dict)
    scores = [round(100 * categories[name]["score"]) for name in CATEGORIES]
    total_bytes = int(audits["total-byte-weight"]["numericValue"])
    lost = sorted(
        audit_id
        for name in CATEGORIES
        for ref in categories[name]["auditRefs"]
        if ref["weight"] > 0
        and (audit_id := ref["id"]) in audits
        and audits[audit_id]["score"] is not None
        and audits[audit_id]["score"] < 1
    )
    return scores, total_bytes, lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="keep the JSON reports in this folder")
    args = parser.parse_args()
    install_lighthouse()
    port = free_port()
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "site"
        for language in LANGUAGES:
            os.environ[f"SITE_URL_{language.upper()}"] = f"http://127.0.0.1:{port}/{language}/"
        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
        build_site(str(REPO), str(site))
        handler = functools.partial(StaticHostHandler, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        reports = args.keep or Path(work) / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        header = f"{'page':<18} {'preset':<8} " + " ".join(f"{c[:13]:>13}" for c in CATEGORIES) + f" {'bytes':>9}"
        lines = [header, "-" * len(header)]
        try:
            for language in LANGUAGES:
                for page in PAGES:
                    for preset in PRESETS:
                        path = f"{language}/{page}"
                        report = reports / f"{path.replace('/', '_') or 'root'}{preset}.json"
                        scores, total_bytes, lost = summary(
                            run_lighthouse(f"http://127.0.0.1:{port}/{path}", preset, report)
                        )
                        line = f"/{path:<17} {preset:<8} " + " ".join(f"{s:>13}" for s in scores)
                        lines.append(f"{line} {total_bytes:>9}")
                        print(lines[-1] + (f"   lost points: {', '.join(lost)}" if lost else ""), flush=True)
        finally:
            server.shutdown()
    print("\n" + "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
