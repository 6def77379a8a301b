"""The Praktijkrapport's figures: the right year, the specialisms above expected, the audit."""

from datetime import date

import pytest

from plusdesk.core import report
from plusdesk.core.audit import AuditFilter, query
from plusdesk.core.errors import ValidationError
from plusdesk.core.referral_oe import latest_year, oe_table


def test_the_default_year_is_the_last_year_with_referrals(demo_db) -> None:
    data = report.gather(demo_db)
    assert data.year == latest_year(demo_db)
    assert (data.start, data.end) == (date(data.year, 1, 1), date(data.year, 12, 31))
    assert data.practice.name.endswith("(demo)")
    assert data.referral_count > 0


def test_every_specialism_above_expected_gets_a_trend_and_comparisons(demo_db) -> None:
    data = report.gather(demo_db)
    table = oe_table(demo_db, data.year)
    above = set(table.loc[table["signal"] == "boven", "subject"])
    assert above, "the demo practice refers above expected somewhere"
    assert {s.key for s in data.above} == above
    for subject in data.above:
        assert subject.low > 1  # above expected: the interval excludes 1
        assert len(subject.trend) >= 24  # monthly, the demo's years
        assert all(m.code.startswith("DZ-") for m in subject.markers)
        assert subject.comparisons or subject.refusals
        for milestone, result in subject.comparisons:
            assert milestone.domain_code == "DZ"
            assert result.start == milestone.started_on
            assert "Na de start" in result.summary


def test_the_running_year_ends_today(demo_db) -> None:
    from plusdesk.core.validation import today

    this_year = report.years(demo_db)[-1]
    assert this_year == today().year
    assert report.gather(demo_db, this_year).end == today()


def test_a_year_outside_the_range_is_refused_in_dutch(demo_db) -> None:
    with pytest.raises(ValidationError, match="Kies een jaar van 2010 tot en met"):
        report.gather(demo_db, 1999)
    with pytest.raises(ValidationError):
        report.gather(demo_db, date.today().year + 1)


def test_a_new_practice_without_data_still_has_a_report(fresh) -> None:
    data = report.gather(fresh.db)
    assert not data.has_referrals
    assert data.above == []
    assert data.conversations.conversations == 0
    assert len(data.progress) == 3  # the three domains, nothing implemented yet
    assert sum(p.implemented for p in data.progress) == 0
    assert report.years(fresh.db)[-1] == data.made_on.year


def test_saving_and_printing_are_in_the_audit_log(manager, tmp_path) -> None:
    report.record_saved(manager, 2025, tmp_path / "rapport.pdf")
    report.record_printed(manager, 2025, "Kantoorprinter")
    report.record_saved(manager, 2025, tmp_path / "weg.pdf", ok=False)
    events = query(manager.db, AuditFilter())
    mine = [e for e in events if e.object_type == "report"]
    assert sorted((e.action, e.result) for e in mine) == [
        ("export", "failed"),
        ("export", "ok"),
        ("print", "ok"),
    ]
    assert any("Kantoorprinter" in e.detail for e in mine)
    assert all(e.username == "demo" for e in mine)
