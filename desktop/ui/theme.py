"""Light and dark palettes, and the highlight colour of each entity type in each.

Colours were chosen for contrast with the text colour of their palette (backgrounds light
enough under black text in light mode, dark enough under light text in dark mode) and to
be told apart by hue *and* lightness, so they survive a common colour-vision deficiency.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

# type -> (light background, dark background)
ENTITY_COLOURS: dict[str, tuple[str, str]] = {
    "PERSON": ("#ffe08a", "#7a5a00"),
    "ORG": ("#bfe3ff", "#1d4f78"),
    "LOC": ("#c8f0c0", "#2d6130"),
    "DATE": ("#dcdcdc", "#4a4a4a"),
    "NORP": ("#ffc2d4", "#7d2a43"),
}
TYPE_LABELS = {"PERSON": "Person", "ORG": "Organisation", "LOC": "Place", "DATE": "Date", "NORP": "Group"}


def is_dark(app: QApplication | None = None) -> bool:
    """Whether the application's current palette is a dark one (window darker than its text)."""
    app = app or QApplication.instance()
    pal = app.palette() if app else QPalette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(QPalette.ColorRole.WindowText).lightness()


def entity_colour(type_: str, dark: bool) -> QColor:
    light, deep = ENTITY_COLOURS.get(type_, ("#e0e0e0", "#505050"))
    return QColor(deep if dark else light)


def _dark_palette() -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#202327",
        role.WindowText: "#e6e6e6",
        role.Base: "#17191c",
        role.AlternateBase: "#22262a",
        role.ToolTipBase: "#2b2f34",
        role.ToolTipText: "#f0f0f0",
        role.Text: "#e8e8e8",
        role.Button: "#2b2f34",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#7ab8ff",
        role.Highlight: "#3d6fa8",
        role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#8a8f96",
        role.Mid: "#3a3f45",
        role.Dark: "#111315",
        role.Light: "#3a3f45",
    }
    for r, c in colours.items():
        pal.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7f86"))
    return pal


def _light_palette() -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#f3f3f3",
        role.WindowText: "#1b1b1b",
        role.Base: "#ffffff",
        role.AlternateBase: "#f4f6f8",
        role.ToolTipBase: "#ffffe8",
        role.ToolTipText: "#1b1b1b",
        role.Text: "#1b1b1b",
        role.Button: "#ececec",
        role.ButtonText: "#1b1b1b",
        role.BrightText: "#c00000",
        role.Link: "#0b5cad",
        role.Highlight: "#3874c8",
        role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#7a7a7a",
        role.Mid: "#c8c8c8",
        role.Dark: "#a0a0a0",
        role.Light: "#ffffff",
    }
    for r, c in colours.items():
        pal.setColor(r, QColor(c))
    return pal


def apply_theme(app: QApplication, theme: str) -> None:
    """Use ``theme`` (system, light or dark) for the whole application.

    "system" follows the desktop's colour scheme when Qt can read it, and the light palette
    otherwise. The Fusion style is used for light and dark because native styles ignore
    parts of a custom palette.
    """
    if theme not in THEMES:
        theme = "system"
    if theme == "system":
        scheme = QGuiApplication.styleHints().colorScheme()
        theme = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if theme == "dark" else _light_palette())
