"""Practice figures of the conversation log, checked against values worked out by hand."""

from datetime import date

import pandas as pd
import pytest
from conversation_files import draft

from plusdesk.core import conversations as conv
from plusdesk.core.conversation_figures import figures


@pytest.fixture
def three_patients(fresh):
    """P1: three conversations, P2: two, P3: one (so P3 has no change to measure)."""

    def held(ref, day, reason, scores, avoided=None):
        conv.save(
            fresh,
            draft(
                patient_ref=ref,
                held_on=day,
                reason=reason,
                scores=scores,
                goals=[],
                next_contact=None,
                referral_avoided=avoided is not None,
                avoided_specialism=avoided,
            ),
        )

    L, M = "lichaamsfuncties", "mentaal_welbevinden"
    held("P1", "06-01-2025", "chronisch", {L: 4, M: 3})
    held("P1", "03-02-2025", "chronisch", {L: 6}, avoided="0322")
    held("P1", "05-05-2025", "chronisch", {L: 7, M: 5})
    held("P2", "20-01-2025", "kwetsbaar", {L: 5, M: 6})
    held("P2", "03-03-2025", "kwetsbaar", {L: 4, M: 4}, avoided="0322")
    held("P3", "10-03-2025", "chronisch", {L: 8}, avoided="0320")
    return fresh.db


def test_counts_patients_and_follow_up(three_patients) -> None:
    f = figures(three_patients)
    assert (f.conversations, f.patients, f.patients_followed_up) == (6, 3, 2)
    assert f.share_followed_up == pytest.approx(2 / 3)


def test_per_month_fills_empty_months_with_zero(three_patients) -> None:
    table = figures(three_patients).per_month
    assert table["month"].to_list() == [date(2025, m, 1) for m in (1, 2, 3, 4, 5)]
    assert table["conversations"].to_list() == [2, 1, 2, 0, 1]
    assert table["patients"].to_list() == [2, 1, 2, 0, 1]


def test_per_reason_counts_conversations_and_patients(three_patients) -> None:
    table = figures(three_patients).per_reason.set_index("reason")
    assert table.loc["chronisch", ["conversations", "patients"]].to_list() == [4, 2]
    assert table.loc["kwetsbaar", ["conversations", "patients"]].to_list() == [2, 1]
    assert table.loc["anders", "conversations"] == 0


def test_score_change_compares_first_and_latest_of_patients_with_two_or_more(
    three_patients,
) -> None:
    table = figures(three_patients).score_change.set_index("dimension")
    # lichaamsfuncties: P1 4 → 7, P2 5 → 4; P3 (one conversation) does not count
    assert table.loc["lichaamsfuncties", "patients"] == 2
    assert table.loc["lichaamsfuncties", "first_mean"] == pytest.approx(4.5)
    assert table.loc["lichaamsfuncties", "latest_mean"] == pytest.approx(5.5)
    assert table.loc["lichaamsfuncties", "change"] == pytest.approx(1.0)
    # mentaal welbevinden: P1 3 → 5 (the middle conversation did not score it), P2 6 → 4
    assert table.loc["mentaal_welbevinden", "change"] == pytest.approx(0.0)
    assert table.loc["zingeving", "patients"] == 0
    assert pd.isna(table.loc["zingeving", "change"])  # nothing to compare, not a zero
    assert table["label"].to_list()[0] == "Lichaamsfuncties"


def test_referrals_avoided_per_specialism_most_first(three_patients) -> None:
    table = figures(three_patients).avoided
    assert table[["name", "conversations"]].values.tolist() == [
        ["Longziekten", 2],
        ["Cardiologie", 1],
    ]


def test_a_period_limits_every_figure(three_patients) -> None:
    f = figures(three_patients, date_from=date(2025, 2, 1), date_to=date(2025, 4, 30))
    assert (f.conversations, f.patients, f.patients_followed_up) == (3, 3, 0)
    assert f.per_month["conversations"].to_list() == [1, 2]
    assert f.score_change["patients"].sum() == 0


def test_an_empty_practice_has_zero_figures_not_errors(fresh) -> None:
    f = figures(fresh.db)
    assert (f.conversations, f.patients, f.share_followed_up) == (0, 0, None)
    assert f.per_month.empty and f.avoided.empty
    assert f.score_change["patients"].to_list() == [0] * 6
