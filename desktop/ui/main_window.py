"""The reader: report, timeline, claims, entities and details of one case, all linked.

Public methods other code (the CLI's screenshot mode, tests, benchmarks) may call:

- ``open_case(case_id)`` / ``current_case_id()``
- ``select_item(kind, item_id)``: select a ``"claim"``, ``"incident"`` or ``"entity"``
  everywhere (report scroll and outline, table row, timeline, details); ``kind=None`` clears
- ``set_type_visible(type, visible)``: show or hide the highlights of one entity type
- ``set_claim_filter(text)``: the claims table's incremental text filter
- ``rate_selected(key)``: what pressing A–F / 1–6 does (a rating of the selected item)
- ``set_analyst_name(name)``: the name ratings are recorded under (kept in QSettings)
- ``set_theme("system" | "light" | "dark")``
- ``undo_stack``: the QUndoStack every edit goes through

Every edit is an :class:`~desktop.ui.commands.EditCommand` built from a Qt-free function of
``desktop.casefile.edits`` and written at once with ``Library.apply`` (one transaction).
"""

from __future__ import annotations

import bisect
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.casefile import admiralty, edits
from desktop.casefile.model import ENTITY_TYPES, Case
from desktop.store.library import Library, LibraryError
from desktop.ui import theme
from desktop.ui.commands import EditCommand
from desktop.ui.details import DetailsPanel
from desktop.ui.models import ID_ROLE, KIND_ROLE, CasesModel, ClaimsModel, ClaimsProxy, EntityModel
from desktop.ui.report_view import ReportView
from desktop.ui.timeline import TimelineWidget
from desktop.ui.workers import JobWorker, imported_case_id

SETTINGS_ORG, SETTINGS_APP = "CasefileReader", "reader"
RAW_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
MAX_RECENT = 8
# Exports run in a child process: Qt printing and big JSON dumps hold the GIL for seconds.
SUBPROCESS_EXPORTS = ("pdf", "stix", "annotations")


def settings() -> QSettings:
    """UI state only (layout, recent files, theme, analyst name); case data lives in SQLite."""
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


class LegendBar(QWidget):
    """One checkbox per entity type, in its highlight colour, with its mention count."""

    type_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.boxes: dict[str, QCheckBox] = {}
        for t in ENTITY_TYPES:
            box = QCheckBox(theme.TYPE_LABELS[t])
            box.setObjectName(f"legend_{t}")
            box.setChecked(True)
            box.setToolTip(f"Show or hide the highlights of {theme.TYPE_LABELS[t].lower()} mentions ({t})")
            box.toggled.connect(lambda on, t=t: self.type_toggled.emit(t, on))
            self.boxes[t] = box
            layout.addWidget(box)
        layout.addStretch(1)
        self.recolour()

    def recolour(self) -> None:
        dark = theme.is_dark()
        for t, box in self.boxes.items():
            c = theme.entity_colour(t, dark).name()
            box.setStyleSheet(f"QCheckBox {{ background: {c}; border-radius: 3px; padding: 1px 6px; }}")

    def set_counts(self, counts: dict[str, int]) -> None:
        for t, box in self.boxes.items():
            box.setText(f"{theme.TYPE_LABELS[t]} {counts.get(t, 0)}")


class MainWindow(QMainWindow):
    """The reader window over one library."""

    case_opened = Signal(str)
    selection_changed = Signal(str, str)  # kind, id ("" when cleared)
    edit_applied = Signal()

    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library
        self._case: Case | None = None
        self._selection: tuple[str, str] | None = None
        self._entity_filter: str | None = None
        self._links_claims: dict[str, set[str]] = {}
        self._links_incidents: dict[str, set[str]] = {}
        self._evidence: list[tuple[str, int, int, str, str]] = []  # doc, start, end, kind, id
        self._workers: set[JobWorker] = set()
        self._theme = "system"
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("Casefile Reader")
        self.setAcceptDrops(True)
        self._default_size()
        self._build_widgets()
        self._build_docks()
        self._build_actions()
        self._connect_signals()
        self._name_for_screen_readers()
        self._restore_layout()

    # == construction ================================================================================
    def _build_widgets(self) -> None:
        self.report = ReportView(self)
        self.legend = LegendBar(self)
        self.find_bar = QWidget(self)
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(6, 2, 6, 2)
        self.find_edit = QLineEdit(self.find_bar)
        self.find_edit.setObjectName("find")
        self.find_edit.setPlaceholderText("Find in report (Enter: next, Shift+Enter: previous, Esc: close)")
        self.find_status = QLabel(self.find_bar)
        find_layout.addWidget(QLabel("Find:"))
        find_layout.addWidget(self.find_edit, 1)
        find_layout.addWidget(self.find_status)
        self.find_bar.hide()

        report_box = QWidget(self)
        rl = QVBoxLayout(report_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(2)
        rl.addWidget(self.legend)
        rl.addWidget(self.find_bar)
        rl.addWidget(self.report, 1)

        self.timeline = TimelineWidget(self)
        self.claims_model = ClaimsModel(self)
        self.claims_proxy = ClaimsProxy(self)
        self.claims_proxy.setSourceModel(self.claims_model)
        self.claims_view = QTableView(self)
        self.claims_view.setObjectName("claims")
        self.claims_view.setModel(self.claims_proxy)
        self.claims_view.setSortingEnabled(True)
        self.claims_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.claims_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims_view.setAlternatingRowColors(True)
        self.claims_view.setWordWrap(False)
        self.claims_view.verticalHeader().hide()
        self.claims_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.claims_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((130, 110, 70, 300, 110, 90, 40, 44, 26, 120)):
            self.claims_view.setColumnWidth(col, width)
        # Grades next to the source so they are on screen on a laptop; the model keeps the
        # documented column order (source, role, cue, claim, via, date, rel., cred., note).
        from desktop.ui.models import COL_CLAIM, COL_CRED, COL_DISAGREE, COL_REL, COL_SOURCE

        for visual, col in enumerate((COL_SOURCE, COL_REL, COL_CRED, COL_DISAGREE, COL_CLAIM), start=0):
            header.moveSection(header.visualIndex(col), visual)
        self.claim_filter = QLineEdit(self)
        self.claim_filter.setObjectName("claim_filter")
        self.claim_filter.setPlaceholderText("Filter claims (any words, any column)")
        self.claim_filter.setClearButtonEnabled(True)
        self.entity_filter_label = QLabel(self)
        self.entity_filter_clear = QToolButton(self)
        self.entity_filter_clear.setText("✕")
        self.entity_filter_clear.setToolTip("Show the claims and incidents of every entity (Esc)")
        self.entity_filter_label.hide()
        self.entity_filter_clear.hide()
        claims_box = QWidget(self)
        cl = QVBoxLayout(claims_box)
        cl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        title = QLabel("<b>Claims</b>")
        row.addWidget(title)
        row.addWidget(self.claim_filter, 1)
        row.addWidget(self.entity_filter_label)
        row.addWidget(self.entity_filter_clear)
        cl.addLayout(row)
        cl.addWidget(self.claims_view, 1)

        timeline_box = QWidget(self)
        tl = QVBoxLayout(timeline_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel("<b>Timeline</b> <small>(wheel or +/− to zoom, drag to pan, 0 to fit)</small>"))
        tl.addWidget(self.timeline, 1)

        self.right_split = QSplitter(Qt.Orientation.Vertical, self)
        self.right_split.setObjectName("right_split")
        self.right_split.addWidget(timeline_box)
        self.right_split.addWidget(claims_box)
        self.right_split.setStretchFactor(0, 2)
        self.right_split.setStretchFactor(1, 3)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.setObjectName("main_split")
        self.main_split.addWidget(report_box)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(0, 5)
        self.main_split.setStretchFactor(1, 6)
        self.main_split.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_split)

    def _build_docks(self) -> None:
        # Entities
        self.entity_model = EntityModel(self)
        self.entity_view = QTreeView(self)
        self.entity_view.setObjectName("entities")
        self.entity_view.setModel(self.entity_model)
        self.entity_view.setUniformRowHeights(True)
        self.entity_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.entity_view.setAlternatingRowColors(True)
        self._size_entity_columns()
        self.entity_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entity_dock = self._dock(
            "Entities", "entities_dock", self.entity_view, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        # Details
        self.details = DetailsPanel(self)
        self.details_dock = self._dock("Details", "details_dock", self.details, Qt.DockWidgetArea.BottomDockWidgetArea)
        # Library
        self.cases_model = CasesModel(self)
        self.library_widget = QWidget(self)
        ll = QVBoxLayout(self.library_widget)
        ll.setContentsMargins(4, 4, 4, 4)
        self.library_search = QLineEdit(self)
        self.library_search.setObjectName("library_search")
        self.library_search.setPlaceholderText("Search every case's reports and claims")
        self.library_search.setClearButtonEnabled(True)
        self.cases_view = QTableView(self)
        self.cases_view.setObjectName("cases")
        self.cases_view.setModel(self.cases_model)
        self.cases_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases_view.verticalHeader().hide()
        self.cases_view.horizontalHeader().setStretchLastSection(True)
        self.cases_view.setColumnWidth(0, 220)
        buttons = QHBoxLayout()
        self.open_case_button = QPushButton("Open")
        self.import_button = QPushButton("Import…")
        self.remove_button = QPushButton("Remove")
        for b in (self.open_case_button, self.import_button, self.remove_button):
            buttons.addWidget(b)
        ll.addWidget(self.library_search)
        ll.addWidget(self.cases_view, 1)
        ll.addLayout(buttons)
        self.library_dock = self._dock(
            "Library", "library_dock", self.library_widget, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.tabifyDockWidget(self.library_dock, self.entity_dock)
        self.entity_dock.raise_()
        # Pending corrections from a colleague
        self.pending_list = QListWidget(self)
        self.pending_list.setObjectName("pending")
        self.pending_list.setWordWrap(True)
        pending_box = QWidget(self)
        pl = QVBoxLayout(pending_box)
        pl.setContentsMargins(4, 4, 4, 4)
        pl.addWidget(QLabel("Corrections a colleague's copy offers. Accept applies one; reject keeps yours."))
        pl.addWidget(self.pending_list, 1)
        pb = QHBoxLayout()
        self.accept_button = QPushButton("Accept")
        self.reject_button = QPushButton("Reject")
        pb.addWidget(self.accept_button)
        pb.addWidget(self.reject_button)
        pl.addLayout(pb)
        self.pending_dock = self._dock(
            "Pending corrections", "pending_dock", pending_box, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        # Beside the details rather than tabbed with them: both matter while reviewing.
        self.splitDockWidget(self.details_dock, self.pending_dock, Qt.Orientation.Horizontal)
        self.pending_dock.hide()

    def _default_size(self) -> None:
        """1280x800, or less on a small screen, so the window never starts clipped."""
        width, height = 1280, 800
        screen = QApplication.primaryScreen()
        if screen is not None and QApplication.platformName() != "offscreen":
            avail = screen.availableGeometry()
            width = min(width, int(avail.width() * 0.96))
            height = min(height, int(avail.height() * 0.92))
        self.resize(width, height)

    def _size_entity_columns(self) -> None:
        # Set again after each model reset: clearing the model drops the header's sections.
        header = self.entity_view.header()
        header.setStretchLastSection(False)
        if header.count() >= 2:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                act.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(
            file_menu,
            "&Open or import…",
            self.open_file_dialog,
            QKeySequence.StandardKey.Open,
            "Open a .casefile or import a raw report (.md, .txt, .html)",
        )
        self._action(file_menu, "&Library", self.show_library, "Ctrl+L", "The cases in your library")
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.export_menu = file_menu.addMenu("&Export")
        from desktop.export import FORMATS

        for fmt, (label, _suffix) in FORMATS.items():
            act = QAction(label + "…", self)
            act.triggered.connect(lambda _=False, f=fmt: self.export_dialog(f))
            self.export_menu.addAction(act)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.addAction(undo)
        self.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find in report…", self.show_find, QKeySequence.StandardKey.Find)
        self._action(edit_menu, "Find &next", lambda: self.find_next(False), QKeySequence.StandardKey.FindNext)
        self._action(edit_menu, "Find &previous", lambda: self.find_next(True), QKeySequence.StandardKey.FindPrevious)
        edit_menu.addSeparator()
        self._action(
            edit_menu,
            "&Mark selection as entity…",
            self.mark_selection_dialog,
            "Ctrl+E",
            "Mark the selected report text as a mention of a new or existing entity",
        )
        self._action(edit_menu, "New &claim from selection", self.report.request_new_claim, "Ctrl+Shift+C")
        self._action(edit_menu, "New &incident from selection", self.report.request_new_incident, "Ctrl+Shift+I")
        edit_menu.addSeparator()
        self._action(edit_menu, "&Preferences…", self.preferences_dialog, QKeySequence.StandardKey.Preferences)

        view_menu = bar.addMenu("&View")
        theme_menu = view_menu.addMenu("&Theme")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in theme.THEMES:
            act = QAction(name.capitalize(), self, checkable=True)
            act.triggered.connect(lambda _=False, n=name: self.set_theme(n))
            group.addAction(act)
            theme_menu.addAction(act)
            self.theme_actions[name] = act
        types_menu = view_menu.addMenu("&Highlights")
        self.type_actions: dict[str, QAction] = {}
        for t in ENTITY_TYPES:
            act = QAction(theme.TYPE_LABELS[t], self, checkable=True)
            act.setChecked(True)
            act.toggled.connect(lambda on, t=t: self.set_type_visible(t, on))
            types_menu.addAction(act)
            self.type_actions[t] = act
        view_menu.addSeparator()
        self._action(
            view_menu,
            "Larger report text",
            lambda: self.set_report_font_size(self.report_font_size() + 1),
            QKeySequence.StandardKey.ZoomIn,
        )
        self._action(
            view_menu,
            "Smaller report text",
            lambda: self.set_report_font_size(self.report_font_size() - 1),
            QKeySequence.StandardKey.ZoomOut,
        )
        view_menu.addSeparator()
        self._action(view_menu, "Next claim or incident", lambda: self.step_item(1), ["J", "Alt+Down"])
        self._action(view_menu, "Previous claim or incident", lambda: self.step_item(-1), ["K", "Alt+Up"])
        self._action(view_menu, "Clear selection", self._on_escape, "Esc")
        view_menu.addSeparator()
        for dock in (self.entity_dock, self.library_dock, self.details_dock, self.pending_dock):
            view_menu.addAction(dock.toggleViewAction())
        self._action(view_menu, "Reset layout", self.reset_layout)

        case_menu = bar.addMenu("&Case")
        self._action(case_menu, "Pending corrections", lambda: (self.pending_dock.show(), self.pending_dock.raise_()))
        self._action(case_menu, "Remove from library…", self.remove_current_case)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "Keyboard shortcuts", self.show_shortcuts, "F1")

        # Rating keys: with a claim selected, B rates its source, 2 the claim itself.
        for key in "ABCDEF123456":
            sc = QShortcut(QKeySequence(key), self)
            sc.activated.connect(lambda k=key: self.rate_selected(k))
        self._update_recent_menu()

    def _name_for_screen_readers(self) -> None:
        for widget, name in (
            (self.report, "Report text"),
            (self.timeline, "Incident timeline"),
            (self.claims_view, "Claims table"),
            (self.entity_view, "Entities by type"),
            (self.details, "Details of the selected item"),
            (self.claim_filter, "Filter claims"),
            (self.find_edit, "Find in report"),
            (self.cases_view, "Cases in the library"),
            (self.library_search, "Search the library"),
            (self.pending_list, "Pending corrections"),
        ):
            widget.setAccessibleName(name)

    def _connect_signals(self) -> None:
        self.legend.type_toggled.connect(self.set_type_visible)
        self.report.position_clicked.connect(self._on_report_clicked)
        self.report.mark_entity_requested.connect(self._on_mark_entity)
        self.report.new_claim_requested.connect(self._on_new_claim)
        self.report.new_incident_requested.connect(self._on_new_incident)
        self.report.link_activated.connect(self.confirm_open_link)
        self.timeline.incident_clicked.connect(lambda i: self.select_item("incident", i))
        self.claims_view.selectionModel().currentRowChanged.connect(self._on_claim_row_changed)
        self.claims_view.clicked.connect(self._on_claim_clicked)
        self.claim_filter.textChanged.connect(self.set_claim_filter)
        self.entity_filter_clear.clicked.connect(self.clear_entity_filter)
        self.entity_view.selectionModel().currentChanged.connect(self._on_entity_current_changed)
        self.entity_view.customContextMenuRequested.connect(self._on_entity_menu)
        self.details.rating_requested.connect(self._on_rating_requested)
        self.details.claim_edit_requested.connect(self._on_claim_edit)
        self.details.incident_edit_requested.connect(self._on_incident_edit)
        self.details.unmerge_requested.connect(self._on_unmerge)
        self.details.invalid_input.connect(lambda message: self.show_error("Cannot read this value", message))
        self.find_edit.returnPressed.connect(
            lambda: self.find_next(bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier))
        )
        self.find_edit.textChanged.connect(self._on_find_text_changed)
        self.library_search.textChanged.connect(self._on_library_search)
        self.cases_view.doubleClicked.connect(self._on_case_activated)
        self.open_case_button.clicked.connect(lambda: self._on_case_activated(self.cases_view.currentIndex()))
        self.import_button.clicked.connect(self.open_file_dialog)
        self.remove_button.clicked.connect(self._on_remove_selected_case)
        self.accept_button.clicked.connect(lambda: self._resolve_pending(True))
        self.reject_button.clicked.connect(lambda: self._resolve_pending(False))

    # == layout state (QSettings) =======================================================================
    def _restore_layout(self) -> None:
        s = settings()
        try:
            size = float(s.value("view/report_font_size", 0) or 0)
        except (TypeError, ValueError):
            size = 0
        if size:
            self.report.set_font_size(min(max(size, 7.0), 32.0))
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        for split in (self.main_split, self.right_split):
            value = s.value(f"window/{split.objectName()}")
            if isinstance(value, QByteArray) and not value.isEmpty():
                split.restoreState(value)
            else:
                split.setSizes([600, 680] if split is self.main_split else [260, 380])
        if not s.contains("window/state"):
            self.resizeDocks([self.entity_dock], [230], Qt.Orientation.Horizontal)
            self.resizeDocks([self.details_dock], [220], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for split in (self.main_split, self.right_split):
            s.setValue(f"window/{split.objectName()}", split.saveState())

    def reset_layout(self) -> None:
        s = settings()
        for key in ("window/geometry", "window/state", "window/main_split", "window/right_split"):
            s.remove(key)
        self.main_split.setSizes([600, 680])
        self.right_split.setSizes([260, 380])
        for dock in (self.entity_dock, self.details_dock):
            dock.setFloating(False)
            dock.show()
        self.resizeDocks([self.entity_dock], [230], Qt.Orientation.Horizontal)
        self.resizeDocks([self.details_dock], [220], Qt.Orientation.Vertical)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.save_layout()
        for worker in list(self._workers):
            worker.cancel()
        super().closeEvent(event)

    # == the case ======================================================================================
    def open_case(self, case_id: str) -> None:
        """Load ``case_id`` from the library and show it everywhere (the one model reset)."""
        case = self._library.load_case(case_id)
        self._case = case
        self._selection = None
        self._entity_filter = None
        self.undo_stack.clear()
        self.setWindowTitle(f"{case.info.title} — Casefile Reader")
        self.report.set_case(case)
        self.claims_model.set_case(case)
        self.claims_proxy.set_ids(None)
        self.timeline.set_incidents(case.incidents, case.model_added())
        self.timeline.set_visible_ids(None)
        self._after_entities_changed()
        self._build_links()
        self.details.clear()
        self._show_entity_filter()
        self._refresh_pending()
        self._refresh_cases()
        self.case_opened.emit(case_id)

    def current_case_id(self) -> str | None:
        return self._case.info.id if self._case else None

    def current_case(self) -> Case | None:
        return self._case

    def selected_item(self) -> tuple[str, str] | None:
        return self._selection

    def _after_entities_changed(self) -> None:
        case = self._case
        expanded = self._expanded_groups()
        self.entity_model.set_case(case)
        self._size_entity_columns()
        for r in range(self.entity_model.rowCount()):
            idx = self.entity_model.index(r, 0)
            if not expanded or idx.data(KIND_ROLE) in expanded:
                self.entity_view.expand(idx)
        counts: dict[str, int] = {}
        if case:
            types = {e.id: e.type for e in case.entities}
            for m in case.mentions:
                t = types.get(m.entity)
                counts[t] = counts.get(t, 0) + 1
        self.legend.set_counts(counts)

    def _expanded_groups(self) -> set[str]:
        out = set()
        for r in range(self.entity_model.rowCount()):
            idx = self.entity_model.index(r, 0)
            if self.entity_view.isExpanded(idx):
                out.add(idx.data(KIND_ROLE))
        return out

    def _build_links(self) -> None:
        """Which claims and incidents involve each entity, and where each item's evidence is."""
        case = self._case
        self._links_claims, self._links_incidents, self._evidence = {}, {}, []
        if case is None:
            return
        by_doc: dict[str, list[tuple[int, int, str]]] = {}
        for m in case.mentions:
            by_doc.setdefault(m.document, []).append((m.start, m.end, m.entity))
        starts = {}
        for doc, ms in by_doc.items():
            ms.sort()
            starts[doc] = [s for s, _, _ in ms]

        def entities_in(span) -> set[str]:
            if span is None or span.document not in by_doc:
                return set()
            ms, st = by_doc[span.document], starts[span.document]
            lo, hi = bisect.bisect_left(st, span.start), bisect.bisect_left(st, span.end)
            return {e for s, en, e in ms[lo:hi] if en <= span.end}

        sources = case.by_id("sources")
        for c in case.claims:
            ents = entities_in(c.evidence)
            for sid in [c.source, *(h.source for h in c.via)]:
                src = sources.get(sid)
                if src and src.entity:
                    ents.add(src.entity)
            for e in ents:
                self._links_claims.setdefault(e, set()).add(c.id)
            if c.evidence:
                self._evidence.append((c.evidence.document, c.evidence.start, c.evidence.end, "claim", c.id))
        for inc in case.incidents:
            ents = entities_in(inc.evidence)
            ents |= {r.entity for r in [inc.location, *inc.perpetrators, *inc.targets] if r is not None and r.entity}
            for e in ents:
                self._links_incidents.setdefault(e, set()).add(inc.id)
            if inc.evidence:
                self._evidence.append((inc.evidence.document, inc.evidence.start, inc.evidence.end, "incident", inc.id))
        order = {d.id: i for i, d in enumerate(case.documents)}
        self._evidence.sort(key=lambda e: (order.get(e[0], 0), e[1], e[3] != "claim"))

    def claims_involving(self, entity_id: str) -> set[str]:
        return set(self._links_claims.get(entity_id, set()))

    def incidents_involving(self, entity_id: str) -> set[str]:
        return set(self._links_incidents.get(entity_id, set()))

    # == public controls ==================================================================================
    def set_type_visible(self, type_: str, visible: bool) -> None:
        """Show or hide the highlights of one entity type (legend, View menu and this agree)."""
        self.report.set_type_visible(type_, visible)
        for widget in (self.legend.boxes.get(type_), self.type_actions.get(type_)):
            if widget is not None and widget.isChecked() != visible:
                widget.blockSignals(True)
                widget.setChecked(visible)
                widget.blockSignals(False)

    def report_font_size(self) -> float:
        return self.report.document().defaultFont().pointSizeF()

    def set_report_font_size(self, size: float) -> None:
        """The report's text size in points (7-32), remembered between sessions."""
        size = min(max(size, 7.0), 32.0)
        self.report.set_font_size(size)
        settings().setValue("view/report_font_size", size)

    def set_claim_filter(self, text: str) -> None:
        """Filter the claims table to rows containing every word of ``text`` (any column)."""
        if self.claim_filter.text() != text:
            self.claim_filter.blockSignals(True)
            self.claim_filter.setText(text)
            self.claim_filter.blockSignals(False)
        self.claims_proxy.set_text(text)

    def select_item(self, kind: str | None, item_id: str | None = None, *, scroll: bool = True) -> None:
        """Select a claim, incident or entity everywhere; ``kind=None`` clears the selection."""
        case = self._case
        if case is None or kind is None or item_id is None:
            self._selection = None
            self.report.clear_focus_span()
            self.details.clear()
            self.selection_changed.emit("", "")
            return
        if kind == "entity":
            if item_id not in case.by_id("entities"):
                raise KeyError(f"no entity {item_id!r} in this case")
            self._selection = (kind, item_id)
            self._entity_filter = item_id
            self.report.set_selected_entity(item_id)
            self.report.clear_focus_span()
            self.claims_proxy.set_ids(self.claims_involving(item_id))
            self.timeline.set_visible_ids(self.incidents_involving(item_id))
            self._show_entity_filter()
            idx = self.entity_model.index_of(item_id)
            if idx.isValid() and self.entity_view.currentIndex() != idx:
                self.entity_view.selectionModel().blockSignals(True)
                self.entity_view.setCurrentIndex(idx)
                self.entity_view.selectionModel().blockSignals(False)
                self.entity_view.scrollTo(idx)
            if scroll:
                positions = self.report.mention_positions(item_id)
                if positions:
                    doc, cp = self.report.from_qt(positions[0])
                    self.report.show_span(doc, cp, cp, flash=False)
                    self.report.clear_focus_span()
            self.details.show_entity(
                case,
                item_id,
                claims=len(self.claims_involving(item_id)),
                incidents=len(self.incidents_involving(item_id)),
            )
        elif kind == "claim":
            claim = case.by_id("claims").get(item_id)
            if claim is None:
                raise KeyError(f"no claim {item_id!r} in this case")
            self._selection = (kind, item_id)
            if self._entity_filter and item_id not in self.claims_involving(self._entity_filter):
                self.clear_entity_filter()
            self._select_claim_row(item_id)
            if claim.evidence and scroll:
                self.report.show_span(claim.evidence.document, claim.evidence.start, claim.evidence.end)
            if self.timeline.selected() != claim.incident:
                self.timeline.set_selected(claim.incident)
            self.details.show_claim(case, item_id, self.analyst_name())
        elif kind == "incident":
            inc = case.by_id("incidents").get(item_id)
            if inc is None:
                raise KeyError(f"no incident {item_id!r} in this case")
            self._selection = (kind, item_id)
            if self._entity_filter and item_id not in self.incidents_involving(self._entity_filter):
                self.clear_entity_filter()
            self.timeline.set_selected(item_id)
            self.claims_view.selectionModel().blockSignals(True)
            self.claims_view.clearSelection()
            self.claims_view.selectionModel().blockSignals(False)
            if inc.evidence and scroll:
                self.report.show_span(inc.evidence.document, inc.evidence.start, inc.evidence.end)
            self.details.show_incident(case, item_id, self.analyst_name())
        else:
            raise ValueError(f"cannot select a {kind!r}")
        self.selection_changed.emit(kind, item_id)

    def _select_claim_row(self, claim_id: str) -> None:
        row = self.claims_model.row_of(claim_id)
        if row < 0:
            return
        proxy_index = self.claims_proxy.mapFromSource(self.claims_model.index(row, 0))
        if not proxy_index.isValid():
            return
        sm = self.claims_view.selectionModel()
        sm.blockSignals(True)
        # One call for current + row selection: each separate one repaints the view.
        sm.setCurrentIndex(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        sm.blockSignals(False)
        self.claims_view.scrollTo(proxy_index)

    def clear_entity_filter(self) -> None:
        self._entity_filter = None
        self.claims_proxy.set_ids(None)
        self.timeline.set_visible_ids(None)
        self.report.set_selected_entity(None)
        self._show_entity_filter()

    def _show_entity_filter(self) -> None:
        ent = self._case.by_id("entities").get(self._entity_filter) if self._case and self._entity_filter else None
        if ent is None:
            self.entity_filter_label.hide()
            self.entity_filter_clear.hide()
            return
        n = len(self.claims_involving(ent.id))
        self.entity_filter_label.setText(f"involving <b>{ent.name}</b> ({n})")
        self.entity_filter_label.show()
        self.entity_filter_clear.show()

    def _on_escape(self) -> None:
        if self.find_bar.isVisible() and self.find_edit.hasFocus():
            self.find_bar.hide()
            self.report.setFocus()
            return
        self.clear_entity_filter()
        self.select_item(None)

    # == linking slots ======================================================================================
    def _on_report_clicked(self, doc_id: str, offset: int) -> None:
        if self._case is None:
            return
        qt_pos = self.report.to_qt(doc_id, offset)
        mark = self.report._highlighter.mark_at(qt_pos)
        if mark is not None:
            self.select_item("entity", mark.entity, scroll=False)
            return
        best = None
        for doc, start, end, kind, item_id in self._evidence:
            if doc == doc_id and start <= offset < end and (best is None or end - start < best[1] - best[0]):
                best = (start, end, kind, item_id)
        if best is not None:
            self.select_item(best[2], best[3], scroll=False)
            span = (doc_id, best[0], best[1])
            self.report.show_span(*span, flash=False)
            # Keep the caret where the analyst clicked, not at the start of the sentence.
            cur = self.report.textCursor()
            cur.setPosition(qt_pos)
            self.report.setTextCursor(cur)

    def _on_claim_row_changed(self, current, _previous) -> None:
        if current.isValid():
            claim_id = self.claims_proxy.data(current, ID_ROLE)
            if self._selection != ("claim", claim_id):
                self.select_item("claim", claim_id)

    def _on_claim_clicked(self, index) -> None:
        claim_id = self.claims_proxy.data(index, ID_ROLE)
        if claim_id:
            self.select_item("claim", claim_id)

    def _on_entity_current_changed(self, current, _previous) -> None:
        entity_id = current.siblingAtColumn(0).data(ID_ROLE) if current.isValid() else None
        if entity_id:
            self.select_item("entity", entity_id)

    def step_item(self, direction: int) -> None:
        """Select the next (+1) or previous (-1) claim or incident in report order."""
        if not self._evidence:
            return
        keys = [(kind, item_id) for *_, kind, item_id in self._evidence]
        if self._selection in keys:
            i = (keys.index(self._selection) + direction) % len(keys)
        else:
            i = 0 if direction > 0 else len(keys) - 1
        self.select_item(*keys[i])

    # == find ==================================================================================================
    def show_find(self) -> None:
        self.find_bar.show()
        selected = self.report.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.find_edit.setText(selected)
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self, backward: bool = False) -> bool:
        text = self.find_edit.text()
        if not text:
            self.show_find()
            return False
        found = self.report.find_text(text, backward=backward)
        self.find_status.setText("" if found else "not found")
        if found:
            self.report.centerCursor()
        return found

    def _on_find_text_changed(self, text: str) -> None:
        # Incremental: search from the start of the current match so typing extends it.
        cur = self.report.textCursor()
        cur.setPosition(cur.selectionStart())
        self.report.setTextCursor(cur)
        if text:
            self.find_next(False)
        else:
            self.find_status.setText("")

    # == ratings ===================================================================================================
    def analyst_name(self) -> str:
        return str(settings().value("analyst/name", "") or "")

    def set_analyst_name(self, name: str) -> None:
        settings().setValue("analyst/name", name.strip())

    def _ensure_analyst(self) -> str:
        name = self.analyst_name()
        if name:
            return name
        name, ok = QInputDialog.getText(
            self, "Your name", "Ratings are recorded with the analyst's name.\nYour name or initials:"
        )
        if ok and name.strip():
            self.set_analyst_name(name)
            return name.strip()
        return ""

    def rate_selected(self, key: str) -> None:
        """A–F rate the selected claim's source; 1–6 rate the selected claim or incident."""
        if self._case is None or self._selection is None:
            return
        kind, item_id = self._selection
        if key.isalpha():
            if kind != "claim":
                self.statusBar().showMessage("Select a claim to rate its source's reliability", 4000)
                return
            claim = self._case.by_id("claims")[item_id]
            self._on_rating_requested(claim.source, "source", admiralty.RELIABILITY_SCALE, key, "")
        elif kind in ("claim", "incident"):
            self._on_rating_requested(item_id, kind, admiralty.CREDIBILITY_SCALE, key, "")

    def _on_rating_requested(self, target: str, kind: str, scale: str, grade: str, rationale: str) -> None:
        analyst = self._ensure_analyst()
        if not analyst:
            return
        g = admiralty.grade(scale, grade)
        self.run_edit(
            f"Rate {kind} {g.code} ({g.label})",
            lambda case: edits.add_assessment(case, target, kind, scale, grade, rationale, analyst),
        )
        self.statusBar().showMessage(f"Rated {kind}: {g.code} — {g.label}", 4000)

    # == edits ======================================================================================================
    def run_edit(self, text: str, make_change) -> bool:
        """Compute a change with ``make_change(case)``, write it, and push it on the undo stack."""
        if self._case is None:
            return False
        try:
            puts, deletes = make_change(self._case)
            undo = edits.inverse(self._case, puts, deletes)
            self.apply_change(puts, deletes)
        except (edits.EditError, LibraryError, KeyError) as exc:
            self.show_error("Cannot make this change", str(exc).strip("'\""))
            return False
        self.undo_stack.push(EditCommand(self, text, (puts, deletes), undo, applied=True))
        return True

    def apply_change(self, puts: edits.Puts, deletes: edits.Deletes) -> None:
        """Write a change to the library (one transaction) and bring the views up to date."""
        case = self._case
        if case is None:
            return
        self._library.apply(case.info.id, puts, deletes)
        edits.apply_to_case(case, puts, deletes)
        touched = {c for c, _ in [*puts, *deletes]}
        if touched & {"mentions", "entities"}:
            self.report.refresh_marks(case)
            self._after_entities_changed()
        if touched & {"claims", "sources", "incidents", "mentions", "entities"}:
            self._build_links()
        if touched & {"claims", "sources", "assessments", "notes"}:
            # Cells change in place; only an added or removed claim resets the model.
            self.claims_model.refresh_ratings()
        if "incidents" in touched or "notes" in touched:
            self.timeline.set_incidents(case.incidents, case.model_added())
        if self._entity_filter and self._entity_filter not in case.by_id("entities"):
            self.clear_entity_filter()
        elif self._entity_filter:
            self.claims_proxy.set_ids(self.claims_involving(self._entity_filter))
            self.timeline.set_visible_ids(self.incidents_involving(self._entity_filter))
        self._refresh_selection()
        self.edit_applied.emit()

    def _refresh_selection(self) -> None:
        if self._selection is None or self._case is None:
            return
        kind, item_id = self._selection
        coll = {"claim": "claims", "incident": "incidents", "entity": "entities"}[kind]
        if item_id not in self._case.by_id(coll):
            self.select_item(None)
            return
        if kind == "claim":
            self._select_claim_row(item_id)
            self.details.show_claim(self._case, item_id, self.analyst_name())
        elif kind == "incident":
            self.timeline.set_selected(item_id)
            self.details.show_incident(self._case, item_id, self.analyst_name())
        else:
            self.details.show_entity(
                self._case,
                item_id,
                claims=len(self.claims_involving(item_id)),
                incidents=len(self.incidents_involving(item_id)),
            )

    def _on_mark_entity(self, doc: str, start: int, end: int, type_: str) -> None:
        if self.run_edit(
            f"Mark “{self._quote(doc, start, end)}” as {type_}",
            lambda case: edits.mark_entity(case, doc, start, end, type_),
        ):
            created = [e for e in self._case.entities if e.origin == "analyst"]
            if created:
                self.select_item("entity", created[-1].id, scroll=False)

    def mark_selection_dialog(self) -> None:
        span = self.report.selection_span()
        if span is None:
            self.statusBar().showMessage("Select some report text first", 4000)
            return
        labels = [f"{theme.TYPE_LABELS[t]} ({t})" for t in ENTITY_TYPES]
        choice, ok = QInputDialog.getItem(self, "Mark as entity", f"“{self._quote(*span)}” is a:", labels, 0, False)
        if ok:
            self._on_mark_entity(*span, ENTITY_TYPES[labels.index(choice)])

    def _on_new_claim(self, doc: str, start: int, end: int) -> None:
        if self.run_edit("New claim", lambda case: edits.new_claim(case, doc, start, end)):
            self.select_item("claim", self._case.claims[-1].id)

    def _on_new_incident(self, doc: str, start: int, end: int) -> None:
        types = list(edits.INCIDENT_TYPES)
        choice, ok = QInputDialog.getItem(self, "New incident", "ACLED event type:", types, 0, False)
        if not ok:
            return
        if self.run_edit("New incident", lambda case: edits.new_incident(case, doc, start, end, type_=choice)):
            self.select_item("incident", self._case.incidents[-1].id)

    def _on_claim_edit(self, claim_id: str, values: dict) -> None:
        self.run_edit("Edit claim", lambda case: edits.edit_claim(case, claim_id, **values))

    def _on_incident_edit(self, incident_id: str, values: dict) -> None:
        self.run_edit("Edit incident", lambda case: edits.edit_incident(case, incident_id, **values))

    def _on_unmerge(self, entity_id: str, index: int) -> None:
        self.run_edit("Undo merge", lambda case: edits.unmerge_entity(case, entity_id, index))

    def _quote(self, doc: str, start: int, end: int) -> str:
        text = self._case.document(doc).text[start:end] if self._case else ""
        return text if len(text) <= 40 else text[:39] + "…"

    def _on_entity_menu(self, pos) -> None:
        idx = self.entity_view.indexAt(pos)
        entity_id = idx.siblingAtColumn(0).data(ID_ROLE) if idx.isValid() else None
        if not entity_id or self._case is None:
            return
        ent = self._case.by_id("entities")[entity_id]
        menu = QMenu(self)
        menu.addAction("Rename…", lambda: self.rename_entity_dialog(entity_id))
        retype = menu.addMenu("Change type")
        for t in ENTITY_TYPES:
            act = retype.addAction(
                theme.TYPE_LABELS[t],
                lambda t=t: self.run_edit(
                    f"Retype {ent.name} as {t}", lambda case: edits.retype_entity(case, entity_id, t)
                ),
            )
            act.setEnabled(t != ent.type)
        menu.addAction("Merge into another entity…", lambda: self.merge_entity_dialog(entity_id))
        for i, record in enumerate(ent.merged_from):
            menu.addAction(
                f"Undo merge of {record.merged.get('name', '?')} ({record.reason})",
                lambda i=i: self._on_unmerge(entity_id, i),
            )
        menu.addSeparator()
        menu.addAction("Delete…", lambda: self.delete_entity_dialog(entity_id))
        menu.exec(self.entity_view.viewport().mapToGlobal(pos))

    def rename_entity_dialog(self, entity_id: str) -> None:
        ent = self._case.by_id("entities")[entity_id]
        name, ok = QInputDialog.getText(self, "Rename entity", "Name (the old one is kept as an alias):", text=ent.name)
        if ok and name.strip() and name.strip() != ent.name:
            self.run_edit(f"Rename {ent.name}", lambda case: edits.rename_entity(case, entity_id, name))

    def merge_entity_dialog(self, entity_id: str) -> None:
        case = self._case
        ent = case.by_id("entities")[entity_id]
        others = [e for e in case.entities if e.id != entity_id and e.type == ent.type] or [
            e for e in case.entities if e.id != entity_id
        ]
        if not others:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(f"Merge {ent.name}")
        form = QFormLayout(dialog)
        target = QListWidget(dialog)
        for e in others:
            item = QListWidgetItem(f"{e.name} ({e.type})")
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            target.addItem(item)
        target.setCurrentRow(0)
        reason = QLineEdit(dialog)
        reason.setPlaceholderText("Why they are the same (kept with the merge)")
        reason.setText("same entity (analyst)")
        form.addRow(f"Merge “{ent.name}” into:", target)
        form.addRow("Reason:", reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or target.currentItem() is None:
            return
        keep = target.currentItem().data(Qt.ItemDataRole.UserRole)
        text = reason.text()
        if self.run_edit(f"Merge {ent.name}", lambda c: edits.merge_entities(c, keep, entity_id, text)):
            self.select_item("entity", keep)

    def delete_entity_dialog(self, entity_id: str) -> None:
        ent = self._case.by_id("entities")[entity_id]
        n = sum(1 for m in self._case.mentions if m.entity == entity_id)
        answer = QMessageBox.question(
            self, "Delete entity", f"Delete “{ent.name}” and its {n} mention(s)? (Edit > Undo brings it back.)"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_edit(f"Delete {ent.name}", lambda case: edits.delete_entity(case, entity_id))

    # == pending corrections =================================================================================
    def _refresh_pending(self) -> None:
        self.pending_list.clear()
        if self._case is None:
            return
        try:
            changes = self._library.pending_changes(self._case.info.id)
        except LibraryError:
            changes = []
        for change in changes:
            text = (
                change.describe()
                if hasattr(change, "describe")
                else f"{change.kind} {change.collection} {change.item_id}"
            )
            item = QListWidgetItem(f"{text}\n  from {change.origin}")
            item.setData(Qt.ItemDataRole.UserRole, change.id)
            self.pending_list.addItem(item)
        self.pending_dock.setWindowTitle(f"Pending corrections ({len(changes)})")
        if changes:
            self.pending_dock.show()

    def _resolve_pending(self, accept: bool) -> None:
        item = self.pending_list.currentItem()
        if item is None or self._case is None:
            return
        change_id = item.data(Qt.ItemDataRole.UserRole)
        case_id = self._case.info.id
        try:
            if accept:
                self._library.accept_change(case_id, change_id)
            else:
                self._library.reject_change(case_id, change_id)
        except LibraryError as exc:
            self.show_error("Cannot accept this correction", str(exc))
            return
        selection = self._selection
        self.open_case(case_id)
        if selection:
            try:
                self.select_item(*selection)
            except KeyError:
                pass

    # == library ===================================================================================================
    def show_library(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.library_search.setFocus()
        self._refresh_cases()

    def _refresh_cases(self) -> None:
        if self.library_search.text().strip():
            self._on_library_search(self.library_search.text())
        else:
            self.cases_model.set_rows(self._library.list_cases())

    def _on_library_search(self, text: str) -> None:
        if not text.strip():
            self.cases_model.set_rows(self._library.list_cases())
            return
        try:
            self.cases_model.set_rows(self._library.search(text), hits=True)
        except LibraryError as exc:
            self.statusBar().showMessage(str(exc), 5000)

    def _on_case_activated(self, index) -> None:
        if not index.isValid():
            return
        case_id = self.cases_model.data(index, ID_ROLE)
        row = self.cases_model.row(index.row())
        if case_id:
            self.open_case(case_id)
            if self.cases_model.showing_hits and row.get("kind") == "claim":
                self.select_item("claim", row["item_id"])

    def _on_remove_selected_case(self) -> None:
        index = self.cases_view.currentIndex()
        case_id = self.cases_model.data(index, ID_ROLE) if index.isValid() else None
        if case_id:
            self.remove_case(case_id)

    def remove_current_case(self) -> None:
        if self._case:
            self.remove_case(self._case.info.id)

    def remove_case(self, case_id: str, *, confirm: bool = True) -> None:
        if (
            confirm
            and QMessageBox.question(
                self,
                "Remove case",
                "Remove this case and your ratings of it from the library? Export it first if you want to keep them.",
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._library.remove_case(case_id)
        if self.current_case_id() == case_id:
            self._case = None
            self.report.set_case(None)
            self.claims_model.set_case(None)
            self.timeline.set_incidents([])
            self.entity_model.set_case(None)
            self.details.clear()
            self.undo_stack.clear()
            self.setWindowTitle("Casefile Reader")
        self._refresh_cases()

    def open_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Open or import",
            str(Path.home()),
            "Case files and reports (*.casefile *.md *.markdown *.txt *.html *.htm);;All files (*)",
        )
        if path:
            self.ask_and_import(path)

    def ask_and_import(self, path: str) -> JobWorker | None:
        """Import a file the analyst chose: a raw report after asking its title, its date and whether to keep
        every incident (ImportDialog, filled with what the text gives); a .casefile as it is."""
        if path.lower().endswith(".casefile"):
            return self.import_path(path)
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.import_path(path, dialog.options().arguments())

    def import_path(self, path: str, options: list[str] | None = None) -> JobWorker:
        """Import a .casefile or a raw report in a child process, with progress and Cancel; ``options`` are
        ``casefile import``'s (``--report-date``, ``--title``, ``--every-incident``)."""
        args = ["--library", str(self._library.path), "import", path, *(options or [])]
        return self._start_job(f"Importing {Path(path).name}", args, lambda out: self._on_imported(path, out))

    def _on_imported(self, path: str, output: str) -> None:
        case_id = imported_case_id(output)
        self._add_recent(path)
        self._refresh_cases()
        if case_id:
            self.open_case(case_id)
            for line in output.splitlines():
                if line.startswith("merge:"):
                    self.statusBar().showMessage(line, 8000)

    def _start_job(self, title: str, args: list[str], on_done, *, make_job=None) -> JobWorker:
        from desktop.jobs import subprocess_job

        worker = JobWorker(make_job or (lambda: subprocess_job(args)))
        dialog = QProgressDialog(title + "…", "Cancel", 0, 0, self)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            dialog.setLabelText(f"{title}: {message}")

        def finish() -> None:
            dialog.close()
            self._workers.discard(worker)

        def done(result) -> None:
            finish()
            try:
                on_done(result)
            except (LibraryError, OSError) as exc:
                self.show_error(title, str(exc))

        def failed(message: str) -> None:
            finish()
            self.show_error(f"{title} failed", message)

        def cancelled() -> None:
            finish()
            self.statusBar().showMessage(f"{title}: cancelled", 4000)

        worker.signals.progress.connect(progress)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(failed)
        worker.signals.cancelled.connect(cancelled)
        dialog.canceled.connect(worker.cancel)
        self._workers.add(worker)
        self._progress_dialog = dialog
        QThreadPool.globalInstance().start(worker)
        return worker

    def export_dialog(self, fmt: str) -> None:
        from desktop.export import FORMATS

        if self._case is None:
            return
        label, suffix = FORMATS[fmt]
        default = str(Path.home() / f"{self._case.info.id}{suffix}")
        path, _ = QFileDialog.getSaveFileName(
            self, f"Export {label}", default, f"{label} (*{suffix or ''});;All files (*)"
        )
        if path:
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str) -> JobWorker:
        """Export the open case in the background (child process for PDF, STIX, annotations)."""
        from desktop.export import EXPORT_JOBS

        case = self._case
        assert case is not None
        title = f"Exporting {Path(path).name}"
        done = lambda _r: self.statusBar().showMessage(f"Wrote {path}", 6000)  # noqa: E731
        if fmt in SUBPROCESS_EXPORTS:
            args = ["--library", str(self._library.path), "export", case.info.id, "--format", fmt, "-o", path]
            return self._start_job(title, args, done)
        # A snapshot of the lists: edits replace items rather than change them, so the export
        # sees the case as it was when it started even if the analyst keeps working.
        snapshot = Case(
            info=case.info,
            **{
                name: list(getattr(case, name))
                for name in (
                    "documents",
                    "entities",
                    "mentions",
                    "incidents",
                    "sources",
                    "claims",
                    "assessments",
                    "notes",
                )
            },
        )
        return self._start_job(title, [], done, make_job=lambda: EXPORT_JOBS[fmt](snapshot, path))

    # == recent files, drag and drop ========================================================================
    def _add_recent(self, path: str) -> None:
        s = settings()
        recent = [p for p in (s.value("recent/files") or []) if p != path]
        if isinstance(recent, str):
            recent = [recent]
        s.setValue("recent/files", [path, *recent][:MAX_RECENT])
        self._update_recent_menu()

    def recent_files(self) -> list[str]:
        value = settings().value("recent/files") or []
        return [value] if isinstance(value, str) else list(value)

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for path in files:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self.ask_and_import(p))
        self.recent_menu.setEnabled(bool(files))

    @staticmethod
    def _droppable(urls) -> list[str]:
        out = []
        for url in urls:
            if url.isLocalFile():
                p = url.toLocalFile()
                if p.lower().endswith((".casefile", *RAW_SUFFIXES)):
                    out.append(p)
        return out

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls() and self._droppable(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        paths = self._droppable(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            for p in paths:
                self.ask_and_import(p)

    # == theme, links, messages =================================================================================
    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        theme.apply_theme(app, name)
        self._theme = name
        settings().setValue("view/theme", name)
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)
        self.legend.recolour()
        self.report.set_dark(theme.is_dark())
        self.timeline.update()
        if self._selection:
            self._refresh_selection()

    def confirm_open_link(self, url: str) -> bool:
        """A link from the report opens only after the analyst says yes, and only http(s)/mailto."""
        qurl = QUrl(url)
        if qurl.scheme().lower() not in ("http", "https", "mailto"):
            self.show_error(
                "Link not opened", f"Links of the kind “{qurl.scheme() or url}:” are never opened from a report."
            )
            return False
        answer = QMessageBox.question(
            self,
            "Open link",
            f"Open this link in your browser?\n\n{url}\n\nThe report is untrusted: the site will see your address.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            return bool(QDesktopServices.openUrl(qurl))
        return False

    def show_error(self, title: str, message: str) -> None:
        """An error for the analyst: the message, never a traceback."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_dialog")
        if QApplication.platformName() == "offscreen":
            # Headless (tests, screenshots): nobody can click OK, so do not block.
            self.statusBar().showMessage(f"{title}: {message}", 8000)
            self.last_error = message
            return
        box.exec()

    def preferences_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self, "Preferences", "Your name (recorded with your ratings):", text=self.analyst_name()
        )
        if ok:
            self.set_analyst_name(name)
            self._refresh_selection()

    def show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            "Keyboard shortcuts",
            (
                "J / Alt+Down, K / Alt+Up: next / previous claim or incident\n"
                "A–F: rate the selected claim's source;  1–6: rate the selected claim or incident\n"
                "Ctrl+F, F3, Shift+F3: find in report\n"
                "Ctrl+E: mark selection as entity;  Ctrl+Shift+C / Ctrl+Shift+I: new claim / incident\n"
                "Ctrl+Z / Ctrl+Shift+Z: undo / redo;  Esc: clear selection and filters\n"
                "Timeline: wheel or + / − zoom, drag to pan, 0 fits\n"
                "Ctrl+click a link in the report: open it (after confirmation)"
            ),
        )


def restore_theme(explicit: str | None) -> str:
    """The theme to start with: ``--theme`` if given, else the last one chosen, else the system's."""
    if explicit:
        return explicit
    value = settings().value("view/theme", "system")
    return value if value in theme.THEMES else "system"
