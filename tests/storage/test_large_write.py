"""``Register.large_write``: on SQLite a large commit leaves copying the write-ahead log into
the file (the checkpoint) to a thread on its own connection, as SQLite's documentation
suggests for keeping checkpoints off a writer's path (a screening stores 50 MB of results)."""

from __future__ import annotations

import threading

from leietileie.storage import Database


def _write_8_mb(db):
    with db.write() as session:
        session.execute("CREATE TABLE IF NOT EXISTS scratch (b BLOB)")
        session.executemany("INSERT INTO scratch VALUES (randomblob(4000))", [()] * 2000)


def _checkpoints_done():
    for thread in threading.enumerate():
        if thread.name == "leietileie-checkpoint":
            thread.join(30)


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_large_write_is_copied_into_the_file_by_a_thread_afterwards(tmp_path):
    path = tmp_path / "r.db"
    db = Database.open(path)
    before = path.stat().st_size
    with db.large_write():
        _write_8_mb(db)
        assert path.stat().st_size == before  # committed, in the write-ahead log only
    _checkpoints_done()
    grown = path.stat().st_size
    assert grown > before + 7_000_000
    assert db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    # an ordinary commit of the same size checkpoints before it returns (SQLite's default)
    _write_8_mb(db)
    assert path.stat().st_size > grown + 7_000_000
    db.close()


def test_a_failed_large_write_changes_nothing_and_starts_no_checkpoint(tmp_path):
    path = tmp_path / "r.db"
    db = Database.open(path)
    started = threading.active_count()
    try:
        with db.large_write():
            with db.write() as session:
                session.execute("CREATE TABLE scratch (b BLOB)")
                raise RuntimeError("avbrutt")
    except RuntimeError:
        pass
    assert threading.active_count() == started
    assert db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    tables = db.conn.execute("SELECT name FROM sqlite_master WHERE name = 'scratch'").fetchall()
    assert tables == []
    db.close()


def test_closing_waits_for_the_checkpoint_and_leaves_the_file_whole(tmp_path, monkeypatch):
    """``close`` waits for the checkpoint thread, so the register's connection is the last to
    close and SQLite removes the log beside the file (a command-line screening used to leave
    ``-wal`` and ``-shm`` behind when the thread's connection closed last)."""
    import leietileie.storage.dialect.sqlite as engine_sql

    path = tmp_path / "r.db"
    db = Database.open(path)
    slow_checkpoint = engine_sql._checkpoint

    def slow(where):
        import sqlite3
        import time

        reading = sqlite3.connect(where)  # the thread's connection is open …
        reading.execute("SELECT count(*) FROM sqlite_master").fetchone()
        time.sleep(0.3)  # … and still busy when the register closes
        slow_checkpoint(where)
        reading.close()

    monkeypatch.setattr(engine_sql, "_checkpoint", slow)
    with db.large_write():
        _write_8_mb(db)
    db.close()
    assert _files(tmp_path) == ["r.db"]
