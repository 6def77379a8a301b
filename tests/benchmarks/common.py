"""What the benchmark scripts share: a figure against its goal, and the table of them.

Each script's `measure(...)` returns a list of `Result`; its `--json PATH` option writes that
list to PATH, which is how run_all.py collects the figures from a fresh process per benchmark.
Not collected by pytest.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # `python tests/benchmarks/x.py` puts only this folder there
    sys.path.insert(0, str(REPO))

OPERATORS = {"<": float.__lt__, "<=": float.__le__, "==": float.__eq__}


@dataclass(frozen=True)
class Result:
    """One figure against its goal: `figure op goal` is the goal met (e.g. 31.2 ms < 50 ms).

    ratio is figure / goal (None when the goal is 0); verdict is "ok" or `miss`.
    """

    name: str
    figure: float
    unit: str  # "s", "ms", "MB", "files"
    goal: float
    ratio: float | None
    ok: bool
    note: str = ""
    op: str = "<="
    miss: str = "too slow"  # the verdict when the goal is not met

    @classmethod
    def judge(
        cls,
        name: str,
        figure: float,
        unit: str,
        goal: float,
        *,
        op: str = "<=",
        note: str = "",
        miss: str = "too slow",
    ) -> Result:
        ratio = figure / goal if goal else None
        ok = OPERATORS[op](float(figure), float(goal))
        return cls(name, float(figure), unit, float(goal), ratio, ok, note, op, miss)

    @property
    def verdict(self) -> str:
        return "ok" if self.ok else self.miss


def say(text: str) -> None:
    """The scripts' default report: printed at once, also when stdout is a pipe."""
    print(text, flush=True)


def error_result(name: str, note: str) -> Result:
    """A benchmark that gave no figure (it crashed): never ok."""
    return Result(name, float("nan"), "", float("nan"), None, False, note, "<=", "error")


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python: this checkout first on its path."""
    env = dict(os.environ, **extra)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return env


def write_json(path: Path | None, results: Sequence[Result]) -> None:
    if path is not None:
        Path(path).write_text(json.dumps([asdict(r) for r in results], indent=1), "utf-8")


def read_json(path: Path) -> list[Result]:
    return [Result(**item) for item in json.loads(Path(path).read_text("utf-8"))]


def add_json_option(parser) -> None:
    parser.add_argument(
        "--json", type=Path, metavar="PATH", help="also write the figures to PATH (for run_all)"
    )


def machine() -> str:
    """CPU count and model, Python, platform: the line under every table."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = " (" + line.split(":", 1)[1].strip() + ")"
                break
    except OSError:
        model = f" ({platform.processor()})" if platform.processor() else ""
    return (
        f"{os.cpu_count()} CPUs{model}; Python {platform.python_version()}; {platform.platform()}"
    )


def load() -> str:
    """The 1, 5 and 15 minute load averages, where the system has them."""
    try:
        return "load " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "load unknown"


def format_value(value: float, unit: str) -> str:
    if value != value:  # NaN: no figure
        return "-"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "files":
        return f"{value:.0f} files"
    return f"{value:g} {unit}".strip()


def table(results: Sequence[Result]) -> list[str]:
    """The table lines: benchmark, figure, goal, ratio (figure / goal), verdict, note."""
    rows = [("benchmark", "figure", "goal", "ratio", "verdict", "note")]
    for r in results:
        goal = "-" if r.goal != r.goal else f"{r.op} {format_value(r.goal, r.unit)}"
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        rows.append((r.name, format_value(r.figure, r.unit), goal, ratio, r.verdict, r.note))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            row[0].ljust(widths[0]),
            row[1].rjust(widths[1]),
            row[2].rjust(widths[2]),
            row[3].rjust(widths[3]),
            row[4].ljust(widths[4]),
            row[5],
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in [*widths, len("note")]))
    return lines
