"""Nothing touches the network: open, render, extract and export a hostile case under a socket guard.

Two nets catch a connection:
- Python's socket module is patched (connect, connect_ex, create_connection, getaddrinfo,
  gethostbyname) to record and refuse, which catches any Python code;
- every URL in the hostile report points at a canary listener on 127.0.0.1, which sees
  a connection from native code too (Qt's own network stack would bypass the patch).
"""

from __future__ import annotations

import socket
import threading

import pytest

from .hostile_report import hostile_case, hostile_markdown


class Canary:
    """A local TCP listener that records every connection made to it."""

    def __init__(self) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.1)
        self.port = self.server.getsockname()[1]
        self.hits = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except (TimeoutError, OSError):
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.server.close()


@pytest.fixture
def canary():
    c = Canary()
    yield c
    c.close()


@pytest.fixture
def socket_guard(monkeypatch, canary):
    """Record and refuse every outgoing connection or name look-up made from Python."""
    attempts: list[str] = []

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network access blocked by the test: {what}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    monkeypatch.setattr(socket, "gethostbyname_ex", refuse("gethostbyname_ex"))
    return attempts


def test_the_guard_really_catches_a_connection(socket_guard, canary):
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://{canary.host}/x", timeout=1)
    assert socket_guard  # recorded
    assert canary.hits == 0


def _exporters():
    try:
        from desktop.export import EXPORTERS
    except ImportError:
        return ["casefile"]
    return sorted(EXPORTERS)


def test_open_render_and_export_a_hostile_case_make_no_connection(qtbot, tmp_path, socket_guard, canary):
    from desktop.casefile.bundle import read_bundle, write_bundle
    from desktop.cli import main
    from desktop.export import EXPORTERS
    from desktop.store.library import Library
    from desktop.ui.main_window import MainWindow

    case = hostile_case(canary.host)
    path = tmp_path / "hostile.casefile"
    write_bundle(case, path)
    opened = read_bundle(path)  # open
    library = tmp_path / "library.sqlite"
    assert main(["--library", str(library), "import", str(path)]) == 0
    lib = Library(library)
    window = MainWindow(lib)  # render, offscreen
    qtbot.addWidget(window)
    window.open_case(opened.info.id)
    window.resize(1200, 800)
    window.show()
    qtbot.wait(100)
    window.grab()
    exported = []
    for fmt in sorted(EXPORTERS):  # every export format there is
        out = tmp_path / f"export-{fmt}"
        EXPORTERS[fmt](lib.load_case(opened.info.id), out)
        exported.append(fmt)
    qtbot.wait(200)  # give a stray native connection time to reach the canary
    lib.close()
    assert socket_guard == [], f"network attempts: {socket_guard}"
    assert canary.hits == 0, "something connected to the canary URL in the report"
    assert "casefile" in exported


@pytest.mark.parametrize("fmt", _exporters())
def test_each_export_format_makes_no_connection(fmt, tmp_path, socket_guard, canary):
    from desktop.export import EXPORTERS

    EXPORTERS[fmt](hostile_case(canary.host), tmp_path / f"out.{fmt}")
    assert socket_guard == [] and canary.hits == 0


def test_extracting_a_hostile_raw_report_makes_no_connection(tmp_path, socket_guard, canary):
    pipeline = pytest.importorskip("desktop.extract.pipeline")
    from desktop import jobs

    for name, raw in [
        ("report.md", hostile_markdown(canary.host)),
        ("report.html", f"<html><body>{hostile_markdown(canary.host)}</body></html>"),
        ("report.txt", hostile_markdown(canary.host)),
    ]:
        case = jobs.run(pipeline.extract(raw.encode(), filename=name))
        assert case.documents
    assert socket_guard == [] and canary.hits == 0
