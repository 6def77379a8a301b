"""The Praktijkrapport as a document: text, tables and the on-screen charts, to PDF or paper."""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSize, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QWidget

from plusdesk.core.clock import format_date
from plusdesk.core.report import ReportData, SubjectTrend
from plusdesk.gui.numbers import decimal, percentage, whole
from plusdesk.gui.translations import core_tr

translate = QCoreApplication.translate  # lupdate files translate("report", ...) texts
CHART_SCALE = 2.0  # chart pixels per layout pixel in the image (sharp on paper)
PAGE_WIDTH = 680  # layout width of the text block, in document pixels
CHART_WIDTH = 820  # charts are drawn this wide (as on a screen), then fitted to the page
ACCENT = "#1f5f8b"
STYLE = f"""
body {{ font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; }}
h1 {{ font-size: 20pt; color: {ACCENT}; margin-bottom: 2px; }}
h2 {{ font-size: 14pt; color: {ACCENT}; margin-top: 18px; margin-bottom: 4px; }}
h3 {{ font-size: 11pt; margin-top: 12px; margin-bottom: 3px; }}
p {{ margin-top: 2px; margin-bottom: 6px; }}
.muted {{ color: #666; }}
.badge {{ color: #a05a00; font-weight: bold; }}
th {{ background-color: #e8eef3; text-align: left; font-weight: bold; }}
td.num, th.num {{ text-align: right; }}
.above {{ color: #b03a2e; font-weight: bold; }}
.below {{ color: #1e7b4a; font-weight: bold; }}
"""


def esc(value: object) -> str:
    return html.escape(str(value))


def share(pct: float | None) -> str:
    """A percentage the core gives as 0–100, written in the locale's way."""
    return percentage(None if pct is None else pct / 100)


# --- charts ------------------------------------------------------------------------------------


def chart_image(chart: QWidget, size: QSize) -> QImage:
    """Draw a chart widget off screen at `size` into a sharp image (what the screen shows)."""
    chart.resize(size)  # render() delivers the pending resize to the chart and its children
    QApplication.sendPostedEvents()
    image = QImage(size * CHART_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(CHART_SCALE)
    image.fill(QColor("white"))
    chart.render(image)  # the image's pixel ratio makes Qt draw at CHART_SCALE
    chart.close()
    chart.deleteLater()
    return image


def timeline_image(data: ReportData) -> QImage | None:
    from plusdesk.gui.charts.timeline import TimelineChart

    if not data.timeline:
        return None
    chart = TimelineChart()
    chart.set_data(data.timeline, data.programme, data.made_on)
    rows = len(data.timeline)
    return chart_image(chart, QSize(CHART_WIDTH, min(1100, 140 + 24 * rows)))


def forest_image(data: ReportData) -> QImage | None:
    from plusdesk.gui.charts.referral_forest import ForestChart

    if data.oe.empty:
        return None
    chart = ForestChart()
    chart.set_rows(data.oe)
    return chart_image(chart, QSize(CHART_WIDTH, min(1100, 130 + 22 * len(data.oe))))


def trend_image(subject: SubjectTrend) -> QImage | None:
    from plusdesk.gui.charts.referrals import TrendChart

    if subject.trend.empty:
        return None
    chart = TrendChart()
    chart.set_trend(subject.trend, "M", subject.markers)
    return chart_image(chart, QSize(CHART_WIDTH, 400))


# --- the document ------------------------------------------------------------------------------


class ReportDocument:
    """The report as a QTextDocument, built from `ReportData` in the window's language."""

    def __init__(self, data: ReportData, made_by: str = "") -> None:
        self.data = data
        self.made_by = made_by
        self.images: list[QImage] = []
        self.parts: list[str] = []

    def build(self, progress: Callable[[int, int], None] | None = None) -> QTextDocument:
        """Lay out the whole report; `progress(step, steps)` is called between the charts."""
        steps = 3 + len(self.data.above)
        sections: Sequence[Callable[[], None]] = (
            self._title,
            self._interventions,
            self._care,
            self._referrals,
        )
        for step, section in enumerate(sections):
            section()
            if progress:
                progress(min(step, steps), steps)
        for step, subject in enumerate(self.data.above, start=3):
            self._subject(subject, first=step == 3)
            if progress:
                progress(step + 1, steps)
        self._method()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        font = QFont()
        font.setFamilies(["Segoe UI", "DejaVu Sans", "Arial"])
        font.setPointSizeF(9.5)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(STYLE)
        doc.setTextWidth(PAGE_WIDTH)
        for number, image in enumerate(self.images):
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{number}"), image
            )
        doc.setHtml("<html><body>" + "".join(self.parts) + "</body></html>")
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title())
        return doc

    def title(self) -> str:
        return translate("report", "Praktijkrapport {0}").format(self.data.year)

    # -- helpers --

    def add(self, text: str) -> None:
        self.parts.append(text)

    def para(self, text: str, css: str = "") -> None:
        self.add(f'<p class="{css}">{esc(text)}</p>')

    def heading(self, level: int, text: str, *, new_page: bool = False) -> None:
        tag = f"<h{level}>{esc(text)}</h{level}>"
        self.add(f'<div style="page-break-before: always">{tag}</div>' if new_page else tag)

    def image(self, image: QImage | None, missing: str) -> None:
        if image is None:
            self.para(missing, "muted")
            return
        self.images.append(image)
        width = PAGE_WIDTH
        height = round(image.height() / image.width() * width)
        self.add(
            f'<p align="center"><img src="chart:{len(self.images) - 1}" '
            f'width="{width}" height="{height}"></p>'
        )

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        numeric: set[int] = frozenset(),
    ) -> None:
        """A table; `numeric` columns right-aligned."""
        cells = "".join(
            f'<th class="{"num" if i in numeric else ""}">{esc(h)}</th>'
            for i, h in enumerate(header)
        )
        body = []
        for row in rows:
            body.append(
                "<tr>"
                + "".join(
                    f'<td class="{"num" if i in numeric else ""}">{value}</td>'
                    for i, value in enumerate(row)
                )
                + "</tr>"
            )
        self.add(
            '<table width="100%" cellspacing="0" cellpadding="3" border="0.5" '
            'style="border-color:#c8d2da; border-collapse: collapse;">'
            f"<tr>{cells}</tr>{''.join(body)}</table>"
        )

    # -- sections --

    def _title(self) -> None:
        d, p = self.data, self.data.practice
        self.add(f"<h1>{esc(self.title())}</h1>")
        self.add(f"<p><b>{esc(p.name)}</b></p>")
        facts = [translate("report", "AGB-code {0}").format(p.agb_code)]
        if p.zorggroep:
            facts.append(translate("report", "zorggroep {0}").format(p.zorggroep))
        if p.list_size:
            facts.append(
                translate("report", "{0} ingeschreven patiënten").format(whole(p.list_size))
            )
        self.add(f"<p>{esc(' · '.join(facts))}</p>")
        period = translate("report", "Periode: {0} tot en met {1}").format(
            format_date(d.start), format_date(d.end)
        )
        if (d.end.month, d.end.day) != (12, 31):
            period += " " + translate("report", "(het lopende jaar, tot vandaag)")
        self.add(f"<p>{esc(period)}</p>")
        made = translate("report", "Gemaakt op {0}").format(format_date(d.made_on))
        if self.made_by:
            made = translate("report", "Gemaakt op {0} door {1}").format(
                format_date(d.made_on), self.made_by
            )
        self.para(made, "muted")
        if p.is_demo:
            self.para(
                translate("report", "Demopraktijk: verzonnen gegevens, geen echte patiënten."),
                "badge",
            )
        done = sum(x.implemented for x in d.progress)
        total = sum(x.total for x in d.progress)
        above = [s.label for s in d.above]
        points = [
            translate(
                "report", "{0} van de {1} interventies zijn geïmplementeerd of geborgd."
            ).format(done, total),
            translate("report", "Patiëntgerichte gesprekken: {0}, met {1} patiënten.").format(
                whole(d.conversations.conversations), whole(d.conversations.patients)
            ),
            translate(
                "report", "Collaborative care: open casussen op {1}: {0}; nieuw in de periode: {2}."
            ).format(whole(d.care.active), format_date(d.end), whole(d.care.new_cases)),
        ]
        if not d.has_referrals:
            points.append(translate("report", "Nog geen verwijzingen ingelezen."))
        elif not above:
            points.append(
                translate("report", "Geen specialismen boven verwachting in {0}.").format(d.year)
            )
        else:
            points.append(
                translate("report", "Boven verwachting in {0}: {1}.").format(
                    d.year, ", ".join(core_tr(a) for a in above)
                )
            )
        self.heading(2, translate("report", "In het kort"))
        self.add("<ul>")
        self.add("".join(f"<li>{esc(x)}</li>" for x in points) + "</ul>")

    def _interventions(self) -> None:
        d = self.data
        self.heading(2, translate("report", "Interventies per domein"))
        self.para(translate("report", "De stand op {0}.").format(format_date(d.made_on)), "muted")
        self.table(
            [
                translate("report", "Domein"),
                translate("report", "Geïmplementeerd of geborgd"),
                translate("report", "Interventies"),
                translate("report", "Aandeel"),
            ],
            [
                (
                    esc(core_tr(x.title)),
                    whole(x.implemented),
                    whole(x.total),
                    percentage(x.implemented / x.total if x.total else None),
                )
                for x in d.progress
            ],
            numeric={1, 2, 3},
        )
        self.heading(3, translate("report", "Tijdlijn van de interventies"))
        self.image(timeline_image(d), translate("report", "Nog geen interventies met een status."))
        for domain in d.progress:
            rows = [r for r in d.rows if r.domain_code == domain.code and not r.retired]
            self.add(f"<h3>{esc(core_tr(domain.title))}</h3>")
            self.table(
                [
                    translate("report", "Code"),
                    translate("report", "Interventie"),
                    translate("report", "Status"),
                    translate("report", "Sinds"),
                ],
                [
                    (
                        esc(r.code),
                        esc(r.title),
                        esc(core_tr(r.state.status.label)),
                        esc(format_date(r.state.since) if r.state.since else ""),
                    )
                    for r in rows
                ],
            )

    def _care(self) -> None:
        d = self.data
        c = d.conversations
        self.heading(2, translate("report", "Gesprekken en caseload"), new_page=True)
        self.heading(3, translate("report", "Patiëntgerichte gesprekken"))
        if not c.conversations:
            self.para(translate("report", "Geen gesprekken in deze periode."), "muted")
        else:
            followed = percentage(c.share_followed_up)
            self.add(
                "<p>"
                + esc(
                    translate(
                        "report",
                        "{0} gesprekken met {1} patiënten; {2} patiënten ({3}) hadden een "
                        "vervolggesprek.",
                    ).format(
                        whole(c.conversations),
                        whole(c.patients),
                        whole(c.patients_followed_up),
                        followed,
                    )
                )
                + "</p>"
            )
            self.table(
                [
                    translate("report", "Aanleiding"),
                    translate("report", "Gesprekken"),
                    translate("report", "Patiënten"),
                ],
                [
                    (esc(core_tr(r.label)), whole(r.conversations), whole(r.patients))
                    for r in c.per_reason.itertuples(index=False)
                ],
                numeric={1, 2},
            )
            if len(c.score_change):
                self.heading(
                    3, translate("report", "Positieve Gezondheid: eerste en laatste score")
                )
                self.table(
                    [
                        translate("report", "Dimensie"),
                        translate("report", "Patiënten"),
                        translate("report", "Eerste"),
                        translate("report", "Laatste"),
                        translate("report", "Verschil"),
                    ],
                    [
                        (
                            esc(core_tr(r.label)),
                            whole(r.patients),
                            decimal(r.first_mean, 1),
                            decimal(r.latest_mean, 1),
                            decimal(r.change, 1, sign=True),
                        )
                        for r in c.score_change.itertuples(index=False)
                    ],
                    numeric={1, 2, 3, 4},
                )
            avoided = int(c.avoided["conversations"].sum()) if len(c.avoided) else 0
            self.add(
                "<p>"
                + esc(
                    translate("report", "In {0} gesprekken werd een verwijzing voorkomen.").format(
                        whole(avoided)
                    )
                )
                + "</p>"
            )
        care = d.care
        self.heading(3, translate("report", "Collaborative care (POH-GGZ als casemanager)"))
        rows = [
            (
                translate("report", "Open casussen op {0}").format(format_date(care.end)),
                whole(care.active),
            ),
            (
                translate("report", "waarvan met recent contact"),
                f"{whole(care.contacted)} ({share(care.contacted_pct)})",
            ),
            (translate("report", "Nieuwe casussen"), whole(care.new_cases)),
            (translate("report", "Afgesloten casussen"), whole(care.closed_cases)),
            (translate("report", "Contacten"), whole(care.contacts)),
            (translate("report", "Besprekingen met de psychiater"), whole(care.reviews)),
            (
                translate("report", "Doorverwezen buiten de specialistische GGZ"),
                whole(care.outside_specialist_ggz),
            ),
        ]
        self.table(
            [translate("report", "Caseload"), translate("report", "Aantal")],
            [(esc(a), b) for a, b in rows],
            numeric={1},
        )
        outcomes = [o for o in care.outcomes if o.eligible]
        if outcomes:
            self.heading(3, translate("report", "Respons en remissie"))
            self.table(
                [
                    translate("report", "Na"),
                    translate("report", "Casussen"),
                    translate("report", "Respons"),
                    translate("report", "Remissie"),
                ],
                [
                    (
                        esc(translate("report", "{0} weken").format(o.weeks)),
                        whole(o.eligible),
                        share(o.response_pct),
                        share(o.remission_pct),
                    )
                    for o in outcomes
                ],
                numeric={1, 2, 3},
            )

    def _referrals(self) -> None:
        d = self.data
        self.heading(
            2, translate("report", "Verwijzingen: waargenomen tegen verwacht (O/E)"), new_page=True
        )
        if not d.has_referrals:
            self.para(
                translate(
                    "report",
                    "Nog geen verwijzingen ingelezen. Lees een export uit het HIS in op de pagina "
                    "Verwijzingen.",
                ),
                "muted",
            )
            return
        intro = translate("report", "{0} verwijzingen in {1}.").format(
            whole(d.referral_count), d.year
        )
        if d.oe_reference:
            intro += " " + translate("report", "Verwacht volgens: {0}.").format(
                core_tr(d.oe_reference)
            )
        self.add(f"<p>{esc(intro)}</p>")
        if d.oe.empty:
            self.para(
                translate(
                    "report",
                    "O/E is over {0} niet te berekenen: er zijn geen verwachte aantallen. Vul de "
                    "praktijkomvang en de referentiecijfers in op de pagina Verwijzingen.",
                ).format(d.year),
                "muted",
            )
            return
        self.image(forest_image(d), "")
        signal = {
            "boven": translate("report", "boven verwachting"),
            "onder": translate("report", "onder verwachting"),
        }
        rows = []
        for r in d.oe.itertuples(index=False):
            mark = signal.get(r.signal, "")
            css = {"boven": "above", "onder": "below"}.get(r.signal, "")
            rows.append(
                (
                    esc(core_tr(r.label)),
                    whole(r.observed),
                    decimal(r.expected, 1),
                    decimal(r.ratio, 2),
                    f"{decimal(r.low, 2)} – {decimal(r.high, 2)}",
                    f'<span class="{css}">{esc(mark)}</span>',
                )
            )
        self.table(
            [
                translate("report", "Specialisme of groep"),
                translate("report", "Waargenomen"),
                translate("report", "Verwacht"),
                translate("report", "O/E"),
                translate("report", "95%-interval"),
                translate("report", "Signaal"),
            ],
            rows,
            numeric={1, 2, 3, 4},
        )
        self.para(
            translate(
                "report", "Boven of onder verwachting alleen wanneer het 95%-interval 1 niet bevat."
            ),
            "muted",
        )

    def _subject(self, subject: SubjectTrend, *, first: bool) -> None:
        if first:
            self.heading(2, translate("report", "Specialismen boven verwachting"), new_page=True)
            self.add(
                "<p>"
                + esc(
                    translate(
                        "report",
                        "Per specialisme of groep de verwijzingen per maand (per 1.000 "
                        "patiënten) met de regelkaart, de start en implementatie van de "
                        "interventies voor doelmatige zorg, en wat er na elke start veranderde.",
                    )
                )
                + "</p>"
            )
        else:
            self.add('<div style="page-break-before: always"></div>')
        self.add(f"<h3>{esc(core_tr(subject.label))}</h3>")
        self.add(
            "<p>"
            + esc(
                translate("report", "O/E {0} (95%-interval {1} – {2}) in {3}.").format(
                    decimal(subject.ratio, 2),
                    decimal(subject.low, 2),
                    decimal(subject.high, 2),
                    self.data.year,
                )
            )
            + "</p>"
        )
        self.image(
            trend_image(subject), translate("report", "Geen verwijzingen voor dit specialisme.")
        )
        if not subject.comparisons and not subject.refusals:
            self.para(
                translate(
                    "report",
                    "Nog geen interventie voor doelmatige zorg gestart; er is geen vóór en na te "
                    "vergelijken.",
                ),
                "muted",
            )
            return
        rows = []
        for milestone, result in subject.comparisons:
            r = result.result
            rows.append(
                (
                    esc(f"{milestone.code} {milestone.title}"),
                    esc(format_date(result.start)),
                    f"{decimal(r.level_change, 2)} ({decimal(r.level_low, 2)} – "
                    f"{decimal(r.level_high, 2)})",
                    f"{decimal(r.slope_change, 3)} ({decimal(r.slope_low, 3)} – "
                    f"{decimal(r.slope_high, 3)})",
                )
            )
        if rows:
            self.table(
                [
                    translate("report", "Interventie"),
                    translate("report", "Start"),
                    translate("report", "Niveau direct na de start (95%-interval)"),
                    translate("report", "Trend per maand erna (95%-interval)"),
                ],
                rows,
                numeric={2, 3},
            )
            self.para(
                translate(
                    "report",
                    "Verhoudingen: 1 is geen verandering, lager dan 1 minder verwijzingen.",
                ),
                "muted",
            )
            for milestone, result in subject.comparisons:
                self.add(f"<p><b>{esc(milestone.code)}.</b> {esc(core_tr(result.summary))}</p>")
        for milestone, why in subject.refusals:
            self.add(f"<p><b>{esc(milestone.code)}.</b> {esc(core_tr(why))}</p>")

    def _method(self) -> None:
        self.heading(2, translate("report", "Over de berekeningen"))
        notes = [
            translate(
                "report",
                "O/E: het aantal verwijzingen gedeeld door het verwachte aantal, met een exact "
                "95%-betrouwbaarheidsinterval (Poisson).",
            ),
            translate(
                "report",
                "Regelkaart: een XmR-kaart op de verwijzingen per 1.000 patiënten; punten buiten "
                "de grenzen of lange reeksen aan één kant wijzen op een echte verandering.",
            ),
            translate(
                "report",
                "Vóór en na: een onderbroken tijdreeks (Poisson-regressie met de praktijkomvang "
                "als blootstelling en een correctie voor seizoenen). Een verandering kan ook "
                "andere oorzaken hebben dan de interventie.",
            ),
            translate(
                "report", "Alle cijfers zijn totalen; het rapport bevat geen patiëntnummers."
            ),
        ]
        self.add("<ul>" + "".join(f"<li>{esc(n)}</li>" for n in notes) + "</ul>")


# --- output ------------------------------------------------------------------------------------


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out on the device's pages, with 2 cm margins and page numbers."""
    doc.print_(device)


def write_pdf(
    data: ReportData,
    path: Path,
    made_by: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the report to `path` as a PDF, all at once (a half-written file never stays)."""
    path = Path(path)
    doc = ReportDocument(data, made_by).build(progress)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.open("wb").close()  # a missing or read-only folder fails here, as an OSError
    writer = QPdfWriter(str(partial))
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("PlusDesk")
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    try:
        try:
            print_document(doc, writer)
        finally:
            del writer  # closes the file (Windows cannot move or remove an open one)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
