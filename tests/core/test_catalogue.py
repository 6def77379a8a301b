"""The intervention catalogue: the shipped default, validation, and replacing it safely."""

import json
from pathlib import Path

import pytest

from plusdesk.core.catalogue import (
    apply_catalogue,
    default_catalogue_path,
    list_interventions,
    load_catalogue_file,
    parse_catalogue,
)
from plusdesk.core.db import open_database
from plusdesk.core.errors import CatalogueError
from plusdesk.core.users import login


def default_data() -> dict:
    return json.loads(default_catalogue_path().read_text(encoding="utf-8"))


def test_default_catalogue_has_17_interventions_in_three_domains() -> None:
    cat = load_catalogue_file()
    assert [d.title for d in cat.domains] == [
        "Patiënt empowerment",
        "Doelmatige zorg",
        "Wijkgerichte zorg",
    ]
    assert len(cat.interventions) == 17
    per_domain = {d.code: sum(i.domain == d.code for i in cat.interventions) for d in cat.domains}
    assert all(n >= 4 for n in per_domain.values())
    assert all(i.preconditions for i in cat.interventions)
    titles = " ".join(i.title for i in cat.interventions).lower()
    for core_intervention in ("patiëntgericht gesprek", "collaborative care", "pluspunten"):
        assert core_intervention in titles


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="iets-anders"), "geen PlusDesk-catalogus"),
        (lambda d: d.update(format_version=99), "catalogusformaat 99"),
        (lambda d: d["interventions"][0].update(domain="XX"), "onbekend domein"),
        (lambda d: d["interventions"][1].update(code="PE-01"), "dubbel"),
        (lambda d: d["interventions"][0].pop("title"), "mist het veld 'title'"),
        (lambda d: d.update(interventions=[]), "geen interventies"),
    ],
)
def test_malformed_catalogue_is_refused_with_reason(mutate, message: str) -> None:
    data = default_data()
    mutate(data)
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue(json.dumps(data).encode())


def test_not_json_is_refused() -> None:
    with pytest.raises(CatalogueError, match="geen JSON"):
        parse_catalogue(b"\x00\x01 geen json")


def test_replacing_catalogue_keeps_records_and_retires_missing(
    demo_file: Path, tmp_path: Path
) -> None:
    data = default_data()
    data["catalogue_id"] = "zorggroep-eigen"
    data["catalogue_version"] = "2027.1"
    dropped = data["interventions"].pop(5)["code"]
    data["interventions"][0]["title"] = "Patiëntgericht gesprek (eigen opzet)"
    data["interventions"].append(
        {
            "code": "WZ-09",
            "domain": "WZ",
            "title": "Buurtspreekuur",
            "description": "Spreekuur in het buurthuis.",
            "preconditions": [{"code": "WZ-09-R1", "text": "Er is een ruimte."}],
        }
    )
    path = tmp_path / "eigen.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = open_database(demo_file)
    session = login(db, "demo", "plusdesk-demo")
    change = apply_catalogue(session, load_catalogue_file(path))
    assert change.added == ["WZ-09"]
    assert change.retired == [dropped]
    active = {r.code: r for r in list_interventions(db)}
    assert dropped not in active and "WZ-09" in active
    assert active["PE-01"].title == "Patiëntgericht gesprek (eigen opzet)"
    every = {r.code: r for r in list_interventions(db, include_retired=True)}
    assert every[dropped].retired  # kept, so history recorded against it survives
    assert db.scalar("SELECT count(*) FROM catalogue") == 2
    db.close()


def test_catalogue_that_clashes_with_local_intervention_changes_nothing(demo_file: Path) -> None:
    db = open_database(demo_file)
    session = login(db, "demo", "plusdesk-demo")
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO intervention (code, domain_code, title, position, origin) "
            "VALUES ('L-01', 'WZ', 'Eigen interventie', 99, 'lokaal')"
        )
    data = default_data()
    data["interventions"][0]["code"] = "L-01"
    data["interventions"][0]["preconditions"] = []
    before = db.query("SELECT * FROM intervention ORDER BY code")
    with pytest.raises(CatalogueError, match="lokale interventie"):
        apply_catalogue(session, parse_catalogue(json.dumps(data).encode()))
    assert [tuple(r) for r in db.query("SELECT * FROM intervention ORDER BY code")] == [
        tuple(r) for r in before
    ]
    db.close()


def test_preview_tells_the_change_and_writes_nothing(demo_file: Path) -> None:
    from plusdesk.core.catalogue import describe_change, preview_catalogue

    data = default_data()
    data["interventions"].pop(3)
    db = open_database(demo_file)
    before = [tuple(r) for r in db.query("SELECT * FROM intervention ORDER BY code")]
    change = preview_catalogue(db, parse_catalogue(json.dumps(data).encode()))
    after = [tuple(r) for r in db.query("SELECT * FROM intervention ORDER BY code")]
    text = describe_change(change, db)
    db.close()
    assert change.retired == ["PE-04"] and len(change.updated) == 16
    assert before == after
    assert "1 vervallen: PE-04 (Samen beslissen)" in text
    assert "blijft bewaard" in text


def test_retiring_a_domain_updates_counts_and_restoring_is_reported(demo_file: Path) -> None:
    from plusdesk.core.catalogue import describe_change
    from plusdesk.core.practice import overview

    data = default_data()
    full = json.dumps(data).encode()
    data["interventions"] = [i for i in data["interventions"] if i["domain"] != "WZ"]
    db = open_database(demo_file)
    session = login(db, "demo", "plusdesk-demo")
    apply_catalogue(session, parse_catalogue(json.dumps(data).encode()))
    ov = overview(db)
    expected_pre = sum(len(i["preconditions"]) for i in data["interventions"])
    # the practice's own WZ-L01 keeps its domain in the count
    assert (ov.interventions, ov.domains, ov.preconditions) == (13, 3, expected_pre)
    change = apply_catalogue(session, parse_catalogue(full))
    assert change.restored == ["WZ-01", "WZ-02", "WZ-03", "WZ-04", "WZ-05"]
    assert "5 teruggezet" in describe_change(change, db)
    assert overview(db).preconditions == 57
    db.close()
