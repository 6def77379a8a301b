"""Interventies: the programme's catalogue per domain (status registration builds on this)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plusdesk.core.catalogue import (
    InterventionRow,
    apply_catalogue,
    current_catalogue,
    describe_change,
    list_interventions,
    load_catalogue_file,
    preview_catalogue,
)
from plusdesk.core.errors import PlusDeskError
from plusdesk.core.users import Permission
from plusdesk.gui.pages.base import Page


class InterventionsPage(Page):
    key = "interventions"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Interventies"),
            self.tr(
                "De interventies van het PlusPraktijk-programma per domein, met hun "
                "randvoorwaarden. Hier legt u straks per interventie de status, de startdatum, "
                "de verantwoordelijke en het maatwerk van uw praktijk vast."
            ),
            parent,
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("catalogueTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Interventie"), self.tr("Code")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Interventiecatalogus"))
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        self.detail = QLabel()
        self.detail.setObjectName("interventionDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card = QFrame()
        card.setObjectName("plannedCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(self.detail)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(card)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(320)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 380])
        self.load_button = QPushButton(self.tr("Catalogus van de zorggroep &laden…"))
        self.load_button.setToolTip(
            self.tr(
                "Vervang de standaardcatalogus door het catalogusbestand van uw zorggroep. "
                "Wat u per interventie vastlegde, blijft bewaard."
            )
        )
        self.load_button.clicked.connect(self.load_catalogue)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.load_button)
        self.body.addWidget(splitter, 1)
        self.body.addLayout(bottom)
        self._rows: dict[str, InterventionRow] = {}
        self.tree.currentItemChanged.connect(self._show_detail)

    def refresh(self) -> None:
        if self.db is None:
            return
        may_load = self.session is not None and self.session.can(Permission.MANAGE_CATALOGUE)
        self.load_button.setVisible(may_load)
        self.tree.clear()
        self._rows = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        domains: dict[str, QTreeWidgetItem] = {}
        counts: dict[str, int] = {}
        rows = list_interventions(self.db)
        for row in rows:
            parent = domains.get(row.domain_code)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [row.domain_title, ""])
                parent.setFont(0, bold)
                parent.setFirstColumnSpanned(False)
                domains[row.domain_code] = parent
            counts[row.domain_code] = counts.get(row.domain_code, 0) + 1
            title = row.title + (self.tr(" (lokaal)") if row.origin == "lokaal" else "")
            item = QTreeWidgetItem(parent, [title, row.code])
            item.setData(0, Qt.ItemDataRole.UserRole, row.code)
            self._rows[row.code] = row
            item.setToolTip(0, row.description)
            for text in row.preconditions:
                child = QTreeWidgetItem(item, [self.tr("Randvoorwaarde: {0}").format(text), ""])
                child.setToolTip(0, text)
        for code, item in domains.items():
            item.setText(0, f"{item.text(0)} ({counts[code]})")
            item.setExpanded(True)
        self._show_detail(None)
        self.summary.setText(
            self.tr("{0} interventies in {1} domeinen.").format(len(rows), len(domains))
        )

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        while item is not None and item.data(0, Qt.ItemDataRole.UserRole) is None:
            item = item.parent()
        if item is None:
            self.detail.setText(
                self.tr(
                    "Kies links een interventie om de beschrijving en de randvoorwaarden te zien."
                )
            )
            return
        row = self._rows[item.data(0, Qt.ItemDataRole.UserRole)]
        conditions = "".join(f"<li>{escape(t)}</li>" for t in row.preconditions)
        self.detail.setText(
            f"<p style='color:#5f6368'>{escape(row.domain_title)} · {escape(row.code)}</p>"
            f"<h3>{escape(row.title)}</h3><p>{escape(row.description)}</p>"
            f"<p><b>{self.tr('Randvoorwaarden')}</b></p>"
            f"<ul style='margin-left:-20px'>{conditions}</ul>"
        )

    def load_catalogue(self) -> None:
        """Replace the catalogue after showing what would change and asking to confirm."""
        from plusdesk.gui.app import show_error

        if self.db is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Catalogus van de zorggroep laden"),
            str(self.db.path.parent),
            self.tr("Catalogusbestanden (*.json);;Alle bestanden (*)"),
        )
        if not path:
            return
        try:
            catalogue = load_catalogue_file(path)
            change = preview_catalogue(self.db, catalogue)
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        current = current_catalogue(self.db)
        was = f"{current['title']} ({current['catalogue_version']})" if current else "—"
        answer = QMessageBox.question(
            self,
            self.tr("Catalogus vervangen?"),
            self.tr(
                "Huidige catalogus: {0}\nNieuwe catalogus: {1} ({2})\n\n{3}\n\n"
                "Wilt u de catalogus vervangen?"
            ).format(was, catalogue.title, catalogue.version, describe_change(change, self.db)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            apply_catalogue(self.session, catalogue)
        except PlusDeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
