"""The QApplication, the library it works on, and the first window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.casefile.errors import InvalidInput
from desktop.samples import sample_paths
from desktop.store.library import Library, LibraryError


def open_into_library(library: Library, path: str) -> str:
    """Import a .casefile or raw report into the library; returns the case id."""
    from desktop.casefile.bundle import read_bundle
    from desktop.cli import extract_file, is_raw_report

    case = extract_file(path) if is_raw_report(path) else read_bundle(path)
    return library.import_case(case).case_id


def ensure_samples(library: Library) -> None:
    """On first start the library is empty: give the analyst the sample cases to read."""
    if library.list_cases():
        return
    from desktop.casefile.bundle import read_bundle

    for path in sample_paths():
        library.import_case(read_bundle(path))


def _show_unexpected_errors(window) -> None:
    """A bug in a slot must not pass silently nor show the analyst a traceback.

    The traceback goes to standard error (for a bug report); the analyst sees the message.
    """
    import traceback

    def hook(kind, value, tb) -> None:
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        window.show_error(
            "Something went wrong",
            f"{value or kind.__name__}\n\nNothing you saved was lost: "
            "every edit is written to the library as you make it.",
        )

    sys.excepthook = hook


def run(args: argparse.Namespace) -> int:
    from desktop.ui.main_window import MainWindow, restore_theme
    from desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casefile Reader")
    app.setOrganizationName("CasefileReader")
    screenshot = getattr(args, "screenshot", None)
    smoke = getattr(args, "smoke", False)
    apply_theme(app, restore_theme(getattr(args, "theme", None)))
    try:
        library = Library(args.library)
        ensure_samples(library)
    except (LibraryError, InvalidInput) as exc:
        if smoke or screenshot:
            sys.stderr.write(f"{exc}\n")
            return 3
        QMessageBox.critical(None, "Casefile Reader", str(exc))
        return 3
    window = MainWindow(library)
    _show_unexpected_errors(window)
    theme_choice = getattr(args, "theme", None)
    if theme_choice:
        window.theme_actions[theme_choice].setChecked(True)
    else:
        window.theme_actions[restore_theme(None)].setChecked(True)
    path = getattr(args, "path", None)
    if smoke and not path:
        samples = sample_paths()
        path = str(samples[0]) if samples else None

    def load_case() -> int:
        """Import PATH if given, then open it (or the latest case of the library)."""
        case_id = None
        if path:
            from desktop.cli import is_raw_report

            if is_raw_report(path) and not (smoke or screenshot):
                window.import_path(path)  # extraction runs in a child process, with progress
                return 0
            try:
                case_id = open_into_library(library, path)
            except (InvalidInput, LibraryError) as exc:
                if smoke or screenshot:
                    sys.stderr.write(f"{exc}\n")
                    return 1
                QMessageBox.warning(window, "Casefile Reader", f"Cannot open {Path(path).name}:\n{exc}")
        if case_id is None:
            cases = library.list_cases()
            case_id = cases[0]["id"] if cases else None
        if case_id:
            window.open_case(case_id)
        return 0

    if smoke or screenshot:
        status = load_case()
        if status:
            return status
    if screenshot:
        try:
            width, height = (int(v) for v in str(getattr(args, "size", "1440x900")).lower().split("x"))
        except ValueError:
            sys.stderr.write(f"--size must be WIDTHxHEIGHT, e.g. 1366x768, not {args.size!r}\n")
            return 2
        window.resize(width, height)
        window.show()
        app.processEvents()
        select = getattr(args, "select", None)
        if select:
            kind, _, item_id = select.partition(":")
            try:
                window.select_item(kind, item_id)
            except (KeyError, ValueError) as exc:
                sys.stderr.write(f"--select {select}: {exc}\n")
                return 2
        window.report.finish_highlighting()
        for _ in range(3):
            app.processEvents()
        ok = window.grab().save(screenshot)
        return 0 if ok else 1
    if smoke:
        window.show()
        app.processEvents()
        ok = window.current_case_id() is not None
        sys.stdout.write(f"smoke: opened {window.current_case_id()} ({'ok' if ok else 'FAILED'})\n")
        return 0 if ok else 1
    # Paint the window first, then fill it: the analyst sees the reader at once, and a big
    # case or a file to import arrives a moment later instead of delaying the first frame.
    window.show()
    QTimer.singleShot(0, window.raise_)
    QTimer.singleShot(0, load_case)
    return app.exec()
