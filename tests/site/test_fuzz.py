"""No input, however broken, gets a traceback, a crash or a hang: only success or a file:line report.

Thousands of cases made from the real data files (tests/fuzz_inputs.py: byte flips, cuts,
copies, odd characters and YAML syntax, deep nesting, values of the wrong type, shape or
name, odd file names, missing files) go through ``bpokpo validate`` in a separate process
(tests/fuzz_worker.py), so that a crash of the interpreter itself is seen and named; then a
smaller number of them, valid and invalid, through the whole strict build of both languages.

The cases are the same in every run (BPOKPO_FUZZ_SEED, default below), so a failure can be
run again alone; set BPOKPO_FUZZ_SEED and BPOKPO_FUZZ_CASES to look further:

    BPOKPO_FUZZ_SEED=7 BPOKPO_FUZZ_CASES=20000 .venv/bin/python -m pytest tests/site/test_fuzz.py
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from datafactory import REPO, copy_project
from fuzz_inputs import case, write

SEED = int(os.environ.get("BPOKPO_FUZZ_SEED", "20261130"))
CASES = int(os.environ.get("BPOKPO_FUZZ_CASES", "2000"))  # through validate
BUILDS = 3  # of valid cases and as many of invalid ones, through the whole build
WORKERS = 2
WORKER = Path(__file__).parents[1] / "fuzz_worker.py"
PROBLEM = re.compile(r"[^\n]+:\d+:\d+: [^\n]+ \([^\n]+\)")


def _run_workers(work: Path) -> tuple[list[dict[str, str]], list[str]]:
    """Every case's outcome, and the crashes of a worker process (with the case it was on)."""
    share = -(-CASES // WORKERS)
    processes = []
    for index in range(WORKERS):
        first, count = index * share, min(share, CASES - index * share)
        folder = work / f"worker-{index}"
        folder.mkdir()
        command = [sys.executable, str(WORKER), str(SEED), str(first), str(count), str(folder)]
        processes.append(subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    results, crashes = [], []
    for process in processes:
        out, err = process.communicate(timeout=1200)
        lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        results += [line for line in lines if "case" in line]
        if process.returncode != 0:
            started = [line["start"] for line in lines if "start" in line]
            crashes.append(f"worker exit {process.returncode} in case {started[-1] if started else '?'}: {err[-2000:]}")
    return results, crashes


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    results, crashes = _run_workers(tmp_path_factory.mktemp("fuzz"))
    assert not crashes, "\n".join(crashes)
    return results


def test_validate_ends_in_success_or_a_file_line_report_for_every_case(outcomes: list[dict[str, str]]) -> None:
    assert len(outcomes) == CASES
    counts = Counter(result["outcome"] for result in outcomes)
    failures = [
        f"case {result['case']} ({result['what']}): {result['outcome']}\n{result['detail'][-1500:]}"
        for result in outcomes
        if result["outcome"] not in ("valid", "report")
    ]
    assert not failures, f"seed {SEED}, {counts}:\n" + "\n\n".join(failures[:10])
    # the cases reach both ends: data that is still valid, and broken data of every kind
    assert counts["valid"] >= CASES // 50 and counts["report"] >= CASES // 2, counts


def test_the_whole_build_ends_in_a_site_or_a_file_line_report(outcomes: list[dict[str, str]], tmp_path: Path) -> None:
    chosen = [result for result in outcomes if result["outcome"] == "valid"][:BUILDS]
    chosen += [result for result in outcomes if result["outcome"] == "report"][:BUILDS]
    assert len(chosen) == 2 * BUILDS
    failures = []
    for result in chosen:
        number = int(result["case"])
        project = copy_project(tmp_path / f"project-{number}")
        shutil.rmtree(project / "data")
        write(case(SEED, number)[0], project / "data")
        out = tmp_path / f"site-{number}"
        build = subprocess.run(
            [sys.executable, "-m", "bpokpo.site_build", "--project", str(project), "--out", str(out)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        expected = 0 if result["outcome"] == "valid" else 1
        reported = [line for line in build.stderr.splitlines() if PROBLEM.fullmatch(line)]
        if build.returncode != expected or "Traceback" in build.stderr or (expected == 1 and not reported):
            failures.append(f"case {number} ({result['what']}): exit {build.returncode}\n{build.stderr[-2000:]}")
        elif expected == 0:
            assert (out / "sv" / "comparison" / "index.html").is_file() and (out / "en" / "index.html").is_file()
        shutil.rmtree(project)
        shutil.rmtree(out, ignore_errors=True)
    assert not failures, f"seed {SEED}:\n" + "\n\n".join(failures)
