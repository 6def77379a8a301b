"""Small-cell suppression with secondary suppression, checked against recovery from totals."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.linalg import null_space

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 2
MAX_THRESHOLD = 50


@dataclass(frozen=True)
class Relation:
    """A sum that anyone can check in the published figures: total = sum(parts)."""

    total: Hashable
    parts: tuple[Hashable, ...]

    @property
    def cells(self) -> tuple[Hashable, ...]:
        return (self.total, *self.parts)


def primary(values: Mapping[Hashable, float], sensitive: Iterable[Hashable], threshold: int) -> set:
    """The sensitive cells with a count from 1 to threshold - 1 (zero is shown)."""
    return {k for k in sensitive if 0 < values[k] < threshold}


def suppress(
    values: Mapping[Hashable, float],
    sensitive: Iterable[Hashable],
    relations: Sequence[Relation],
    threshold: int = DEFAULT_THRESHOLD,
) -> set:
    """The cells to hide: the small ones, and enough others that none can be worked out again.

    Primary suppression hides every sensitive count from 1 to threshold - 1. Secondary
    suppression then makes sure no relation has exactly one hidden cell (which the others
    would give away), preferring the smallest non-zero cell, and finally checks the whole
    system of relations: a hidden cell whose value follows from the published cells by any
    combination of sums (a linear-algebra test) gets a further cell hidden beside it.
    """
    hidden = primary(values, sensitive, threshold)
    if not relations:
        return hidden
    by_cell: dict[Hashable, list[Relation]] = {}
    for relation in relations:
        for cell in relation.cells:
            by_cell.setdefault(cell, []).append(relation)
    for _ in range(len(values) + 1):
        _close_relations(values, relations, by_cell, hidden)
        exposed = recoverable(values, relations, hidden)
        if not exposed:
            return hidden
        for cell in sorted(exposed, key=repr):
            for relation in by_cell[cell]:
                extra = _cheapest(values, relation, hidden)
                if extra is not None:
                    hidden.add(extra)
                    break
    raise RuntimeError("suppression did not converge")  # pragma: no cover - bounded by cells


def _close_relations(
    values: Mapping[Hashable, float],
    relations: Sequence[Relation],
    by_cell: dict[Hashable, list[Relation]],
    hidden: set,
) -> None:
    """Hide one more cell in every relation that has exactly one hidden, until none has."""
    todo = [r for r in relations if any(c in hidden for c in r.cells)]
    while todo:
        relation = todo.pop()
        if sum(c in hidden for c in relation.cells) != 1:
            continue
        extra = _cheapest(values, relation, hidden)
        if extra is None:
            continue
        hidden.add(extra)
        todo.extend(by_cell[extra])


def _cheapest(values: Mapping[Hashable, float], relation: Relation, hidden: set) -> Hashable | None:
    """The shown cell of a relation that costs least to hide: the smallest non-zero, parts first."""
    shown = [c for c in relation.cells if c not in hidden]
    if not shown:
        return None

    def cost(cell: Hashable) -> tuple[bool, float, bool, str]:
        value = values[cell]
        return (value == 0, value, cell == relation.total, repr(cell))

    return min(shown, key=cost)


def recoverable(
    values: Mapping[Hashable, float], relations: Sequence[Relation], hidden: set
) -> set:
    """The hidden cells whose value follows exactly from the shown cells and the relations.

    Each relation is a linear equation in its hidden cells (the shown ones are constants). A
    hidden cell is determined exactly when its unit vector lies in the row space of that
    system, i.e. when every vector of the system's null space is zero at that cell.
    """
    involved = [r for r in relations if any(c in hidden for c in r.cells)]
    found: set = set()
    for group in _components(involved, hidden):
        found |= _determined(group, hidden)
    return found


def _components(relations: list[Relation], hidden: set) -> list[list[Relation]]:
    """The relations grouped by the hidden cells they share (each group solved on its own)."""
    parent: dict[Hashable, Hashable] = {}

    def root(cell: Hashable) -> Hashable:
        while parent.setdefault(cell, cell) != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    for relation in relations:
        cells = [c for c in relation.cells if c in hidden]
        for other in cells[1:]:
            parent[root(other)] = root(cells[0])
    groups: dict[Hashable, list[Relation]] = {}
    for relation in relations:
        first = next(c for c in relation.cells if c in hidden)
        groups.setdefault(root(first), []).append(relation)
    return list(groups.values())


def _determined(relations: list[Relation], hidden: set) -> set:
    unknowns = sorted({c for r in relations for c in r.cells if c in hidden}, key=repr)
    column = {cell: i for i, cell in enumerate(unknowns)}
    matrix = np.zeros((len(relations), len(unknowns)))
    for row, relation in enumerate(relations):
        if relation.total in hidden:
            matrix[row, column[relation.total]] += 1.0
        for part in relation.parts:
            if part in hidden:
                matrix[row, column[part]] -= 1.0
    free = null_space(matrix)
    if free.shape[1] == 0:
        return set(unknowns)
    determined = np.abs(free).max(axis=1) < 1e-9
    return {cell for cell, fixed in zip(unknowns, determined, strict=True) if fixed}
