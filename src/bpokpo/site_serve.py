"""Serves every language of the site at one address and rebuilds on any change.

Each rebuild runs ``site_build`` in a fresh process, so edits to the package's Python
code take effect as well as edits to data, pages, templates and configuration. Pages
reload in the browser by themselves (MkDocs' live-reload server). When a build fails,
every page shows what went wrong (``build_problem``) until a save makes the build pass,
and the browser reloads into the site again.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import posixpath
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from typing import Any

from mkdocs.livereload import LiveReloadServer

from bpokpo.build_cache import CACHE_ENV
from bpokpo.build_problem import BuildProblem, problem_page, read_build_output
from bpokpo.site_build import LANGUAGES

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


class PortInUse(Exception):
    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            f"Port {port} is already in use on {host}: stop the server running there, "
            f"or serve on another port with make serve PORT={port + 1}"
        )


class SiteServer(LiveReloadServer):
    """MkDocs' live-reload server, serving a page that explains the failure while the build is broken."""

    problem: BuildProblem | None = None

    def _serve_request(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes] | None:
        path = str(environ["PATH_INFO"])
        if path.startswith("/livereload/") or not _is_page(path):
            return super()._serve_request(environ, start_response)
        with self._epoch_cond:  # as the base class does: never answer in the middle of a rebuild
            self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
            epoch, problem = self._visible_epoch, self.problem
        if problem is None:
            return super()._serve_request(environ, start_response)
        page = self._inject_js_into_html(problem_page(problem).encode("utf-8"), epoch)  # type: ignore[no-untyped-call]
        start_response(
            "500 Internal Server Error",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(page)))],
        )
        return [page]


def _is_page(path: str) -> bool:
    """A request for a page (a folder or an .html file), not for a style sheet, script or download."""
    name = posixpath.basename(path)
    return path.endswith("/") or name.endswith(".html") or "." not in name


def check_port_free(host: str, port: int) -> None:
    """Raise ``PortInUse`` at once, before the first build, rather than after it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server itself binds
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortInUse(host, port) from None
            raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the whole bilingual site with live reload.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--project", default=".")
    arguments = parser.parse_args(argv)
    project = os.path.abspath(arguments.project)
    host, port = arguments.host, arguments.port
    try:
        check_port_free(host, port)
    except PortInUse as busy:
        print(busy, file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    # The site's own address: links between the language versions, the sitemap, link previews.
    environment = {**os.environ, **{f"SITE_URL_{code.upper()}": f"http://{host}:{port}/{code}/" for code in LANGUAGES}}

    with (
        tempfile.TemporaryDirectory(prefix="bpokpo-serve-") as out,
        tempfile.TemporaryDirectory(prefix="bpokpo-cache-") as kept,
    ):
        environment[CACHE_ENV] = kept  # rebuilds make only what a change touches (build_cache)
        # The watched files are a few hundred: polling them five times a second costs little, and a
        # save shows sooner than with MkDocs' half-second default.
        server = SiteServer(builder=lambda: None, host=host, port=port, root=out, polling_interval=0.2)

        def rebuild() -> None:
            # A failed build keeps the last good site's files and shows its problems on every page.
            result = subprocess.run(
                [sys.executable, "-m", "bpokpo.site_build", "--project", project, "--out", out],
                cwd=project,  # so that problems name files as data/…, as make validate does
                env=environment,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )
            sys.stderr.write(result.stderr)
            if result.returncode == 0:
                server.problem = None
                print(f"Built both languages. Serving http://{host}:{port}/sv/ and /en/", flush=True)
            else:
                server.problem = read_build_output(result.stderr)
                print("The build failed: every page shows the problems until the next good save.", flush=True)

        server.builder = rebuild
        rebuild()
        for path in WATCHED:
            if os.path.exists(os.path.join(project, path)):
                server.watch(os.path.join(project, path))
        try:
            server.serve()  # type: ignore[no-untyped-call]
        except OSError as error:  # the port was taken during the first build
            if error.errno != errno.EADDRINUSE:
                raise
            print(PortInUse(host, port), file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("Stopped.")
        finally:
            server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
