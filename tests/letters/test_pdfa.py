"""PDF/A-2b parts of a letter: XMP metadata equal to Info, sRGB OutputIntent, file structure."""

import io
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace

import pypdf
import pytest
from reportlab.pdfbase.pdfdoc import PDFCatalog

from leietileie.letters import LANGUAGES, LETTER_TYPES, combine_pdfs, render_letter
from leietileie.letters.pdfa import eol_before_endstream, srgb_profile
from leietileie.letters.sample import sample_household, sample_profile, sample_request

PROFILE = sample_profile()
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def offer_nb() -> bytes:
    return render_letter(sample_request("offer", "nb"), PROFILE)


@pytest.fixture(scope="module")
def hostile() -> bytes:
    household = sample_household(name='<b>Ole</b> & "Dole"\x07 Å', last="Brødrene&Co<")
    request = sample_request("invitation", "nn", household=household, reference="<ref>&1\x0b]]>")
    return render_letter(
        replace(request, with_appendix=True), sample_profile(name="Bø & <Sauherad>\x01")
    )


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data), strict=True)


def xmp(data: bytes) -> ET.Element:
    stream = reader(data).trailer["/Root"]["/Metadata"].get_object()
    return ET.fromstring(stream.get_data())


def one(tree: ET.Element, path: str) -> str:
    found = tree.findall(f".//{path}", NS)
    assert len(found) == 1, path
    return found[0].text or ""


def alt(tree: ET.Element, name: str) -> dict[str, str]:
    return {li.get(XML_LANG): li.text or "" for li in tree.findall(f".//{name}/rdf:Alt/rdf:li", NS)}


def info_date_as_xmp(value: str) -> str:
    """D:20000101000000+00'00' -> 2000-01-01T00:00:00+00:00 (the form reportlab writes)."""
    m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-]\d\d)'(\d\d)'", value)
    assert m, value
    y, mo, d, h, mi, s, tzh, tzm = m.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{tzh}:{tzm}"


def test_metadata_stream_is_uncompressed_xml_on_the_catalog(offer_nb):
    stream = reader(offer_nb).trailer["/Root"]["/Metadata"].get_object()
    assert stream["/Type"] == "/Metadata"
    assert stream["/Subtype"] == "/XML"
    assert "/Filter" not in stream
    assert stream.get_data().startswith(
        b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    )
    assert stream.get_data().rstrip().endswith(b'<?xpacket end="r"?>')


def test_xmp_declares_pdfa_2b(offer_nb):
    tree = xmp(offer_nb)
    assert one(tree, "pdfaid:part") == "2"
    assert one(tree, "pdfaid:conformance") == "B"
    assert one(tree, "dc:format") == "application/pdf"


@pytest.mark.parametrize("letter_type", LETTER_TYPES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_xmp_equals_the_info_dictionary(letter_type, language):
    data = render_letter(sample_request(letter_type, language), PROFILE)
    assert_xmp_equals_info(data)


def test_hostile_text_is_escaped_and_still_equal(hostile):
    tree = assert_xmp_equals_info(hostile)
    info = reader(hostile).metadata
    assert "<ref>&1" in info.subject and "]]>" in info.subject
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", info.subject + info.author + info.keywords)
    assert alt(tree, "dc:description")["x-default"] == info.subject
    assert info.author == "Bø & <Sauherad>"


def assert_xmp_equals_info(data: bytes) -> ET.Element:
    pdf = reader(data)
    info = pdf.metadata
    lang = pdf.trailer["/Root"]["/Lang"]
    tree = xmp(data)
    assert alt(tree, "dc:title") == {"x-default": info["/Title"], lang: info["/Title"]}
    assert alt(tree, "dc:description") == {"x-default": info["/Subject"], lang: info["/Subject"]}
    assert [li.text for li in tree.findall(".//dc:creator/rdf:Seq/rdf:li", NS)] == [info["/Author"]]
    assert one(tree, "xmp:CreatorTool") == info["/Creator"]
    assert one(tree, "pdf:Producer") == info["/Producer"]
    assert one(tree, "pdf:Keywords") == info["/Keywords"]
    assert one(tree, "xmp:CreateDate") == info_date_as_xmp(info["/CreationDate"])
    assert one(tree, "xmp:ModifyDate") == info_date_as_xmp(info["/ModDate"])
    assert one(tree, "xmp:MetadataDate") == one(tree, "xmp:ModifyDate")
    return tree


def test_dates_are_the_letters_date_not_a_fixed_one(offer_nb):
    # The sample letter is dated 30 March 2026 (deterministic: the date, at 00:00 UTC).
    assert reader(offer_nb).metadata["/CreationDate"] == "D:20260330000000+00'00'"
    assert reader(offer_nb).metadata["/ModDate"] == "D:20260330000000+00'00'"
    assert one(xmp(offer_nb), "xmp:CreateDate") == "2026-03-30T00:00:00+00:00"
    assert one(xmp(offer_nb), "xmp:ModifyDate") == "2026-03-30T00:00:00+00:00"


def test_one_srgb_output_intent_with_a_valid_icc_profile(offer_nb):
    intents = reader(offer_nb).trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/Type"] == "/OutputIntent"
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    assert intent["/Info"]
    profile_stream = intent["/DestOutputProfile"].get_object()
    assert profile_stream["/N"] == 3
    icc = profile_stream.get_data()
    assert icc[36:40] == b"acsp"
    assert struct.unpack(">I", icc[:4])[0] == len(icc)
    assert icc[12:20] == b"mntrRGB " and icc[20:24] == b"XYZ "
    assert icc[8] <= 4  # ICC major version PDF 1.7 / PDF/A-2 accept


def test_icc_profile_bytes_do_not_depend_on_the_clock():
    here = srgb_profile()
    assert here[24:36] == bytes((0x07, 0xD0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0))  # 2000-01-01 00:00:00
    code = (
        "import sys; from leietileie.letters.pdfa import srgb_profile; "
        "sys.stdout.buffer.write(srgb_profile())"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert other == here


@pytest.mark.parametrize("letter_type", LETTER_TYPES)
def test_every_font_is_embedded(letter_type, hostile):
    for data in (render_letter(sample_request(letter_type, "en"), PROFILE), hostile):
        pdf = reader(data)
        seen = 0
        for page in pdf.pages:
            for font in page["/Resources"]["/Font"].get_object().values():
                font = font.get_object()
                assert font["/Subtype"] in ("/TrueType", "/Type0"), font
                descriptor = (
                    font.get("/FontDescriptor") or font["/DescendantFonts"][0]["/FontDescriptor"]
                )
                assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
                seen += 1
        assert seen


def test_no_encryption_and_a_file_id(offer_nb):
    trailer = reader(offer_nb).trailer
    assert "/Encrypt" not in trailer
    first, second = trailer["/ID"]
    assert len(first.original_bytes) == 16 and first.original_bytes == second.original_bytes


def test_header_is_pdf_17_with_a_binary_comment(offer_nb):
    header, comment = offer_nb.split(b"\n")[:2]
    assert header == b"%PDF-1.7"
    assert comment[:1] == b"%" and all(byte > 127 for byte in comment[1:5])


def test_every_stream_ends_with_an_eol_not_counted_in_its_length(offer_nb):
    count = 0
    for m in re.finditer(rb"/Length (\d+)\b[^>]*>>\nstream\n", offer_nb):
        end = m.end() + int(m.group(1))
        assert offer_nb[end : end + 11] == b"\nendstream\n", offer_nb[end - 4 : end + 12]
        count += 1
    assert count == offer_nb.count(b"endstream") >= 6


def test_xref_offsets_point_at_their_objects(offer_nb):
    xref_at = int(offer_nb[offer_nb.rindex(b"startxref") + 9 :].split()[0])
    assert offer_nb[xref_at : xref_at + 5] == b"xref\n"
    table = offer_nb[xref_at : offer_nb.index(b"trailer", xref_at)].split(b"\n")
    size = int(table[1].split()[1])
    for number, line in enumerate(table[2 : 2 + size]):
        offset, _generation, kind = line.split()
        if kind == b"n":
            assert offer_nb.startswith(b"%d 0 obj\n" % number, int(offset)), number


def test_fixing_streams_twice_changes_nothing(offer_nb):
    assert eol_before_endstream(offer_nb) == offer_nb


def test_same_input_gives_same_bytes(offer_nb, hostile):
    assert render_letter(sample_request("offer", "nb"), PROFILE) == offer_nb
    assert reader(hostile).pages  # and the hostile letter is readable


def test_reportlab_catalog_is_not_changed_for_other_documents(offer_nb):
    assert "OutputIntents" not in PDFCatalog.__NoDefault__


def test_combined_print_file_leaves_the_archive_parts_out(offer_nb):
    combined = combine_pdfs([offer_nb, offer_nb], title="Utskrift")
    pdf = reader(combined)
    pages = len(reader(offer_nb).pages)
    assert len(pdf.pages) == 2 * (pages + pages % 2)  # padded to whole sheets
    assert b"/Type /Metadata" not in combined and b"/DestOutputProfile" not in combined
    assert "/Metadata" not in pdf.trailer["/Root"]
