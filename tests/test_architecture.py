"""The arrows of architecture.md point one way; these tests fail when an import breaks them."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "leietileie"


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the file's package
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                base = ".".join(parts + ((node.module,) if node.module else ()))
            names.add(base)
    return names


def files(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", files("domain"), ids=lambda p: p.name)
def test_domain_is_pure(path):
    """No Qt, SQL, PDF or files' formats in the domain; of ours, only domain and rules."""
    for name in imports(path):
        root = name.split(".")[0]
        assert root not in {"PySide6", "sqlite3", "sqlite_utils", "reportlab", "openpyxl", "xlsxwriter"}, name
        if root == "leietileie":
            assert name.startswith(("leietileie.domain", "leietileie.rules")), name


@pytest.mark.parametrize("folder", ["domain", "rules", "storage", "services", "letters", "exports", "commands"])
def test_nothing_outside_ui_imports_ui(folder):
    for path in files(folder):
        assert not any(n.startswith(("leietileie.ui", "PySide6")) for n in imports(path)), path


@pytest.mark.parametrize("path", files("ui"), ids=lambda p: p.name)
def test_ui_writes_no_sql(path):
    text = path.read_text(encoding="utf-8")
    for verb in ("INSERT INTO", "UPDATE ", "DELETE FROM", "SELECT "):
        assert verb not in text, f"{path.name} has SQL ({verb.strip()}); use a repository or a service"


@pytest.mark.parametrize("path", files("services"), ids=lambda p: p.name)
def test_services_write_no_sql(path):
    """Services call repositories and storage query modules (storage/); they hold no SQL."""
    text = path.read_text(encoding="utf-8")
    for verb in ("INSERT INTO", "UPDATE ", "DELETE FROM", "SELECT "):
        assert verb not in text, f"{path.name} has SQL ({verb.strip()}); add a repository method"
