"""What a patient-centred conversation holds: reasons, roles, the six dimensions, goals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from plusdesk.core.i18n import QT_TRANSLATE_NOOP, Text

EARLIEST = date(2010, 1, 1)
TEXT_MAX = 2000
GOALS_MAX = 3


class Reason(StrEnum):
    HOGE_ZORGKOSTEN = "hoge_zorgkosten"
    KWETSBAAR = "kwetsbaar"
    FREQUENTE_BEZOEKER = "frequente_bezoeker"
    CHRONISCH = "chronisch"
    ANDERS = "anders"


REASON_LABELS: dict[Reason, str] = {
    Reason.HOGE_ZORGKOSTEN: QT_TRANSLATE_NOOP("core", "hoge zorgkosten"),
    Reason.KWETSBAAR: QT_TRANSLATE_NOOP("core", "kwetsbaar"),
    Reason.FREQUENTE_BEZOEKER: QT_TRANSLATE_NOOP("core", "frequente bezoeker"),
    Reason.CHRONISCH: QT_TRANSLATE_NOOP("core", "chronische aandoening verbetert niet"),
    Reason.ANDERS: QT_TRANSLATE_NOOP("core", "anders"),
}


class ProfessionalRole(StrEnum):
    HUISARTS = "huisarts"
    POH_S = "poh_s"
    POH_GGZ = "poh_ggz"


ROLE_LABELS: dict[ProfessionalRole, str] = {
    ProfessionalRole.HUISARTS: QT_TRANSLATE_NOOP("core", "huisarts"),
    ProfessionalRole.POH_S: QT_TRANSLATE_NOOP("core", "POH-S"),
    ProfessionalRole.POH_GGZ: QT_TRANSLATE_NOOP("core", "POH-GGZ"),
}

# The six dimensions of Positieve Gezondheid, in the order the conversation tool shows them.
DIMENSIONS: tuple[str, ...] = (
    "lichaamsfuncties",
    "mentaal_welbevinden",
    "zingeving",
    "kwaliteit_van_leven",
    "meedoen",
    "dagelijks_functioneren",
)
DIMENSION_LABELS: dict[str, str] = {
    "lichaamsfuncties": QT_TRANSLATE_NOOP("core", "Lichaamsfuncties"),
    "mentaal_welbevinden": QT_TRANSLATE_NOOP("core", "Mentaal welbevinden"),
    "zingeving": QT_TRANSLATE_NOOP("core", "Zingeving"),
    "kwaliteit_van_leven": QT_TRANSLATE_NOOP("core", "Kwaliteit van leven"),
    "meedoen": QT_TRANSLATE_NOOP("core", "Meedoen"),
    "dagelijks_functioneren": QT_TRANSLATE_NOOP("core", "Dagelijks functioneren"),
}

# Agreed actions: any of the three, or explicitly none.
ACTIONS: dict[str, str] = {
    "action_care": QT_TRANSLATE_NOOP("core", "zorg"),
    "action_social": QT_TRANSLATE_NOOP("core", "sociaal domein"),
    "action_welfare": QT_TRANSLATE_NOOP("core", "welzijn"),
}
# Suggestions for who acts on a goal (the goal stores the text as chosen or typed).
GOAL_ACTORS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Patiënt"),
    QT_TRANSLATE_NOOP("core", "Huisarts"),
    QT_TRANSLATE_NOOP("core", "POH"),
    QT_TRANSLATE_NOOP("core", "Naaste"),
    QT_TRANSLATE_NOOP("core", "Sociaal team"),
    QT_TRANSLATE_NOOP("core", "Welzijn"),
)


class FollowUp(StrEnum):
    """Where a conversation stands with its follow-up (only a patient's latest one is open)."""

    DONE = "vervolgd"  # a later conversation with this patient took place
    NONE = "geen"  # no next contact planned
    OVERDUE = "verlopen"
    THIS_WEEK = "deze_week"
    PLANNED = "gepland"


@dataclass(frozen=True)
class Score:
    dimension: str
    score: int | None
    wants_to_talk: bool = False


@dataclass(frozen=True)
class Goal:
    goal: str
    actor: str = ""
    follow_up: date | None = None


@dataclass
class Draft:
    """What the form holds, as typed: checked by `problems` and stored by `save`."""

    patient_ref: str = ""
    held_on: str | date | None = None
    professional: str = ""
    professional_role: str = ""
    reason: str = ""
    reason_other: str = ""
    question: str = ""
    scores: Mapping[str, str | int | None] = field(default_factory=dict)
    wants_to_talk: Sequence[str] = ()
    goals: Sequence[tuple[str, str, str | date | None]] = ()
    actions: Sequence[str] = ()  # keys of ACTIONS; empty together with no_action
    no_action: bool = False
    referral_avoided: bool = False
    avoided_specialism: str | None = None
    next_contact: str | date | None = None


@dataclass(frozen=True)
class Conversation:
    id: int
    patient_ref: str
    held_on: date
    professional: str
    professional_role: ProfessionalRole
    reason: Reason
    reason_other: str
    question: str
    scores: tuple[Score, ...]
    goals: tuple[Goal, ...]
    actions: tuple[str, ...]
    referral_avoided: bool
    avoided_specialism: str | None
    next_contact: date | None
    created_by: str
    updated_at: str
    updated_by: str

    @property
    def reason_label(self) -> str:
        label = REASON_LABELS[self.reason]
        if self.reason_other:
            return Text(
                QT_TRANSLATE_NOOP("core", "{reason}: {note}"), reason=label, note=self.reason_other
            )
        return label

    def score_of(self, dimension: str) -> int | None:
        return next((s.score for s in self.scores if s.dimension == dimension), None)
