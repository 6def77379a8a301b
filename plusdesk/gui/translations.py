"""UI languages: Dutch (the source text) and English, from Qt Linguist files in resources."""

from __future__ import annotations

import importlib.util
import os
import subprocess
from pathlib import Path

from plusdesk.core.resources import resources_dir

CATALOGUE = "plusdesk"  # resources/translations/plusdesk_<language>.ts / .qm


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_tool(name: str) -> Path | None:
    """A Qt Linguist tool (lrelease, lupdate) shipped inside the PySide6 package."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def compile_translations(folder: Path | None = None) -> list[Path]:
    """Compile every plusdesk_*.ts whose .qm is missing or older; returns the .qm files.

    Run when the bundle is built (build.spec) and, in a source checkout, when the
    application starts, so an edited .ts takes effect without a separate step.
    """
    folder = folder or translations_dir()
    compiled = []
    for source in sorted(folder.glob(f"{CATALOGUE}_*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            tool = qt_tool("lrelease")
            if tool is None:
                raise RuntimeError(f"lrelease (from PySide6) not found; cannot compile {source}")
            subprocess.run(
                [str(tool), "-silent", str(source), "-qm", str(target)],
                check=True,
                capture_output=True,
            )
        compiled.append(target)
    return compiled
