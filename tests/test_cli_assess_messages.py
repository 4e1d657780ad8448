"""``leietileie assess`` on a broken scenario file: Norwegian text with line and column, never
the json module's or the UTF-8 decoder's English (issue 12, item 3)."""

from __future__ import annotations

import pytest

from leietileie.cli import main

ENGLISH = (
    "expecting",
    "enclosed",
    "double quotes",
    "invalid",
    "delimiter",
    "extra data",
    "unterminated",
    "escape",
    "control character",
)


def _assess(tmp_path, capsys, content: bytes):
    path = tmp_path / "scenario.json"
    path.write_bytes(content)
    assert main(["assess", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    return path, captured.err.strip()


def test_single_quoted_property_name(tmp_path, capsys):
    # {'year': 2026}: the name at line 1, column 2 is in single quotes
    path, err = _assess(tmp_path, capsys, b"{'year': 2026}")
    assert err == (
        f"{path}: er ikke gyldig JSON (linje 1, kolonne 2: her skal det stå et feltnavn i"
        ' doble anførselstegn ("navn"))'
    )
    assert "Expecting property name" not in err


def test_unquoted_property_name_on_a_later_line(tmp_path, capsys):
    # line 3 is "  year: 2026": the name starts in column 3
    path, err = _assess(tmp_path, capsys, b'{\n  "household": {},\n  year: 2026\n}')
    assert err.startswith(f"{path}: er ikke gyldig JSON (linje 3, kolonne 3: her skal det stå")
    assert "Expecting" not in err and "double quotes" not in err


def test_missing_comma(tmp_path, capsys):
    # '{"a": 1 "b": 2}': after the 1 (column 8) a comma is missing
    path, err = _assess(tmp_path, capsys, b'{"a": 1 "b": 2}')
    assert err == (
        f"{path}: er ikke gyldig JSON (linje 1, kolonne 9: her mangler komma (,) mellom to verdier)"
    )


def test_invalid_start_byte(tmp_path, capsys):
    # line 2 is ' "navn": "<0xFF>"': 0xFF can never start a UTF-8 character; ten characters
    # come before it on its line, so it is in column 11
    path, err = _assess(tmp_path, capsys, b'{\n "navn": "\xff"\n}')
    assert err == (
        f"{path}: er ikke UTF-8-tekst (linje 2, kolonne 11: byte 0xFF, ugyldig første byte"
        " i et tegn; lagre filen som UTF-8)"
    )
    assert "invalid start byte" not in err


def test_latin1_letter_is_an_invalid_continuation(tmp_path, capsys):
    # '{"a": "æ"}' saved as Windows-1252: 0xE6 starts a three-byte character, but the next
    # byte is '"'; seven characters come before it (column 8)
    path, err = _assess(tmp_path, capsys, '{"a": "æ"}'.encode("cp1252"))
    assert err == (
        f"{path}: er ikke UTF-8-tekst (linje 1, kolonne 8: byte 0xE6, ugyldig byte midt i et"
        " tegn; lagre filen som UTF-8)"
    )


def test_byte_order_mark_does_not_count_as_a_column(tmp_path, capsys):
    path, err = _assess(tmp_path, capsys, b'\xef\xbb\xbf{"a": "\xff"}')
    assert "linje 1, kolonne 8: byte 0xFF" in err


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b'{"a" 1}', b'{"a": "x', b'{"a": "\\q"}', b'{"a": 1} x', b'{"a": "\t"}'],
)
def test_no_json_message_is_english(tmp_path, capsys, content):
    path, err = _assess(tmp_path, capsys, content)
    assert err.startswith(f"{path}: er ikke gyldig JSON (linje 1, kolonne ")
    message = err.split(": ", 2)[-1]
    for english in ENGLISH:
        assert english not in message.lower(), (english, err)
