"""The app's link to the office database (issue 13): the connection's address, who changed a
household last (for the conflict message), and the change notices (PostgreSQL only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from leietileie.errors import ConflictError
from leietileie.services import office_link
from leietileie.services.demo import create_demo
from leietileie.services.office_link import OfficeConnection
from leietileie.storage import Database

# The address -----------------------------------------------------------------------------


def test_the_url_of_host_port_database_and_user():
    plain = OfficeConnection(host="db.kommune.no", database="leie", user="anne")
    assert plain.url() == "postgresql://anne@db.kommune.no/leie"  # 5432 is libpq's default
    other_port = replace(plain, port=6543)
    assert other_port.url() == "postgresql://anne@db.kommune.no:6543/leie"


def test_tls_modes_and_the_ca_file_go_into_the_query(tmp_path):
    ca = tmp_path / "kontor-ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    connection = OfficeConnection(
        host="db.kommune.no", database="leie", user="anne", sslmode="verify-full", ca_file=str(ca)
    )
    assert connection.url() == (
        f"postgresql://anne@db.kommune.no/leie?sslmode=verify-full&sslrootcert={ca}"
    )
    assert connection.problems() == []
    assert replace(connection, sslmode="require", ca_file="").url() == (
        "postgresql://anne@db.kommune.no/leie?sslmode=require"
    )


def test_a_service_name_replaces_host_and_port():
    connection = OfficeConnection(service="kontor", database="leie", user="anne", host="x")
    assert connection.url() == "postgresql://anne@/leie?service=kontor"


def test_a_typed_password_is_quoted_in_the_url_and_never_kept():
    connection = OfficeConnection(host="db", database="leie", user="anne")
    url = connection.url("p@ss:w/rd")
    assert url == "postgresql://anne:p%40ss%3Aw%2Frd@db/leie"
    assert office_link.without_password(url) == "postgresql://anne@db/leie"
    assert office_link.display(url) == "postgresql://anne:***@db/leie"
    assert OfficeConnection.from_url(url) == connection  # the fields, no password


def test_the_fields_of_a_stored_url_fill_the_dialog_again():
    url = "postgresql://anne@db.kommune.no:6543/leie?sslmode=verify-full&sslrootcert=/etc/ca.crt"
    assert OfficeConnection.from_url(url) == OfficeConnection(
        host="db.kommune.no",
        port=6543,
        database="leie",
        user="anne",
        sslmode="verify-full",
        ca_file="/etc/ca.crt",
    )


def test_what_is_missing_is_named_by_field(tmp_path):
    problems = OfficeConnection(ca_file=str(tmp_path / "mangler.crt")).problems()
    assert [p.split(":")[0] for p in problems] == ["Vert", "Database", "CA-fil"]
    assert OfficeConnection(service="kontor", database="leie").problems() == []


# Who changed a household -------------------------------------------------------------------


@pytest.fixture
def two_caseworkers(register_location):
    """The same register opened twice: «anne» (who edits) and «kollega» (who saves first)."""
    mine = Database.open(register_location, actor="anne")
    create_demo(mine, households=4, seed=2)
    theirs = Database.open(register_location, actor="kollega")
    yield mine, theirs
    theirs.close()
    mine.close()


def test_last_change_names_the_colleague_and_when(two_caseworkers):
    mine, theirs = two_caseworkers
    hid = mine.households.page(0, 1)[0].id
    before = mine.households.get(hid)
    started = datetime.now().astimezone()
    theirs.households.save(replace(theirs.households.get(hid), phone="42222222"))
    ended = datetime.now().astimezone()
    with pytest.raises(ConflictError):
        mine.households.save(replace(before, phone="41111111"), expected_version=before.version)
    change = office_link.last_change(mine, hid)
    assert change is not None
    assert (change.actor, change.action) == ("kollega", "changed")
    assert started <= change.at <= ended
    assert change.at.utcoffset() == started.utcoffset()  # local time, as the message shows it


def test_last_change_of_a_deleted_household_says_deleted(two_caseworkers):
    mine, theirs = two_caseworkers
    hid = mine.households.page(0, 1)[0].id
    theirs.households.soft_delete(hid, theirs.households.get(hid).version)
    change = office_link.last_change(mine, hid)
    assert change is not None and (change.actor, change.action) == ("kollega", "deleted")


def test_last_change_of_a_household_with_no_entry_is_none(two_caseworkers):
    mine, _theirs = two_caseworkers
    assert office_link.last_change(mine, 987654) is None


# Change notices ------------------------------------------------------------------------------


def test_a_file_has_no_change_notices(tmp_path):
    with Database.open(tmp_path / "r.db") as db:
        assert office_link.install_change_notices(db) is False
        assert office_link.session_pid(db) is None
        with pytest.raises(ValueError):
            office_link.ChangeListener(tmp_path / "r.db")


@pytest.fixture
def office(register_location):
    if not isinstance(register_location, str):
        pytest.skip("change notices are the office database's (PostgreSQL)")
    db = office_link.open_office(register_location, actor="anne")
    create_demo(db, households=3, seed=4, today=date(2026, 11, 25))
    yield register_location, db
    db.close()


def test_a_colleagues_save_is_announced_with_the_writers_process(office):
    url, mine = office
    listener = office_link.ChangeListener(url)
    try:
        assert listener.wait(0.05) == []
        with office_link.open_office(url, actor="kollega") as theirs:
            hid = theirs.households.page(0, 1)[0].id
            theirs.households.save(replace(theirs.households.get(hid), phone="42222222"))
            pid = office_link.session_pid(theirs)
        changes = listener.wait(1.0)
    finally:
        listener.close()
    assert pid is not None and pid != office_link.session_pid(mine)
    # one UPDATE of households (version) and the rewrite of the row: each names the household
    assert changes and {(c.entity, c.id, c.pid) for c in changes} == {("household", hid, pid)}


def test_a_statement_that_changes_several_rows_is_one_notice(office):
    url, mine = office
    listener = office_link.ChangeListener(url)
    try:
        with Database.open(url, actor="kollega") as theirs:
            create_demo(theirs, households=5, seed=9, today=date(2026, 11, 25))
        changes = listener.wait(1.0)
    finally:
        listener.close()
    assert ("household", None) in {(c.entity, c.id) for c in changes}
    assert len(changes) < 5 * 2  # not one per row


def test_installing_twice_changes_nothing(office):
    _url, mine = office
    assert office_link.install_change_notices(mine) is True
    assert office_link.install_change_notices(mine) is True


def test_a_service_file_gives_the_address(office, tmp_path, monkeypatch):
    """«Tjeneste (service)»: host, port and user come from the PostgreSQL service file."""
    from urllib.parse import urlsplit

    url, _mine = office
    parts = urlsplit(url)
    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(
        f"[kontor]\nhost={parts.hostname}\nport={parts.port}\nuser={parts.username}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    connection = OfficeConnection(service="kontor", database=parts.path.lstrip("/"))
    probe = office_link.probe(connection.url())
    assert probe.schema_version > 0


class _FakeKeyring:
    """The ``keyring`` package's two calls, kept in a dict."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.kept.get((service, name))

    def set_password(self, service: str, name: str, password: str) -> None:
        self.kept[(service, name)] = password


def test_the_system_keyring_keeps_the_password_under_the_address(monkeypatch):
    import sys

    connection = OfficeConnection(host="db", database="leie", user="anne")
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed
    assert not office_link.keyring_available()
    assert office_link.keyring_password(connection) == ""
    assert office_link.keep_in_keyring(connection, "hemmelig") is False
    ring = _FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", ring)
    assert office_link.keep_in_keyring(connection, "hemmelig") is True
    assert ring.kept == {("leietileie", "postgresql://anne@db/leie"): "hemmelig"}
    assert office_link.keyring_password(connection) == "hemmelig"
    assert office_link.keyring_password(replace(connection, user="per")) == ""
