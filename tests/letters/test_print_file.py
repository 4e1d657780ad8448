"""The archive PDF's streams (ISO 19005-2 6.1.7.1) and the combined print file (duplex-safe)."""

import io
import re
from dataclasses import replace

import pypdf
from reportlab.pdfgen.canvas import Canvas

from leietileie.letters import combine_pdfs, render_letter
from leietileie.letters.pdfa import eol_before_endstream
from leietileie.letters.sample import sample_household, sample_profile, sample_request

STREAM = re.compile(rb"/Length (\d+)\b[^>]*>>\r?\nstream\r?\n")


def streams_without_eol(data: bytes) -> int:
    """Streams whose data (by /Length) is not followed by an EOL and then ``endstream``."""
    bad = 0
    for m in STREAM.finditer(data):
        end = m.end() + int(m.group(1))
        if not (
            data[end : end + 11] == b"\nendstream\n" or data[end : end + 12] == b"\r\nendstream\n"
        ):
            bad += 1
    return bad


def test_eol_is_added_when_the_data_itself_ends_in_a_newline():
    # A stream whose (binary) data ends in LF: the LF is data, counted in /Length, so the
    # EOL marker before endstream is still missing.
    body = b"1 0 obj\n<< /Length 4 >>\nstream\nab\r\nendstream\nendobj\n"
    head = b"%PDF-1.7\n"
    xref_at = len(head) + len(body)
    pdf = (
        head
        + body
        + b"xref\n0 2\n0000000000 65535 f \n%010d 00000 n \n" % len(head)
        + b"trailer\n<< /Size 2 >>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    )
    fixed = eol_before_endstream(pdf)
    assert b"stream\nab\r\n\nendstream" in fixed
    assert streams_without_eol(fixed) == 0
    assert int(fixed[fixed.rindex(b"startxref") + 9 :].split()[0]) == xref_at + 1


def test_every_stream_of_500_letters_has_an_eol_before_endstream():
    profile = sample_profile()
    bad = total = 0
    first = [
        "Amina",
        "Ola",
        "Kari",
        "Jonas",
        "Agnieszka",
        "Mohammed",
        "Ingrid",
        "Tran",
        "Sigrid",
        "Yusuf",
    ]
    for i in range(500):
        household = replace(
            sample_household(first[i % 10], f"Etternavn{i}"), external_id=f"H-{i:05d}"
        )
        request = sample_request(
            "invitation", "nb", household=household, reference=f"2026/{i}-1", with_appendix=False
        )
        data = render_letter(request, profile)
        total += data.count(b"endstream")
        bad += streams_without_eol(data)
    assert total >= 500 * 6
    assert bad == 0


def one_page_pdf(text: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(100, 700, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_every_letter_starts_on_a_new_sheet_in_the_print_file():
    odd = one_page_pdf("Husstand A")
    letter = render_letter(sample_request("offer", "nb"), sample_profile())
    pages_of_letter = len(pypdf.PdfReader(io.BytesIO(letter)).pages)
    combined = pypdf.PdfReader(io.BytesIO(combine_pdfs([odd, letter, odd, odd])))
    texts = [page.extract_text() for page in combined.pages]
    sheets = pages_of_letter + pages_of_letter % 2
    # 1 page + blank, the letter (+ blank when odd), 1 + blank, 1 + blank.
    assert len(texts) == 2 + sheets + 2 + 2
    assert texts[1].strip() == "" and texts[-1].strip() == "" and texts[-3].strip() == ""
    assert "Side 1 av" in texts[2]  # the letter starts on the front of the second sheet
    if pages_of_letter % 2:
        assert texts[2 + pages_of_letter].strip() == ""
    assert "Husstand A" in texts[2 + sheets] and "Husstand A" in texts[-2]


def test_pypdf_fallback_also_pads_odd_letters():
    from leietileie.letters.combine import _pypdf_combine

    combined = pypdf.PdfReader(
        io.BytesIO(_pypdf_combine([one_page_pdf("A"), one_page_pdf("B")], "t", "a"))
    )
    assert len(combined.pages) == 4
    assert "B" in combined.pages[2].extract_text()
