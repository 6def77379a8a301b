"""The register table model without widgets: texts, dates, workflow sort and the filter."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from plusdesk.core.interventions import State, Status
from plusdesk.core.register import RegisterRow
from plusdesk.gui.models.register_model import SORT_ROLE, RegisterFilter, RegisterModel
from plusdesk.gui.style import STATUS_COLOURS


def row(code: str, status: Status, since: date | None = None, **fields) -> RegisterRow:
    values = {
        "domain_code": code[:2],
        "domain_title": {"PE": "Patiënt empowerment", "DZ": "Doelmatige zorg"}[code[:2]],
        "title": f"Interventie {code}",
        "description": "",
        "origin": "catalogus",
        "retired": False,
        "responsible": "",
        "has_maatwerk": False,
        "preconditions_met": 1,
        "preconditions_total": 3,
    }
    values.update(fields)
    state = State(status, since, since if status is not Status.VOORBEREIDING else None, None, "")
    return RegisterRow(code=code, state=state, **values)


ROWS = [
    row("PE-01", Status.GEBORGD, date(2023, 6, 1), responsible="Anouk Janssen"),
    row("PE-02", Status.GESTOPT, date(2024, 1, 5)),
    row("DZ-01", Status.NIET_GESTART, preconditions_total=0),
    row("DZ-L01", Status.VOORBEREIDING, date(2025, 2, 3), origin="lokaal", retired=True),
]


def test_the_model_passes_qt_model_checks(qtmodeltester) -> None:
    model = RegisterModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_texts_as_the_user_reads_them() -> None:
    model = RegisterModel()
    model.set_rows(ROWS)
    text = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(4)]
    assert text[0][RegisterModel.STATUS] == "geborgd"
    assert text[0][RegisterModel.SINCE] == "01-06-2023"
    assert text[0][RegisterModel.PRECONDITIONS] == "1 van 3"
    assert text[2][RegisterModel.SINCE] == "" and text[2][RegisterModel.PRECONDITIONS] == "—"
    assert text[3][RegisterModel.TITLE] == "Interventie DZ-L01 (eigen) – vervallen"
    status = model.index(0, RegisterModel.STATUS)
    assert status.data(Qt.ItemDataRole.DecorationRole) == QColor(STATUS_COLOURS[Status.GEBORGD])
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_status_sorts_along_the_workflow_with_gestopt_last() -> None:
    model = RegisterModel()
    model.set_rows(ROWS)
    keys = [model.index(r, RegisterModel.STATUS).data(SORT_ROLE) for r in range(4)]
    order = [ROWS[i].state.status for i in sorted(range(4), key=keys.__getitem__)]
    assert order == [Status.NIET_GESTART, Status.VOORBEREIDING, Status.GEBORGD, Status.GESTOPT]


def test_the_filter_by_domain_status_and_text() -> None:
    model = RegisterModel()
    model.set_rows(ROWS)
    proxy = RegisterFilter()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        return [proxy.index(r, RegisterModel.CODE).data() for r in range(proxy.rowCount())]

    proxy.set_filter(domain="PE", status="", text="")
    assert shown() == ["PE-01", "PE-02"]
    proxy.set_filter(domain="", status="open", text="")
    assert shown() == ["DZ-01", "DZ-L01"]  # neither implemented nor stopped
    proxy.set_filter(domain="", status="", text="anouk")
    assert shown() == ["PE-01"]
