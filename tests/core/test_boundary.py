"""The core stays usable without Qt: importing all of it loads no Qt module."""

import pkgutil
import subprocess
import sys

import plusdesk.core


def test_core_imports_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(plusdesk.core.__path__, "plusdesk.core.")]
    assert "plusdesk.core.db" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"core loaded Qt modules: {result.stdout}"


def test_cli_headless_commands_import_no_qt() -> None:
    code = (
        "import sys\n"
        "from plusdesk.cli import main\n"
        "import plusdesk.core.demo, plusdesk.core.practice\n"
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
