"""Long jobs: generators driven in-process, or in a child process with progress and cancel."""

from __future__ import annotations

import zipfile

import pytest

from desktop import jobs
from desktop.casefile.errors import Cancelled

from .conftest import SAMPLES


def counting_job(n: int):
    for i in range(n):
        yield i, n, f"step {i}"
    return "finished"


def test_run_reports_progress_and_returns_the_result():
    seen = []
    assert jobs.run(counting_job(3), lambda d, t, m: seen.append((d, t))) == "finished"
    assert seen == [(0, 3), (1, 3), (2, 3)]


def test_run_cancels_between_steps():
    seen = []
    with pytest.raises(Cancelled):
        jobs.run(counting_job(10), lambda d, t, m: seen.append(d), lambda: len(seen) >= 2)
    assert seen == [0, 1]


def test_export_in_a_child_process_reports_progress(tmp_path):
    out = tmp_path / "brief.html"
    progress = []
    result = jobs.run(jobs.subprocess_job(["export", str(SAMPLES[0]), "--format", "html", "-o", str(out)]),
                      lambda d, t, m: progress.append((d, t, m)))
    assert "wrote" in result
    assert progress and progress[-1][0] == progress[-1][1]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_child_failure_carries_its_message(tmp_path):
    bad = tmp_path / "bad.casefile"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("mimetype", "text/plain")
    with pytest.raises(jobs.JobFailed, match="not a case file"):
        jobs.run(jobs.subprocess_job(["export", str(bad), "--format", "html", "-o", str(tmp_path / "x.html")]))


def test_cancel_terminates_the_child(tmp_path):
    out = tmp_path / "x.pdf"
    job = jobs.subprocess_job(["export", str(SAMPLES[0]), "--format", "pdf", "-o", str(out)])
    with pytest.raises(Cancelled):
        jobs.run(job, None, lambda: True)  # cancel at the first progress line
    assert not out.exists()
