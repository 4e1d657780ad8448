"""The SQL spellings that differ between engines live in the dialect; SQLite's work."""

from __future__ import annotations

import json
import sqlite3

import pytest

from leietileie.storage.dialect import sqlite as sqlite_dialect
from leietileie.storage.dialect.sqlite import DIALECT


def test_sqlite_spellings_run():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, v INTEGER)")
    upsert = DIALECT.upsert("t", ("k", "v"), ("k",))
    conn.executemany(upsert, [("a", 1), ("b", 2), ("a", 3)])
    assert conn.execute("SELECT id, k, v FROM t ORDER BY id").fetchall() == [
        (1, "a", 3),
        (2, "b", 2),
    ]
    sql = f"SELECT k FROM t WHERE {DIALECT.in_ids('id')} ORDER BY k"
    assert conn.execute(sql, (json.dumps([2]),)).fetchall() == [("b",)]
    joined = conn.execute(f"SELECT {DIALECT.agg('k', repr(','))} FROM t").fetchone()[0]
    assert sorted(joined.split(",")) == ["a", "b"]
    assert DIALECT.marks(3) == "?, ?, ?"


def test_an_upsert_keeps_the_row_s_id():
    """INSERT OR REPLACE gave a replaced row a new id; the dialect's upsert updates it."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, v INTEGER)")
    conn.execute("INSERT INTO t (k, v) VALUES ('x', 1), ('a', 1)")
    conn.execute("DELETE FROM t WHERE k = 'x'")
    conn.execute(DIALECT.upsert("t", ("k", "v"), ("k",)), ("a", 5))
    assert conn.execute("SELECT id, v FROM t").fetchall() == [(2, 5)]


def test_a_register_connection_reads_through_a_memory_map(tmp_path):
    from leietileie.storage.dialect.sqlite import connect

    conn = connect(tmp_path / "register.db")
    try:
        # 512 MiB: a 100 000-household register (about 230 MB) is mapped whole
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] == 512 * 1024 * 1024
    finally:
        conn.close()


class _BusyThenWal:
    """A connection whose first ``PRAGMA journal_mode = WAL`` calls answer SQLITE_BUSY at
    once, as SQLite does to the second of two processes opening one new file at once."""

    def __init__(self, busy_answers):
        self.busy_answers = busy_answers
        self.calls = 0

    def execute(self, sql):
        self.calls += 1
        if self.calls <= self.busy_answers:
            exc = sqlite3.OperationalError("database is locked")
            exc.sqlite_errorcode = sqlite3.SQLITE_BUSY
            raise exc
        return _Row(("wal",))


class _Row:
    def __init__(self, row):
        self.row = row

    def fetchone(self):
        return self.row


def test_switching_a_new_file_to_wal_retries_an_immediate_busy():
    conn = _BusyThenWal(busy_answers=3)
    assert sqlite_dialect._switch_to_wal(conn) == "wal"
    assert conn.calls == 4


def test_switching_to_wal_gives_up_on_another_error_at_once():
    class Broken:
        def execute(self, sql):
            raise sqlite3.DatabaseError("file is not a database")

    with pytest.raises(sqlite3.DatabaseError):
        sqlite_dialect._switch_to_wal(Broken())
