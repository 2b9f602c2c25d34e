"""The GitHub set-up: hardened, SHA-pinned workflows that run the project's own checks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
GITHUB = REPO / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def load(path: Path) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_zizmor_finds_nothing_offline() -> None:
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--no-progress", ".github"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_every_action_is_pinned_to_a_commit_with_its_version(path: Path) -> None:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    uses = [line for line in lines if re.match(r"(- )?uses: ", line)]
    assert uses
    for line in uses:
        if "uses: ./" in line:  # this repository's own reusable workflow
            continue
        assert re.fullmatch(r"(- )?uses: [\w-]+/[\w-]+@[0-9a-f]{40}  # v\d+\.\d+\.\d+", line), line


@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_least_privilege_and_timeouts(path: Path) -> None:
    workflow = load(path)
    assert workflow["permissions"] == {"contents": "read"}
    for name, job in workflow["jobs"].items():
        permissions = job.get("permissions", {})
        writes = {scope for scope, level in permissions.items() if level == "write"}
        assert writes <= ({"pages", "id-token"} if name == "deploy" else set()), name
        if "uses" not in job:  # a job calling a reusable workflow takes the called jobs' timeouts
            assert 0 < job["timeout-minutes"] <= 60, name
    for step in steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False
            assert step["with"]["fetch-depth"] == 0  # pages are dated by the data's git history


def test_ci_runs_the_projects_checks_and_keeps_a_preview() -> None:
    workflow = load(GITHUB / "workflows" / "ci.yml")
    triggers = workflow.get("on", workflow.get(True))
    assert {"pull_request", "push", "workflow_call"} <= set(triggers)
    [job] = workflow["jobs"].values()
    assert job["env"]["BPOKPO_REQUIRE_BROWSER"] == "1"
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "apt-get install" in runs and "chromium" in runs
    assert "make setup" in runs  # installs from the hashed lock file
    assert "bpokpo validate data" in runs
    assert "make test" in runs
    assert "bpokpo.site_build --out site" in runs
    assert 'bpokpo changes "$BASE_SHA" >> "$GITHUB_STEP_SUMMARY"' in runs
    uploads = [step for step in job["steps"] if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and uploads[0]["with"]["path"] == "site/"
    # the layout test's screenshots of every page and width, also after a failed test (tests/layout.py)
    screenshots = [step for step in uploads if step["with"]["path"] == "test-results/screenshots/"]
    assert len(screenshots) == 1 and screenshots[0]["if"].startswith("${{ always() && ")
    assert "${{" not in runs, "expressions reach run: scripts only through env"


def test_the_preview_is_built_when_tests_fail_but_only_from_valid_data() -> None:
    [job] = load(GITHUB / "workflows" / "ci.yml")["jobs"].values()
    names = [step["name"] for step in job["steps"]]
    by_name = {step["name"]: step for step in job["steps"]}
    validate = next(step for step in job["steps"] if "bpokpo validate data" in step.get("run", ""))
    tests = next(step for step in job["steps"] if step.get("run") == "make test")
    build = next(step for step in job["steps"] if "bpokpo.site_build" in step.get("run", ""))
    upload = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert names.index(validate["name"]) < names.index(tests["name"]) < names.index(build["name"])
    assert names.index(build["name"]) < names.index(upload["name"])
    assert "if" not in tests  # the tests run only after every earlier step passed
    # success() is not in these conditions, so a failed test does not skip them; cancelling does
    assert build["if"] == f"${{{{ !cancelled() && steps.{validate['id']}.outcome == 'success' }}}}"
    assert upload["if"] == f"${{{{ !cancelled() && steps.{build['id']}.outcome == 'success' }}}}"
    assert by_name[upload["name"]]["with"]["if-no-files-found"] == "error"


def test_pages_deploys_main_only_after_the_same_checks() -> None:
    workflow = load(GITHUB / "workflows" / "pages.yml")
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["branches"] == ["main"]
    jobs = workflow["jobs"]
    assert jobs["checks"]["uses"] == "./.github/workflows/ci.yml"
    assert jobs["build"]["needs"] == "checks"
    assert jobs["deploy"]["needs"] == "build"
    assert jobs["deploy"]["environment"]["name"] == "github-pages"


def test_dependabot_updates_python_packages_and_actions() -> None:
    config = load(GITHUB / "dependabot.yml")
    assert {update["package-ecosystem"] for update in config["updates"]} == {"pip", "github-actions"}


def test_issue_form_asks_for_current_value_proposed_value_and_source() -> None:
    form = load(GITHUB / "ISSUE_TEMPLATE" / "incorrect-information.yml")
    assert form["name"] == "Report incorrect information"
    required = {item["id"] for item in form["body"] if item.get("validations", {}).get("required")}
    assert {"current", "proposed", "source"} <= required


def test_codeowners_cover_the_data() -> None:
    owners = (GITHUB / "CODEOWNERS").read_text(encoding="utf-8")
    assert re.search(r"^/data/\s+@\S+", owners, re.MULTILINE)


def test_pre_commit_runs_ruff_yamllint_and_validate_with_the_locked_tools() -> None:
    config = load(REPO / ".pre-commit-config.yaml")
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert {"ruff", "ruff-format", "yamllint", "validate"} <= set(hooks)
    for hook in hooks.values():
        tool = hook["entry"].split()[0]
        assert tool.startswith(".venv/bin/"), hook["id"]
        assert (BIN / Path(tool).name).exists(), f"{tool} is not installed by make setup"


@pytest.mark.parametrize("path", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_every_container_image_is_pinned_by_digest(path: Path) -> None:
    jobs = load(path)["jobs"].values()
    images = [job["container"] for job in jobs if "container" in job]
    images = [image["image"] if isinstance(image, dict) else image for image in images]
    for image in images:
        assert re.fullmatch(r"[\w./-]+(:[\w.-]+)?@sha256:[0-9a-f]{64}", image), image


def test_steps_that_read_pull_request_data_run_only_after_validation_passed() -> None:
    """An alias bomb or a hostile file in a pull request must meet the validator first, and only it."""
    [job] = load(GITHUB / "workflows" / "ci.yml")["jobs"].values()
    names = [step.get("id") for step in job["steps"]]
    validate = names.index("validate")
    assert "bpokpo validate data" in job["steps"][validate]["run"]
    checkout = next(index for index, step in enumerate(job["steps"]) if "checkout" in step.get("uses", ""))
    before = job["steps"][checkout + 1 : validate]
    assert all("make setup" in step["run"] or "safe.directory" in step["run"] for step in before), before
    passed_validation = {"validate"}  # steps that run only when validation passed, by id
    for step in job["steps"][validate + 1 :]:
        condition = str(step.get("if", ""))
        # no condition means success(): every step before passed, validation included
        required = set(re.findall(r"steps\.([\w-]+)\.outcome == 'success'", condition))
        assert not condition or required & passed_validation, f"{step['name']}: {condition}"
        if "id" in step:
            passed_validation.add(step["id"])
