#!/usr/bin/env python3
"""The two commands of the README, for a fresh machine with nothing but Python.

    python3 dev.py run     install what is needed, then open the app on a sample case
    python3 dev.py test    install what is needed, then run every test

Everything goes into ./.venv; pip runs again only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

# Shared libraries Qt needs on a bare Debian/Ubuntu machine: the offscreen platform used
# by the tests needs fontconfig/EGL/xkbcommon; the xcb ones are for a real window.
DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3", "libglib2.0-0",
    "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
    "fonts-dejavu-core",
]


def say(text: str) -> None:
    print(f"dev.py: {text}", flush=True)


# Only for the tests: pdftotext reads the exported PDF's text back (tests/test_export_pdf.py).
TEST_DEBIAN_PACKAGES = ["poppler-utils"]


def ensure_system_packages(extra: tuple[str, ...] = ()) -> None:
    """Install Qt's shared libraries (and ``extra``) with apt when they are missing and we may."""
    if not sys.platform.startswith("linux") or not shutil.which("dpkg") or not shutil.which("apt-get"):
        return
    missing = [p for p in [*DEBIAN_PACKAGES, *extra]
               if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if sudo is None:
        say(f"missing system libraries for Qt: {' '.join(missing)} (install them with apt)")
        return
    say(f"installing system libraries for Qt: {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    quiet = {"stdout": subprocess.DEVNULL, "env": env, "check": False}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], **quiet)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], **quiet)


def ensure_venv(extras: str) -> None:
    if not PYTHON.exists():
        say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    say(f"installing the project and its pinned dependencies ({extras or 'app'})")
    target = f".[{extras}]" if extras else "."
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
    stamp.write_text(wanted)


def run_app(argv: list[str]) -> int:
    ensure_system_packages()
    ensure_venv("")
    if not argv:
        samples = sorted((ROOT / "casefiles").glob("*.casefile"))
        argv = [str(samples[0])] if samples else []
    return subprocess.call([str(PYTHON), "-m", "desktop", *argv], cwd=ROOT)


def run_tests(argv: list[str]) -> int:
    ensure_system_packages(tuple(TEST_DEBIAN_PACKAGES))
    ensure_venv("test,build")
    linted = [p for p in ("desktop", "tests", "bench", "casefiles", "dev.py") if (ROOT / p).exists()]
    code = subprocess.call([str(PYTHON), "-m", "ruff", "check", *linted], cwd=ROOT)
    if code:
        say("ruff found problems (see above)")
        return code
    return subprocess.call([str(PYTHON), "-m", "pytest", *argv], cwd=ROOT)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    rest = sys.argv[2:]
    return run_app(rest) if sys.argv[1] == "run" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main())
