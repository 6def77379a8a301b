"""The zorggroep's views of merged practices, and a practice's view of its benchmark pack."""

from __future__ import annotations

import numpy as np
import pytest

from plusdesk.core import exchange_views as views
from plusdesk.core.db import open_database
from plusdesk.core.stats import funnel_limits, overdispersion


@pytest.fixture
def zg(zorggroep_file):
    db = open_database(zorggroep_file)
    yield db
    db.close()


@pytest.fixture
def pack(pack_practice_file):
    db = open_database(pack_practice_file)
    yield db
    db.close()


def value(db, practice: str, indicator: str, period: str = "", category: str = ""):
    row = db.query(
        "SELECT value, text, suppressed FROM exchange_value WHERE practice = ? AND indicator = ? "
        "AND period = ? AND category = ?",
        (practice, indicator, period, category),
    )
    return row[0] if row else None


def test_participants_are_told_apart_and_the_own_practice_comes_first(zg, pack) -> None:
    people = views.participants(zg)
    assert len(people) == 4
    assert len({p.label for p in people}) == 4  # repeated demo names get their AGB-code
    assert not any(p.is_self for p in people)
    in_pack = views.participants(pack)
    assert in_pack[0].is_self and in_pack[0].agb_code
    assert [p.label for p in in_pack[1:]] == ["Praktijk A", "Praktijk B", "Praktijk C"]


def test_matrix_cells_are_the_exported_states(zg) -> None:
    matrix = views.implementation_matrix(zg)
    rows = zg.query(
        "SELECT practice, category, text FROM exchange_value WHERE indicator = 'interventie.status'"
    )
    assert len(matrix.cells) == len(rows) > 0
    for r in rows:
        cell = matrix.cell(r["practice"], r["category"])
        assert cell is not None and cell.status == r["text"]
        since = value(zg, r["practice"], "interventie.status_sinds", "", r["category"])
        assert cell.status_since == (since["text"] if since else None)
    done = sum(r["text"] in ("geimplementeerd", "geborgd") for r in rows)
    assert sum(d.implemented for d in matrix.domains()) == done
    assert sum(d.total for d in matrix.domains()) == len(rows)
    codes = [i.code for i in matrix.interventions]
    assert codes == sorted(codes, key=lambda c: (c.split("-")[0], c))
    assert {i.domain_label for i in matrix.interventions} >= {"Patiënt empowerment"}


def test_funnel_points_limits_and_dispersion(zg) -> None:
    subject = views.funnel_subjects(zg)[0]
    assert subject.is_group  # groups first
    year = views.funnel_years(zg)[0]
    funnel = views.funnel(zg, subject.code, year)
    assert len(funnel.points) + len(funnel.missing) == 4
    for point in funnel.points:
        o = value(zg, point.practice.key, "verwijzing.oe_waargenomen", str(year), subject.code)
        e = value(zg, point.practice.key, "verwijzing.oe_verwacht", str(year), subject.code)
        assert (point.observed, point.expected) == (o["value"], e["value"])
        low, high = funnel_limits([point.expected], 0.95)
        position = funnel.position(point)
        assert (position == "boven") == (point.ratio > high[0])
        assert (position == "onder") == (point.ratio < low[0])
    low, high = funnel_limits(funnel.grid, 0.998)
    assert np.allclose(funnel.limits[0.998][0], low) and np.allclose(funnel.limits[0.998][1], high)
    assert funnel.grid.min() < min(p.expected for p in funnel.points)
    assert funnel.grid.max() > max(p.expected for p in funnel.points)
    expected = overdispersion(
        [p.observed for p in funnel.points], [p.expected for p in funnel.points]
    )
    assert funnel.dispersion is not None and funnel.dispersion.phi == pytest.approx(expected.phi)


def test_a_suppressed_observed_count_leaves_the_practice_without_a_point(zg) -> None:
    year = views.funnel_years(zg)[0]
    key = views.participants(zg)[0].key
    with zg.transaction() as conn:
        conn.execute(
            "UPDATE exchange_value SET value = NULL, suppressed = 1 WHERE practice = ? AND "
            "indicator = 'verwijzing.oe_waargenomen' AND period = ? AND category = '0320'",
            (key, str(year)),
        )
    funnel = views.funnel(zg, "0320", year)
    assert key in [p.key for p in funnel.missing]
    assert key not in [p.practice.key for p in funnel.points]


def test_the_pack_shows_the_same_points_with_the_own_practice_by_name(zg, pack) -> None:
    year = views.funnel_years(zg)[0]
    in_zg = views.funnel(zg, "GGZ", year)
    in_pack = views.funnel(pack, "GGZ", year)
    assert sorted(p.ratio for p in in_pack.points) == pytest.approx(
        sorted(p.ratio for p in in_zg.points)
    )
    own = [p for p in in_pack.points if p.practice.is_self]
    assert len(own) == 1
    same = next(p for p in in_zg.points if p.practice.key == own[0].practice.key)
    assert own[0].ratio == pytest.approx(same.ratio)
    assert views.trend_subjects(pack) == []  # a pack carries no yearly counts


def test_trend_rates_per_1000_and_the_pooled_group(zg) -> None:
    trend = views.trend(zg, "0320")
    years = list(trend.rates.index)
    assert years and all(all(p.covers(y) for p in trend.practices) for y in years)
    partial = int(trend.practices[0].period_to[:4])
    assert partial not in years  # the running year is not complete
    year = years[-1]
    counts, sizes = 0.0, 0.0
    for p in trend.practices:
        n = value(zg, p.key, "verwijzing.jaar", str(year), "0320")
        size = value(zg, p.key, "praktijk.omvang", str(year))["value"]
        if n["suppressed"]:
            assert np.isnan(trend.rates.loc[year, p.key])
            continue
        assert trend.rates.loc[year, p.key] == pytest.approx(n["value"] / size * 1000)
        counts += n["value"]
        sizes += size
    assert trend.group[year] == pytest.approx(counts / sizes * 1000)


def test_side_by_side_figures_and_what_suppression_hides(zg) -> None:
    year = views.side_by_side_years(zg)[1]  # a complete year
    table = views.side_by_side(zg, year)
    assert not table.partial
    for p in table.practices:
        size = value(zg, p.key, "praktijk.omvang", str(year))["value"]
        talks = value(zg, p.key, "gesprek.aantal_jaar", str(year))
        if talks["suppressed"]:
            assert (p.key, "gesprekken_per_1000") in table.suppressed
            assert np.isnan(table.values.loc[p.key, "gesprekken_per_1000"])
        else:
            assert table.values.loc[p.key, "gesprekken_per_1000"] == pytest.approx(
                talks["value"] / size * 1000
            )
        active = value(zg, p.key, "ggz.actief", str(year))
        hidden = (p.key, "ggz_contact_pct") in table.suppressed
        assert hidden == bool(active["suppressed"] or value(
            zg, p.key, "ggz.gecontacteerd", str(year))["suppressed"])  # fmt: skip
    running = views.side_by_side(zg, views.side_by_side_years(zg)[0])
    assert running.partial == {p.key for p in running.practices}
