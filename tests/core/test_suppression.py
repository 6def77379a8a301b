"""Small-cell suppression: no count 1–4 shown, and none to be worked out again from the sums."""

from itertools import product

import numpy as np
import pytest

from plusdesk.core.suppression import Relation, primary, recoverable, suppress


def table(rows: list[list[int]]) -> tuple[dict, list[Relation]]:
    """A table with row totals, column totals and a grand total, as published figures."""
    values: dict = {}
    relations = []
    n_rows, n_cols = len(rows), len(rows[0])
    for i, j in product(range(n_rows), range(n_cols)):
        values[(i, j)] = rows[i][j]
    for i in range(n_rows):
        values[(i, "T")] = sum(rows[i])
        relations.append(Relation((i, "T"), tuple((i, j) for j in range(n_cols))))
    for j in range(n_cols):
        values[("T", j)] = sum(r[j] for r in rows)
        relations.append(Relation(("T", j), tuple((i, j) for i in range(n_rows))))
    values[("T", "T")] = sum(map(sum, rows))
    relations.append(Relation(("T", "T"), tuple((i, "T") for i in range(n_rows))))
    relations.append(Relation(("T", "T"), tuple(("T", j) for j in range(n_cols))))
    return values, relations


def solved_by_brute_force(values: dict, relations: list[Relation], hidden: set) -> set:
    """Hidden cells whose value is the same in every non-negative integer solution (small
    tables only): what an attacker with the published sums could pin down exactly."""
    cells = sorted(hidden, key=repr)
    assert len(cells) <= 5, "brute force is for small patterns"

    def bound(cell) -> int:  # a part is at most a shown total it belongs to
        shown = [values[r.total] for r in relations if cell in r.parts and r.total not in hidden]
        return min(shown, default=max(values.values()))

    seen: dict = {c: set() for c in cells}
    for guess in product(*(range(bound(c) + 1) for c in cells)):
        trial = {**values, **dict(zip(cells, guess, strict=True))}
        if all(trial[r.total] == sum(trial[p] for p in r.parts) for r in relations):
            for cell, value in zip(cells, guess, strict=True):
                seen[cell].add(value)
    return {c for c in cells if len(seen[c]) == 1}


def solved_by_rank(relations: list[Relation], hidden: set) -> set:
    """The same question by matrix rank: a cell is fixed when adding its unit row to the
    system of equations does not raise the rank."""
    cells = sorted(hidden, key=repr)
    rows = [
        [1.0 if c == r.total else -1.0 if c in r.parts else 0.0 for c in cells]
        for r in relations
        if any(c in hidden for c in r.cells)
    ]
    base = np.linalg.matrix_rank(np.array(rows))
    fixed = set()
    for n, cell in enumerate(cells):
        unit = [1.0 if m == n else 0.0 for m in range(len(cells))]
        if np.linalg.matrix_rank(np.array([*rows, unit])) == base:
            fixed.add(cell)
    return fixed


def test_counts_from_one_to_four_are_hidden_and_zero_and_five_are_shown() -> None:
    values = {"a": 0, "b": 1, "c": 4, "d": 5, "e": 12}
    assert primary(values, values, 5) == {"b", "c"}
    assert primary(values, values, 3) == {"b"}


def test_only_counts_of_patients_are_suppressed() -> None:
    values = {"patients": 3, "mean_score": 3}
    assert suppress(values, ["patients"], []) == {"patients"}


def test_a_lone_hidden_part_takes_the_smallest_other_cell_with_it() -> None:
    values = {"T": 30, "a": 3, "b": 7, "c": 20, "d": 0}
    relation = Relation("T", ("a", "b", "c", "d"))
    hidden = suppress(values, values, [relation])
    assert hidden == {"a", "b"}  # not the zero (which tells nothing) and not the big one
    assert recoverable(values, [relation], hidden) == set()


def test_a_hidden_total_is_not_left_to_be_added_up_from_its_parts() -> None:
    values = {"T": 4, "a": 0, "b": 4, "c": 0}
    relation = Relation("T", ("a", "b", "c"))
    hidden = suppress(values, values, [relation])
    assert {"T", "b"} <= hidden
    assert recoverable(values, [relation], hidden) == set()


def test_a_table_with_margins_gets_a_pattern_no_one_can_solve() -> None:
    values, relations = table([[3, 8, 9], [10, 12, 6], [7, 1, 20]])
    hidden = suppress(values, values, relations)
    assert {(0, 0), (2, 1)} <= hidden
    assert not any(0 < values[k] < 5 for k in values if k not in hidden)
    assert recoverable(values, relations, hidden) == set()
    assert solved_by_rank(relations, hidden) == set()
    if len(hidden) <= 5:
        assert solved_by_brute_force(values, relations, hidden) == set()


def test_two_hidden_in_every_sum_can_still_give_a_cell_away_and_that_is_caught() -> None:
    # Three published sums over three cells, two hidden in each: a+b, b+c and a+c are known,
    # so a, b and c all follow. Counting hidden cells per sum misses it; the rank test does not.
    values = {"T1": 10, "T2": 12, "T3": 8, "a": 3, "b": 7, "c": 5}
    relations = [Relation("T1", ("a", "b")), Relation("T2", ("b", "c")), Relation("T3", ("a", "c"))]
    weak = {"a", "b", "c"}
    assert not any(sum(c in weak for c in r.cells) == 1 for r in relations)
    assert recoverable(values, relations, weak) == {"a", "b", "c"}
    assert solved_by_brute_force(values, relations, weak) == {"a", "b", "c"}
    hidden = suppress(values, ["a", "b", "c"], relations)
    assert "a" in hidden
    assert recoverable(values, relations, hidden) == set()
    assert solved_by_rank(relations, hidden) == set()


@pytest.mark.parametrize("seed", range(12))
def test_random_tables_never_show_a_small_count_or_leave_one_recoverable(seed: int) -> None:
    rng = np.random.default_rng(seed)
    rows = rng.poisson(lam=rng.uniform(2, 9), size=(rng.integers(2, 5), rng.integers(2, 5)))
    values, relations = table(rows.tolist())
    hidden = suppress(values, values, relations)
    assert not any(0 < values[k] < 5 for k in values if k not in hidden)
    assert recoverable(values, relations, hidden) == set()
    assert solved_by_rank(relations, hidden) == set()


def test_without_relations_only_the_small_cells_go() -> None:
    values = {"a": 2, "b": 40}
    assert suppress(values, values, [], threshold=3) == {"a"}
