"""Every item model of the reader passes QAbstractItemModelTester, through loads, filters and edits."""
# ruff: noqa: F811  (the window fixture is imported from test_ui_linking and used as a parameter)

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QAbstractItemModelTester  # noqa: E402

from .test_edits import build_case  # noqa: E402
from .test_ui_linking import window  # noqa: E402, F401  (fixture)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_claims_model_and_proxy(qtbot):
    from desktop.casefile import edits
    from desktop.ui.models import COL_DATE, COL_SOURCE, ClaimsModel, ClaimsProxy

    model = ClaimsModel()
    proxy = ClaimsProxy()
    proxy.setSourceModel(model)
    testers = [QAbstractItemModelTester(model, FATAL), QAbstractItemModelTester(proxy, FATAL)]
    case = build_case()
    model.set_case(case)
    assert model.rowCount() == 3 and model.columnCount() == 10
    proxy.sort(COL_SOURCE, Qt.SortOrder.DescendingOrder)
    proxy.sort(COL_DATE)
    proxy.set_text("army")
    assert proxy.rowCount() == 1
    proxy.set_ids({"c1", "c2"})
    assert proxy.rowCount() == 0
    proxy.set_text("")
    assert proxy.rowCount() == 2
    edits.apply_to_case(case, *edits.add_assessment(case, "c1", "claim", "admiralty-credibility", "2", "", "A"))
    model.refresh_ratings()
    model.set_case(None)
    assert proxy.rowCount() == 0
    assert testers


def test_entity_and_cases_models(qtbot, fresh_library):
    from desktop.ui.models import CasesModel, EntityModel

    entities = EntityModel()
    cases = CasesModel()
    testers = [QAbstractItemModelTester(entities, FATAL), QAbstractItemModelTester(cases, FATAL)]
    case = build_case()
    entities.set_case(case)
    groups = [entities.item(r, 0).text() for r in range(entities.rowCount())]
    assert groups == ["Person (1)", "Organisation (3)", "Place (1)"]
    assert entities.index_of("e3").isValid()
    entities.set_case(None)
    fresh_library.import_case(case)
    cases.set_rows(fresh_library.list_cases())
    assert cases.rowCount() == 1 and cases.index(0, 0).data() == "Market attack"
    cases.set_rows(fresh_library.search("Riverton"))
    assert cases.rowCount() >= 1
    assert testers


def test_the_windows_own_models_under_the_tester(window):  # noqa: F811
    testers = [
        QAbstractItemModelTester(m, FATAL)
        for m in (
            window.claims_model,
            window.claims_proxy,
            window.entity_model,
            window.cases_model,
            window.pending_list.model(),
        )
    ]
    window.select_item("entity", "e3")
    window.set_claim_filter("northern")
    window.rate_selected("3")
    window.open_case("case-edits")
    window.library_search.setText("market")
    window.library_search.setText("")
    assert testers


def test_a_merged_entity_is_marked_with_a_sign_the_app_font_draws(qtbot):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from desktop.casefile import edits
    from desktop.ui.models import CLAIM_HEADERS, ID_ROLE, MERGED_MARK, EntityModel

    case = build_case()
    edits.apply_to_case(case, *edits.merge_entities(case, "e1", "e2", "acronym of the same group"))
    model = EntityModel()
    model.set_case(case)
    names = {model.item(g).child(r).data(ID_ROLE): model.item(g).child(r).text()
             for g in range(model.rowCount()) for r in range(model.item(g).rowCount())}
    assert names["e1"] == f"Northern Front {MERGED_MARK}"
    # every sign the reader's code writes, not only this one, is one its font has
    from .conftest import ROOT

    signs = {c for path in (ROOT / "desktop" / "ui").glob("*.py") for c in path.read_text(encoding="utf-8") if ord(c) > 127}
    metrics = QFontMetrics(QApplication.font())
    assert MERGED_MARK in signs and set(CLAIM_HEADERS[8]) <= signs
    missing = sorted(c for c in signs if not metrics.inFontUcs4(ord(c)))
    assert not missing, f"{missing} are drawn as empty boxes in {QApplication.font().family()}"
