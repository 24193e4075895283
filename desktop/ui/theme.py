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


# Colours of each palette role, by theme, and of disabled text (None: Qt's default).
ROLES = ("Window", "WindowText", "Base", "AlternateBase", "ToolTipBase", "ToolTipText", "Text", "Button",
         "ButtonText", "BrightText", "Link", "Highlight", "HighlightedText", "PlaceholderText", "Mid", "Dark", "Light")
PALETTES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "dark": (("#202327", "#e6e6e6", "#17191c", "#22262a", "#2b2f34", "#f0f0f0", "#e8e8e8", "#2b2f34", "#e6e6e6",
              "#ff6b6b", "#7ab8ff", "#3d6fa8", "#ffffff", "#8a8f96", "#3a3f45", "#111315", "#3a3f45"), "#7a7f86"),
    "light": (("#f3f3f3", "#1b1b1b", "#ffffff", "#f4f6f8", "#ffffe8", "#1b1b1b", "#1b1b1b", "#ececec", "#1b1b1b",
               "#c00000", "#0b5cad", "#3874c8", "#ffffff", "#7a7a7a", "#c8c8c8", "#a0a0a0", "#ffffff"), None),
}


def _palette(theme: str) -> QPalette:
    colours, disabled = PALETTES[theme]
    pal = QPalette()
    for name, colour in zip(ROLES, colours, strict=True):
        pal.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    if disabled:
        for name in ("WindowText", "Text", "ButtonText"):
            pal.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, name), QColor(disabled))
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
    app.setPalette(_palette(theme))
