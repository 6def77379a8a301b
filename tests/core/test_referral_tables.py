"""List size by stratum, Vektis figures and reference rates: typed in or from a template."""

from pathlib import Path

import pytest

from plusdesk.core import referral_tables as tables
from plusdesk.core.errors import ValidationError
from plusdesk.core.referral_model import AGE_BANDS
from plusdesk.core.referral_oe import reference_label
from plusdesk.core.referrals import ImportRefused


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="cp1252")
    return path


def test_a_typed_list_size_is_stored_for_every_stratum(fresh) -> None:
    tables.save_list_size(fresh, 2024, {("45-64", "V"): "812", ("45-64", "M"): 790})
    stored = tables.list_size(fresh.db, 2024)
    assert len(stored) == len(AGE_BANDS) * 2  # missing strata become 0, not holes
    assert stored[("45-64", "V")] == 812 and stored[("0-4", "M")] == 0
    assert tables.list_size_years(fresh.db) == [2024]


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({("45-64", "V"): "acht"}, "geen geheel getal"),
        ({("45-64", "V"): "-3"}, "geen geheel getal"),
        ({("40-60", "V"): "10"}, "Leeftijdsgroep '40-60' is onbekend"),
        ({("45-64", "V"): "0"}, "minstens één aantal"),
    ],
)
def test_a_wrong_list_size_is_refused_and_nothing_stored(fresh, cells, message) -> None:
    with pytest.raises(ValidationError, match=message):
        tables.save_list_size(fresh, 2024, cells)
    assert tables.list_size_years(fresh.db) == []


def test_vektis_figures_accept_codes_names_and_groups(fresh) -> None:
    count = tables.save_benchmark(
        fresh, "2024", [("Longziekten", "61", "47,3"), ("0316", 40, 31.0), ("ggz", "88", "70")]
    )
    assert count == 3
    assert [(r.subject, r.observed, r.expected) for r in tables.benchmark_rows(fresh.db, 2024)] == [
        ("0316", 40, 31.0),
        ("0322", 61, 47.3),
        ("GGZ", 88, 70.0),
    ]
    # saving the year again replaces it
    tables.save_benchmark(fresh, 2024, [("0322", 60, 50)])
    assert [r.subject for r in tables.benchmark_rows(fresh.db, 2024)] == ["0322"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (("Tandarts", "3", "2"), "'Tandarts' is onbekend"),
        (("0322", "3", "0"), "groter dan 0"),
        (("0322", "3,5", "2"), "geen geheel getal"),
    ],
)
def test_wrong_vektis_figures_are_refused(fresh, row, message) -> None:
    with pytest.raises(ValidationError, match=message):
        tables.save_benchmark(fresh, 2024, [row])
    assert tables.benchmark_rows(fresh.db) == []


def test_the_list_size_template_round_trips(fresh, tmp_path: Path) -> None:
    template = tables.write_template("list_size", tmp_path / "sjabloon.csv")
    assert template.read_text(encoding="utf-8-sig").splitlines() == [
        "jaar;leeftijd;geslacht;aantal",
        "2024;45-64;V;812",
    ]
    path = write(
        tmp_path / "omvang.csv",
        "jaar;leeftijd;geslacht;aantal\n2023;0-4;man;150\n2023;0-4;vrouw;140\n2024;85+;V;1.020\n",
    )
    assert tables.import_template(fresh, "list_size", path) == 3
    assert tables.list_size(fresh.db, 2023)[("0-4", "V")] == 140
    assert tables.list_size(fresh.db, 2024)[("85+", "V")] == 1020


def test_a_template_with_a_bad_row_is_refused_whole_with_its_row(fresh, tmp_path: Path) -> None:
    path = write(
        tmp_path / "vektis.csv",
        "jaar;specialisme;waargenomen;verwacht\n2024;0322;61;47,3\n2024;Tandarts;3;2\n",
    )
    with pytest.raises(ImportRefused) as refused:
        tables.import_template(fresh, "benchmark", path)
    problems = refused.value.problems
    assert problems["row"].tolist() == [3]
    assert "Tandarts" in problems["problem"][0]
    assert tables.benchmark_rows(fresh.db) == []


def test_the_wrong_template_is_named(fresh, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "jaar;leeftijd;geslacht;aantal\n2024;0-4;M;10\n")
    with pytest.raises(ValidationError, match="niet het sjabloon voor Vektis-cijfers"):
        tables.import_template(fresh, "benchmark", path)


def test_a_reference_table_is_stored_with_its_name(fresh, tmp_path: Path) -> None:
    path = write(
        tmp_path / "referentie.csv",
        "specialisme;leeftijd;geslacht;per_1000\n0322;65-74;M;21,4\nLongziekten;65-74;V;18\n",
    )
    assert tables.import_template(fresh, "reference", path, reference_name="Zorggroep 2025") == 2
    rates = fresh.db.query("SELECT specialism, sex, rate FROM reference_rate ORDER BY sex")
    assert [tuple(r) for r in rates] == [("0322", "M", 21.4), ("0322", "V", 18.0)]
    assert reference_label(fresh.db) == "Zorggroep 2025"
