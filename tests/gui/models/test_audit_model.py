"""The audit table model without widgets: texts, Dutch labels, red refusals, sorting."""

import re

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from plusdesk.core.audit import AuditEvent
from plusdesk.gui.models.audit_model import ATTENTION_COLOUR, SORT_ROLE, AuditTableModel


def event(id_: int, at: str, **fields: str) -> AuditEvent:
    values = {
        "username": "demo",
        "role": "praktijkmanager",
        "workstation": "balie-1",
        "action": "view",
        "object_type": "conversation",
        "object_id": "",
        "patient_ref": "",
        "result": "ok",
        "detail": "",
    }
    values.update(fields)
    return AuditEvent(id=id_, at=at, **values)


EVENTS = [
    event(12, "2025-06-02T08:15:30+00:00", object_id="10", patient_ref="H-1001"),
    event(
        11,
        "2025-06-02T08:15:30+00:00",
        username="poh",
        role="poh",
        action="update",
        object_type="auditlog",
        result="denied",
        detail="niet toegestaan: het auditlog inzien",
    ),
    event(3, "2025-05-30T14:00:00+00:00", username="lezer", role="alleen-lezen", object_id="9"),
    event(1, "2025-05-01T07:00:00+00:00", action="login_failed", role="", result="failed"),
]


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = AuditTableModel(EVENTS)
    qtmodeltester.check(model)
    model.set_events(EVENTS[:1])
    qtmodeltester.check(model)
    model.set_events([])
    qtmodeltester.check(model)


def test_columns_and_rows_read_as_a_user_reads_them() -> None:
    model = AuditTableModel(EVENTS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Datum en tijd",
        "Gebruiker",
        "Rol",
        "Werkplek",
        "Actie",
        "Soort",
        "Kenmerk",
        "Patiënt",
        "Resultaat",
        "Toelichting",
    ]
    assert re.fullmatch(r"\d\d-\d\d-2025 \d\d:\d\d:30", cell(model, 0, 0))
    row = [cell(model, 1, c) for c in range(1, 10)]
    assert row == [
        "poh",
        "POH",
        "balie-1",
        "Wijzigen",
        "auditlog",
        "",
        "",
        "geweigerd",
        "niet toegestaan: het auditlog inzien",
    ]
    assert cell(model, 2, AuditTableModel.ROLE) == "Alleen lezen"
    assert cell(model, 3, AuditTableModel.ACTION) == "Inloggen mislukt"
    assert cell(model, 3, AuditTableModel.RESULT) == "mislukt"


def test_refused_and_failed_rows_are_red_the_rest_plain() -> None:
    model = AuditTableModel(EVENTS)
    for row, marked in enumerate([False, True, False, True]):
        brush = cell(model, row, AuditTableModel.USER, Qt.ItemDataRole.ForegroundRole)
        if marked:
            assert isinstance(brush, QBrush) and brush.color() == ATTENTION_COLOUR
            font = cell(model, row, AuditTableModel.RESULT, Qt.ItemDataRole.FontRole)
            assert font.bold()
        else:
            assert brush is None


def test_the_explanation_shows_on_hover_in_every_column() -> None:
    model = AuditTableModel(EVENTS)
    tip = cell(model, 1, AuditTableModel.AT, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Deze poging is geweigerd. niet toegestaan: het auditlog inzien"
    assert cell(model, 2, AuditTableModel.AT, Qt.ItemDataRole.ToolTipRole) is None


def test_sort_role_orders_by_time_of_writing_and_numbers_numerically() -> None:
    model = AuditTableModel(EVENTS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(AuditTableModel.AT, Qt.SortOrder.AscendingOrder)
    ids = [model.event_at(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(4)]
    assert ids == [1, 3, 11, 12]  # 11 and 12 share a second; the log order decides
    proxy.sort(AuditTableModel.OBJECT_ID, Qt.SortOrder.AscendingOrder)
    kenmerk = [proxy.data(proxy.index(r, AuditTableModel.OBJECT_ID)) for r in range(4)]
    assert kenmerk == ["", "", "9", "10"]
    proxy.sort(AuditTableModel.USER, Qt.SortOrder.AscendingOrder)
    users = [proxy.data(proxy.index(r, AuditTableModel.USER)) for r in range(4)]
    assert users == ["demo", "demo", "lezer", "poh"]
