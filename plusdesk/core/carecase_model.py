"""What a collaborative-care case holds: problems, contacts, PHQ-9/GAD-7, reviews, routes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

EARLIEST = date(2010, 1, 1)
TEXT_MAX = 2000
MINUTES_MAX = 480


class Problem(StrEnum):
    SOMBERHEID = "somberheid"
    ANGST = "angst"
    SOMBERHEID_ANGST = "somberheid_angst"
    OVERSPANNING = "overspanning"
    ROUW = "rouw"
    ANDERS = "anders"


PROBLEM_LABELS: dict[Problem, str] = {
    Problem.SOMBERHEID: QT_TRANSLATE_NOOP("core", "somberheid"),
    Problem.ANGST: QT_TRANSLATE_NOOP("core", "angst"),
    Problem.SOMBERHEID_ANGST: QT_TRANSLATE_NOOP("core", "somberheid en angst"),
    Problem.OVERSPANNING: QT_TRANSLATE_NOOP("core", "overspanning of burn-out"),
    Problem.ROUW: QT_TRANSLATE_NOOP("core", "rouw of verlies"),
    Problem.ANDERS: QT_TRANSLATE_NOOP("core", "anders"),
}


class ContactKind(StrEnum):
    SPREEKUUR = "spreekuur"
    TELEFONISCH = "telefonisch"
    BEELDBELLEN = "beeldbellen"
    HUISBEZOEK = "huisbezoek"


CONTACT_LABELS: dict[ContactKind, str] = {
    ContactKind.SPREEKUUR: QT_TRANSLATE_NOOP("core", "spreekuur"),
    ContactKind.TELEFONISCH: QT_TRANSLATE_NOOP("core", "telefonisch"),
    ContactKind.BEELDBELLEN: QT_TRANSLATE_NOOP("core", "beeldbellen"),
    ContactKind.HUISBEZOEK: QT_TRANSLATE_NOOP("core", "huisbezoek"),
}


class Instrument(StrEnum):
    PHQ9 = "phq9"
    GAD7 = "gad7"


@dataclass(frozen=True)
class InstrumentSpec:
    """A questionnaire: item count (each 0–3), maximum total and the severity band limits."""

    label: str
    items: int
    maximum: int
    bands: tuple[int, ...]
    band_labels: tuple[str, ...]


# The severity bands of the scores (the instrument names are the same in every language).
_MINIMAAL = QT_TRANSLATE_NOOP("core", "minimaal")
_MILD = QT_TRANSLATE_NOOP("core", "mild")
_MATIG = QT_TRANSLATE_NOOP("core", "matig")
_MATIG_ERNSTIG = QT_TRANSLATE_NOOP("core", "matig-ernstig")
_ERNSTIG = QT_TRANSLATE_NOOP("core", "ernstig")

INSTRUMENTS: dict[Instrument, InstrumentSpec] = {
    Instrument.PHQ9: InstrumentSpec(
        "PHQ-9", 9, 27, (5, 10, 15, 20), (_MINIMAAL, _MILD, _MATIG, _MATIG_ERNSTIG, _ERNSTIG)
    ),
    Instrument.GAD7: InstrumentSpec(
        "GAD-7", 7, 21, (5, 10, 15), (_MINIMAAL, _MILD, _MATIG, _ERNSTIG)
    ),
}
# PHQ-9 item 9 asks about thoughts of death or self-harm: any answer above 0 needs attention.
SAFETY_ITEM = 9


class Decision(StrEnum):
    STOORNIS = "stoornis"
    SOCIAAL = "sociaal"
    ANDERS = "anders"


DECISION_LABELS: dict[Decision, str] = {
    Decision.STOORNIS: QT_TRANSLATE_NOOP("core", "psychische stoornis"),
    Decision.SOCIAAL: QT_TRANSLATE_NOOP("core", "geen stoornis — sociale oorzaak"),
    Decision.ANDERS: QT_TRANSLATE_NOOP("core", "anders"),
}


class SocialCause(StrEnum):
    SCHULDEN = "schulden"
    WONEN = "wonen"
    WERK = "werk"
    RELATIES = "relaties"
    EENZAAMHEID = "eenzaamheid"
    ANDERS = "anders"


SOCIAL_LABELS: dict[SocialCause, str] = {
    SocialCause.SCHULDEN: QT_TRANSLATE_NOOP("core", "schulden of geldzorgen"),
    SocialCause.WONEN: QT_TRANSLATE_NOOP("core", "wonen"),
    SocialCause.WERK: QT_TRANSLATE_NOOP("core", "werk of dagbesteding"),
    SocialCause.RELATIES: QT_TRANSLATE_NOOP("core", "relaties of gezin"),
    SocialCause.EENZAAMHEID: QT_TRANSLATE_NOOP("core", "eenzaamheid"),
    SocialCause.ANDERS: QT_TRANSLATE_NOOP("core", "anders"),
}


class Route(StrEnum):
    HUISARTSENPRAKTIJK = "huisartsenpraktijk"
    SOCIAAL_DOMEIN = "sociaal_domein"
    BASIS_GGZ = "basis_ggz"
    SPECIALISTISCHE_GGZ = "specialistische_ggz"


ROUTE_LABELS: dict[Route, str] = {
    Route.HUISARTSENPRAKTIJK: QT_TRANSLATE_NOOP("core", "blijft in de huisartsenpraktijk"),
    Route.SOCIAAL_DOMEIN: QT_TRANSLATE_NOOP("core", "sociaal domein"),
    Route.BASIS_GGZ: QT_TRANSLATE_NOOP("core", "basis-GGZ"),
    Route.SPECIALISTISCHE_GGZ: QT_TRANSLATE_NOOP("core", "specialistische GGZ"),
}


class CloseReason(StrEnum):
    KLACHTEN_AFGENOMEN = "klachten_afgenomen"
    VERWEZEN = "verwezen"
    OP_VERZOEK = "op_verzoek"
    GEEN_CONTACT = "geen_contact"
    VERHUISD = "verhuisd"
    ANDERS = "anders"


CLOSE_LABELS: dict[CloseReason, str] = {
    CloseReason.KLACHTEN_AFGENOMEN: QT_TRANSLATE_NOOP("core", "klachten afgenomen, doelen bereikt"),
    CloseReason.VERWEZEN: QT_TRANSLATE_NOOP("core", "verwezen of overgedragen"),
    CloseReason.OP_VERZOEK: QT_TRANSLATE_NOOP("core", "gestopt op verzoek van de patiënt"),
    CloseReason.GEEN_CONTACT: QT_TRANSLATE_NOOP("core", "geen contact meer met de patiënt"),
    CloseReason.VERHUISD: QT_TRANSLATE_NOOP("core", "verhuisd of uitgeschreven"),
    CloseReason.ANDERS: QT_TRANSLATE_NOOP("core", "anders"),
}


class Badge(StrEnum):
    """What the caseload list shows about a case, in the order it shows them."""

    TE_BESPREKEN = "te_bespreken"
    NIET_VERBETERD = "niet_verbeterd"
    CONTACT_VERLOPEN = "contact_verlopen"
    RESPONS = "respons"
    REMISSIE = "remissie"
    GESLOTEN = "gesloten"


BADGE_LABELS: dict[Badge, str] = {
    Badge.TE_BESPREKEN: QT_TRANSLATE_NOOP("core", "te bespreken"),
    Badge.NIET_VERBETERD: QT_TRANSLATE_NOOP("core", "niet verbeterd"),
    Badge.CONTACT_VERLOPEN: QT_TRANSLATE_NOOP("core", "contact verlopen"),
    Badge.RESPONS: QT_TRANSLATE_NOOP("core", "respons"),
    Badge.REMISSIE: QT_TRANSLATE_NOOP("core", "remissie"),
    Badge.GESLOTEN: QT_TRANSLATE_NOOP("core", "gesloten"),
}


class ReviewReason(StrEnum):
    """Why a case is on the psychiatrist's review list."""

    AANGEVRAAGD = "aangevraagd"
    VEILIGHEID = "veiligheid"
    NIET_VERBETERD = "niet_verbeterd"
    NIEUW = "nieuw"


REVIEW_REASON_LABELS: dict[ReviewReason, str] = {
    ReviewReason.AANGEVRAAGD: QT_TRANSLATE_NOOP("core", "bespreken aangevraagd"),
    ReviewReason.VEILIGHEID: QT_TRANSLATE_NOOP("core", "zorgen over veiligheid"),
    ReviewReason.NIET_VERBETERD: QT_TRANSLATE_NOOP("core", "niet verbeterd"),
    ReviewReason.NIEUW: QT_TRANSLATE_NOOP("core", "nieuwe casus"),
}


@dataclass(frozen=True)
class Thresholds:
    """The practice's settings for the caseload list; the defaults follow AIMS/CMTS."""

    review_weeks: int = 10  # no response after this many weeks: not improving, to review
    contact_days: int = 30  # more days than this without contact: overdue
    response_drop: int = 50  # a drop of at least this % from the first score: response
    remission_below: int = 5  # a latest score below this: remission


THRESHOLD_LIMITS: dict[str, tuple[int, int, str]] = {
    "review_weeks": (4, 52, QT_TRANSLATE_NOOP("core", "weken zonder respons tot bespreken")),
    "contact_days": (
        7,
        180,
        QT_TRANSLATE_NOOP("core", "dagen zonder contact tot 'contact verlopen'"),
    ),
    "response_drop": (10, 90, QT_TRANSLATE_NOOP("core", "daling in % voor respons")),
    "remission_below": (1, 15, QT_TRANSLATE_NOOP("core", "score waaronder remissie")),
}


# --- what the forms hold, as typed ---------------------------------------------------------


@dataclass
class CaseDraft:
    """Opening a case (or changing its heading): first scores are optional but one is usual."""

    patient_ref: str = ""
    started_on: str | date | None = None
    case_manager: str = ""
    problem: str = ""
    problem_note: str = ""
    safety_concern: bool = False
    phq9: str | int | None = None  # a total, or empty when given as items
    phq9_items: Sequence[str | int | None] = ()
    gad7: str | int | None = None
    gad7_items: Sequence[str | int | None] = ()


@dataclass
class ContactDraft:
    held_on: str | date | None = None
    kind: str = ""
    minutes: str | int | None = None
    note: str = ""
    discuss: bool = False


@dataclass
class MeasureDraft:
    """A PHQ-9 or GAD-7: the total, or the item scores (0–3) from which the total follows."""

    measured_on: str | date | None = None
    instrument: str = ""
    total: str | int | None = None
    items: Sequence[str | int | None] = ()


@dataclass
class ReviewDraft:
    reviewed_on: str | date | None = None
    psychiatrist: str = ""
    decision: str = ""
    social_cause: str | None = None
    advice: str = ""


@dataclass
class CloseDraft:
    """The route and closing of a case; a route may be recorded before closing."""

    route: str | None = None
    route_social: str | None = None
    route_on: str | date | None = None
    relapse_plan_on: str | date | None = None
    closed_on: str | date | None = None
    close_reason: str | None = None
    close_note: str = ""


# --- what is stored, as read -----------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    id: int
    held_on: date
    kind: ContactKind
    minutes: int | None
    note: str
    discuss: bool
    created_by: str


@dataclass(frozen=True)
class Measure:
    id: int
    measured_on: date
    instrument: Instrument
    total: int
    items: tuple[int, ...]  # empty when only the total was recorded
    created_by: str

    @property
    def band(self) -> str:
        spec = INSTRUMENTS[self.instrument]
        return spec.band_labels[sum(self.total >= limit for limit in spec.bands)]


@dataclass(frozen=True)
class Review:
    id: int
    reviewed_on: date
    psychiatrist: str
    decision: Decision
    social_cause: SocialCause | None
    advice: str
    created_by: str

    @property
    def decision_label(self) -> str:
        label = DECISION_LABELS[self.decision]
        if self.social_cause is not None:
            return Text(
                QT_TRANSLATE_NOOP("core", "{decision}: {cause}"),
                decision=label,
                cause=SOCIAL_LABELS[self.social_cause],
            )
        return label


@dataclass(frozen=True)
class Case:
    id: int
    patient_ref: str
    started_on: date
    case_manager: str
    problem: Problem
    problem_note: str
    safety_since: date | None
    route: Route | None
    route_social: SocialCause | None
    route_on: date | None
    relapse_plan_on: date | None
    closed_on: date | None
    close_reason: CloseReason | None
    close_note: str
    created_by: str
    contacts: tuple[Contact, ...] = ()
    measures: tuple[Measure, ...] = ()
    reviews: tuple[Review, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    @property
    def problem_label(self) -> str:
        label = PROBLEM_LABELS[self.problem]
        if self.problem_note:
            return Text(
                QT_TRANSLATE_NOOP("core", "{problem}: {note}"),
                problem=label,
                note=self.problem_note,
            )
        return label

    @property
    def route_label(self) -> str:
        if self.route is None:
            return ""
        label = ROUTE_LABELS[self.route]
        if self.route_social is not None:
            return Text(
                QT_TRANSLATE_NOOP("core", "{route} ({cause})"),
                route=label,
                cause=SOCIAL_LABELS[self.route_social],
            )
        return label

    def scores(self, instrument: Instrument) -> list[Measure]:
        return [m for m in self.measures if m.instrument is instrument]


@dataclass(frozen=True)
class Standing:
    """Where a case stands today: what the caseload list and the review list show."""

    weeks: int
    last_contact: date | None
    days_since_contact: int
    instrument: Instrument | None  # PHQ-9 when the case has one, else GAD-7
    first_score: int | None
    latest_score: int | None
    change_pct: int | None
    badges: tuple[Badge, ...]
    review_reasons: tuple[ReviewReason, ...] = field(default=())

    def has(self, badge: Badge) -> bool:
        return badge in self.badges


@dataclass(frozen=True)
class CaseRow:
    """One line of the caseload list."""

    id: int
    patient_ref: str
    case_manager: str
    started_on: date
    closed_on: date | None
    problem: Problem
    route: Route | None
    standing: Standing
