"""Build the one-folder app with PyInstaller and run the frozen binary's smoke mode.

About a minute on two cores. Skipped only where PyInstaller is not installed (the README's
test command installs it); CI always runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT

pytest.importorskip("PyInstaller")


def _size(path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


@pytest.mark.slow
def test_frozen_app_opens_a_sample_case(tmp_path, capsys):
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    app_dir = dist / "casefile"
    binary = app_dir / ("casefile.exe" if os.name == "nt" else "casefile")
    assert binary.exists()
    size_mb = _size(app_dir) / 2**20
    with capsys.disabled():  # CI's log shows the bundle size
        print(f"\nfrozen one-folder bundle: {size_mb:.0f} MB")
    # an offline app carries no TLS: neither Python's ssl module nor OpenSSL's libraries (build.spec's excludes)
    assert not [f.name for f in app_dir.rglob("*") if f.name.startswith(("libssl", "libcrypto", "_ssl.", "_hashlib."))]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFILE_LIBRARY": str(tmp_path / "lib.sqlite")}
    smoke = subprocess.run([str(binary), "open", "--smoke"], capture_output=True, text=True, timeout=180, env=env)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "(ok)" in smoke.stdout
    validate = subprocess.run([str(binary), "validate", *map(str, sorted((ROOT / "casefiles").glob("*.casefile")))],
                              capture_output=True, text=True, timeout=120, env=env)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    # extraction inside the bundle: the language model and the GeoNames table travel with it
    report = tmp_path / "note.txt"
    report.write_text("On 9 May, gunmen attacked a police post near Sebba, killing four officers.\n", encoding="utf-8")
    extract = subprocess.run([str(binary), "extract", str(report), "--format", "eval-json"], capture_output=True,
                             text=True, timeout=180, env={**env, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert extract.returncode == 0, extract.stdout + extract.stderr
    assert {"text": "Sebba", "type": "GPE"} in json.loads(extract.stdout)["entities"]
    # a long report: the frozen app reads it on two forked workers (reading.processes), as the checkout does
    places = ["Sebba", "Djibo", "Kaya", "Dori", "Gorom-Gorom", "Arbinda", "Titao", "Ouahigouya"]
    long_report = tmp_path / "long.txt"
    long_report.write_text("\n\n".join(
        f"On {1 + n % 28} May, gunmen attacked a police post near {places[n % len(places)]}, killing {2 + n % 9} "
        f"officers and wounding {n % 5} others, the army said in a statement read on national radio."
        for n in range(600)) + "\n", encoding="utf-8")
    assert len(long_report.read_text(encoding="utf-8")) > 60_000
    frozen = subprocess.run([str(binary), "extract", str(long_report), "--report-date", "2024-06-01", "--format",
                             "eval-json"], capture_output=True, text=True, timeout=300,
                            env={**env, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    checkout = subprocess.run([sys.executable, "-m", "desktop", "extract", str(long_report), "--report-date",
                               "2024-06-01", "--format", "eval-json"], capture_output=True, text=True, timeout=300,
                              cwd=ROOT, env={**env, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert frozen.returncode == 0 and checkout.returncode == 0, frozen.stderr[-2000:] + checkout.stderr[-2000:]
    assert json.loads(frozen.stdout) == json.loads(checkout.stdout)
    assert len(json.loads(frozen.stdout)["incidents"]) > 100
