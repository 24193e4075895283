"""Regression guard for a crash of PySide6 6.12.0 on CPython 3.11.

That combination aborts with "Fatal Python error: none_dealloc" after about a thousand
QTextCursor.setPosition calls; we pin 6.11.3 on 3.11. The loop runs in a child process
so a crash fails this test instead of killing the whole run.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
app = QGuiApplication([])
doc = QTextDocument("word " * 2000)
cursor = QTextCursor(doc)
for i in range(5000):
    cursor.setPosition(i % 9000)
    cursor.setPosition((i % 9000) + 4, QTextCursor.MoveMode.KeepAnchor)
print("survived", cursor.selectionEnd())
"""


def test_many_set_position_calls_do_not_crash():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert "none_dealloc" not in out.stderr
    assert out.returncode == 0, out.stderr[-2000:]
    assert "survived" in out.stdout


def test_pinned_pyside_matches_the_python():
    import PySide6

    if sys.version_info < (3, 12):
        assert PySide6.__version__ == "6.11.3", "6.12.0 crashes on CPython 3.11: keep the pin"
