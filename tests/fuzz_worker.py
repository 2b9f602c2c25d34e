"""Runs ``bpokpo validate`` on fuzz cases in one process and prints each outcome as a line of JSON.

    python tests/fuzz_worker.py SEED FIRST COUNT WORK_DIR

Before each case it prints ``{"start": n}``, so a crash of the process itself names its case.
An outcome is ``valid``, ``report`` (exit 1 with problems in the file:line:column form) or a
failure: ``traceback``, ``hang`` (no result within HANG_SECONDS), ``unreadable report``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import signal
import sys
import traceback
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).parent))

from datafactory import REPO  # noqa: E402
from fuzz_inputs import case, write  # noqa: E402

from bpokpo.cli import validate  # noqa: E402

HANG_SECONDS = 10
REPORT_HEAD = re.compile(r"The site data has [\d,]+ problems?:")
PROBLEM = re.compile(r"[^\n]+:\d+:\d+: [^\n]+ \([^\n]+\)")


def outcome(code: int, out: str, err: str) -> tuple[str, str]:
    if code == 0 and ": valid (" in out.splitlines()[0] and not err.strip():
        return "valid", ""
    lines = err.splitlines()
    if code == 1 and lines and REPORT_HEAD.fullmatch(lines[0]) and all(PROBLEM.fullmatch(line) for line in lines[1:]):
        return "report", lines[1] if len(lines) > 1 else ""
    return "unreadable report", f"exit {code}\n{out}\n{err}"


def give_up(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError


def main() -> int:
    seed, first, count, work = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    os.environ.pop("GITHUB_ACTIONS", None)
    # what make validate reads beside the data: the layout rules and the anchor registry
    shutil.copy2(REPO / ".yamllint.yml", work / ".yamllint.yml")
    shutil.copytree(REPO / "anchors", work / "anchors", dirs_exist_ok=True)
    signal.signal(signal.SIGALRM, give_up)
    for number in range(first, first + count):
        print(json.dumps({"start": number}), flush=True)
        data = work / "data"
        shutil.rmtree(data, ignore_errors=True)
        files, description = case(seed, number)
        write(files, data)
        out, err = io.StringIO(), io.StringIO()
        signal.alarm(HANG_SECONDS)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = validate(str(data))
            kind, detail = outcome(code, out.getvalue(), err.getvalue())
        except TimeoutError:
            kind, detail = "hang", f"no result after {HANG_SECONDS} s"
        except BaseException:  # noqa: BLE001 - finding these is the point
            kind, detail = "traceback", traceback.format_exc()
        finally:
            signal.alarm(0)
        print(json.dumps({"case": number, "outcome": kind, "what": description, "detail": detail}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
