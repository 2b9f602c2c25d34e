"""Serves every language of the site at one address and rebuilds on any change.

Each rebuild runs ``site_build`` in a fresh process, so edits to the package's Python
code take effect as well as edits to data, pages, templates and configuration. Pages
reload in the browser by themselves (MkDocs' live-reload server).
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile

from mkdocs.livereload import LiveReloadServer

WATCHED = (
    "data",
    "docs",
    "overrides",
    "src/bpokpo",
    "macros.py",
    "mkdocs_hooks.py",
    "mkdocs.yml",
    "mkdocs.sv.yml",
    "mkdocs.en.yml",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the whole bilingual site with live reload.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--project", default=".")
    arguments = parser.parse_args(argv)
    project = os.path.abspath(arguments.project)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    with tempfile.TemporaryDirectory(prefix="bpokpo-serve-") as out:

        def rebuild() -> None:
            # A failed build keeps the last good site online and prints the data errors.
            result = subprocess.run(
                [sys.executable, "-m", "bpokpo.site_build", "--project", project, "--out", out], check=False
            )
            if result.returncode == 0:
                print(
                    f"Built both languages. Serving http://{arguments.host}:{arguments.port}/sv/ and /en/", flush=True
                )

        rebuild()
        server = LiveReloadServer(builder=rebuild, host=arguments.host, port=arguments.port, root=out)
        for path in WATCHED:
            if os.path.exists(os.path.join(project, path)):
                server.watch(os.path.join(project, path))
        try:
            server.serve()  # type: ignore[no-untyped-call]
        except KeyboardInterrupt:
            print("Stopped.")
        finally:
            server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
