"""Where the sample case files that ship with the app are found."""

from __future__ import annotations

import sys
from importlib import resources as importlib_resources
from pathlib import Path


def samples_dir() -> Path:
    """``casefiles/`` of a checkout, of the frozen app, or the wheel's ``casefile_samples``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "casefiles"
    checkout = Path(__file__).resolve().parent.parent / "casefiles"
    if checkout.is_dir():
        return checkout
    return Path(str(importlib_resources.files("casefile_samples")))


def sample_paths() -> list[Path]:
    return sorted(samples_dir().glob("*.casefile"))
