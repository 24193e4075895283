"""GUI entry point. Qt is imported only inside ``desktop.ui``, and only when a window is wanted."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    """Open the reader (``casefile [PATH]``, ``casefile open ...``); returns the exit code."""
    from desktop.ui.application import run

    return run(args)
