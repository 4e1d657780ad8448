"""The arrows of architecture.md point one way; these tests fail when an import breaks them."""

import ast
import re
import sys
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
        assert root not in {
            "PySide6",
            "sqlite3",
            "sqlite_utils",
            "reportlab",
            "openpyxl",
            "xlsxwriter",
        }, name
        if root == "leietileie":
            assert name.startswith(("leietileie.domain", "leietileie.rules")), name


@pytest.mark.parametrize(
    "folder", ["domain", "rules", "storage", "services", "letters", "exports", "commands"]
)
def test_nothing_outside_ui_imports_ui(folder):
    for path in files(folder):
        assert not any(n.startswith(("leietileie.ui", "PySide6")) for n in imports(path)), path


@pytest.mark.parametrize("path", files("ui"), ids=lambda p: p.name)
def test_ui_writes_no_sql(path):
    text = path.read_text(encoding="utf-8")
    for verb in ("INSERT INTO", "UPDATE ", "DELETE FROM", "SELECT "):
        assert verb not in text, (
            f"{path.name} has SQL ({verb.strip()}); use a repository or a service"
        )


@pytest.mark.parametrize("path", files("services"), ids=lambda p: p.name)
def test_services_write_no_sql(path):
    """Services call repositories and storage query modules (storage/); they hold no SQL."""
    text = path.read_text(encoding="utf-8")
    for verb in ("INSERT INTO", "UPDATE ", "DELETE FROM", "SELECT "):
        assert verb not in text, f"{path.name} has SQL ({verb.strip()}); add a repository method"


#: What the UI may touch on the register it holds (``ctx.db``): to pass it to a service, to
#: close it, and to show where it is. Everything else a Register has (its repositories, its
#: session and connection, read()/write()/transaction()) belongs to services and storage.
UI_MAY_USE = {
    "close",
    "actor",
    "path",
    "is_file",
    "display_location",
    "set_busy_timeout",
    "engine_name",
    "schema_version",
    "busy_timeout_ms",
}


def _register_attributes() -> set[str]:
    """Every public name a Register has: its methods and properties, and what __init__ sets."""
    from leietileie.storage.register import Register

    names = {n for n in dir(Register) if not n.startswith("_")}
    tree = ast.parse((PACKAGE / "storage" / "register.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
            and isinstance(node.ctx, ast.Store)
            and not node.attr.startswith("_")
        ):
            names.add(node.attr)
    return names


#: What only services (and storage) may use of a register, derived from the class itself so
#: a repository added later is covered too.
REPOSITORIES = _register_attributes() - UI_MAY_USE


def _is_register(node: ast.AST, aliases: set[str]) -> bool:
    """``db``, ``database``, ``<...>.db`` or a local name assigned from one of those."""
    if isinstance(node, ast.Attribute):
        return node.attr in {"db", "database"}
    if isinstance(node, ast.Name):
        return node.id in {"db", "database"} | aliases
    return False


def _database_uses(path: Path) -> list[str]:
    """A register's repositories, session, connection or transactions used in a file,
    directly (``ctx.db.households``) or through a local alias (``reg = ctx.db``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_register(node.value, set()):
            aliases |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        if _is_register(node.value, aliases) and node.attr in REPOSITORIES:
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
        elif node.attr in {"transaction", "conn"}:
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return sorted(set(found), key=lambda s: int(s.split(":")[0].split()[1]))


@pytest.mark.parametrize("path", files("ui"), ids=lambda p: p.name)
def test_ui_uses_services_never_a_repository_or_a_transaction(path):
    """Issue 15 item 6: the UI reads and writes through services/ only."""
    assert _database_uses(path) == [], f"{path.name} reaches into the database; call a service"


def test_the_repository_check_catches_what_it_should(tmp_path):
    """The check above is not vacuous: these lines are what the UI used to do, or could."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "self.ctx.db.households.delete(1)\n"
        "with self.db.transaction():\n    self.db.audit.record('x')\n"
        "db.units.get_by_unit_id('B1')\n"
        "ctx.db.close()\n"
        "self.ctx.db.pathway.add_agreement(1)\n"
        "self.ctx.db.arrears.close(1)\n"
        "self.ctx.db.letter_details.add(1)\n"
        "with self.ctx.db.write('x'):\n    pass\n"
        "self.ctx.db.session.execute('x')\n"
        "reg = self.ctx.db\n"
        "reg.households.delete(1)\n"
        "label = self.ctx.db.display_location()\n",
        encoding="utf-8",
    )
    assert [line.split(":")[0] for line in _database_uses(sample)] == [
        f"line {n}" for n in (1, 2, 3, 4, 6, 7, 8, 9, 11, 13)
    ]


def test_every_repository_of_the_register_is_forbidden_to_the_ui():
    for name in ("households", "pathway", "arrears", "letter_details", "session", "write", "read"):
        assert name in REPOSITORIES


DRIVERS = {"sqlite3", "sqlite_utils", "psycopg", "psycopg2", "apsw"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_driver_import_outside_storage_dialect():
    """Only storage/dialect/<engine>.py speaks to a database driver (the engine seam)."""
    dialect = PACKAGE / "storage" / "dialect"
    offenders = [
        (str(path.relative_to(PACKAGE)), name)
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.is_relative_to(dialect)
        for name in imports(path)
        if name.split(".")[0] in DRIVERS
    ]
    assert offenders == []


def test_no_import_cycle_in_storage():
    """storage/ imports form no cycle, counting imports inside functions and TYPE_CHECKING
    blocks too (repositories take a Session, never the register)."""
    modules = {_module_name(p): p for p in files("storage")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in imports(path):
            # «from . import listing» resolves to the package; count the module when it is one
            names = [f"{imported}.{n}" for n in _imported_names(path, imported)]
            submodules = [n for n in names if n in modules]
            if not names or len(submodules) < len(names):
                submodules.append(imported)
            targets.update(c for c in submodules if c in modules and c != name)
        graph[name] = targets
    state: dict[str, int] = {}
    path_stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path_stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = path_stack[path_stack.index(nxt) :] + [nxt]
                raise AssertionError("import cycle: " + " → ".join(cycle))
            if nxt not in state:
                visit(nxt)
        path_stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def _imported_names(path: Path, base: str) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                module = ".".join(parts + ((node.module,) if node.module else ()))
            if module == base:
                names += [alias.name for alias in node.names]
    return names


def test_the_cycle_check_sees_a_cycle(tmp_path, monkeypatch):
    """The check above is not vacuous: two modules importing each other fail it."""
    fake = tmp_path / "leietileie"
    (fake / "storage").mkdir(parents=True)
    (fake / "storage" / "__init__.py").write_text("")
    (fake / "storage" / "a.py").write_text("from .b import x\n")
    (fake / "storage" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import y\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    with pytest.raises(AssertionError, match="import cycle"):
        test_no_import_cycle_in_storage()


@pytest.mark.parametrize("path", files("services"), ids=lambda p: p.name)
def test_services_do_not_reach_the_connection(path):
    """Services use the register's repositories and query functions, never its connection."""
    text = path.read_text(encoding="utf-8")
    assert ".conn" not in text, f"{path.name} reaches the database connection; add a query"


#: Test folders that hold no package's tests: shared helpers, data, benchmarks, fuzz corpus.
NOT_A_PACKAGE = {"support", "data", "benchmarks", "hostile", "__pycache__"}


def test_the_test_tree_mirrors_the_package():
    """tests/<dir>/ exists only for a leietileie/<dir>/ (tests of top-level modules and of
    the project as a whole sit in tests/ itself)."""
    tests = Path(__file__).resolve().parent
    folders = {p.name for p in tests.iterdir() if p.is_dir() and not p.name.startswith(".")}
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert folders - NOT_A_PACKAGE <= packages


#: The storage layers (storage-design): records ← repositories/queries ← register.
STORAGE = PACKAGE / "storage"


@pytest.mark.parametrize(
    "path",
    [*files("storage/repositories"), *files("storage/queries"), STORAGE / "records.py"],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_repositories_and_queries_never_import_the_register(path):
    """Repositories and queries take a Session (or a reader), never the Register: the unit of
    work hands them out, so they cannot open a transaction of their own."""
    names = imports(path)
    assert not [n for n in names if n.endswith("storage.register") or n.endswith(".database")]


def test_records_hold_no_sql_and_no_connection():
    """records.py is the rows' shapes alone: no session, no dialect, no SQL keyword."""
    text = (STORAGE / "records.py").read_text(encoding="utf-8")
    names = imports(STORAGE / "records.py")
    assert not [n for n in names if "session" in n or "dialect" in n or "engine" in n]
    assert not re.search(r"\b(SELECT|INSERT|UPDATE|DELETE)\b", text)


@pytest.mark.parametrize("path", files("storage/queries"), ids=lambda p: p.name)
def test_queries_only_read(path):
    """queries/ reads (list pages, facts, statistics, batch loads); writes belong to a
    repository. The one exception is the list columns' refresh, written by the repositories'
    transaction through listing.refresh_list_columns."""
    text = path.read_text(encoding="utf-8")
    writes = re.findall(r"\b(INSERT INTO|DELETE FROM|UPDATE \w+ SET)\b", text)
    allowed = {"listing.py": {"UPDATE households SET"}}
    assert set(writes) <= allowed.get(path.name, set()), f"{path.name} writes: {writes}"
