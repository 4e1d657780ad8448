"""What PDF/A-2b needs that reportlab's open-source edition does not write.

1. An XMP metadata stream on the catalog (``/Metadata``, uncompressed, no ``/Filter``) that
   declares ``pdfaid:part 2`` / ``pdfaid:conformance B`` and repeats the document information
   dictionary: Title, Author, Subject, Keywords, Creator, Producer and the two dates, each
   equal to its Info entry, as PDF/A requires.
2. An sRGB OutputIntent (``/S /GTS_PDFA1``) with the ICC profile as ``/DestOutputProfile``,
   which gives the letters' DeviceRGB and DeviceGray colours a defined meaning.
3. An end-of-line marker before every ``endstream`` (ISO 19005-2, 6.1.7.1; not counted in
   ``/Length``): reportlab writes a stream's data directly followed by ``endstream``.

1 and 2 are reportlab objects (``PDFStream``, ``PDFDictionary``, ``PDFArray``) put on the
catalog of ``canvas._doc`` just before the canvas saves; the catalog instance gets its own
key list with ``OutputIntents`` added. reportlab has no hook for 3, so this one document's
``GetPDFData`` is wrapped: the finished bytes get the missing newlines and their
cross-reference offsets move to match (:func:`eol_before_endstream`). Nothing in reportlab
changes for other documents, and the output stays byte-for-byte deterministic.

The ICC profile is LittleCMS's built-in sRGB (through Pillow; about 600 bytes, ICC version
4.x), made once per process. LittleCMS stamps the creation time into the profile header; we
set it to 2000-01-01 (reportlab's invariant date) so the bytes never change between runs.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
)

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
PDFA_PART = 2
PDFA_CONFORMANCE = "B"
#: The catalog keys reportlab writes, plus the one it does not know.
_CATALOG_KEYS = [*PDFCatalog.__NoDefault__, "OutputIntents"]
#: Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates,
#: U+FFFE/U+FFFF); they are dropped from Info and XMP alike so the two stay equal.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The sRGB ICC profile, with a fixed creation date (deterministic bytes)."""
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    if data[36:40] != b"acsp" or data[16:20] != b"RGB ":
        raise RuntimeError("Pillow did not produce an RGB ICC profile")
    # dateTimeNumber at offset 24: year, month, day, hours, minutes, seconds (uint16 each).
    data[24:36] = bytes((0x07, 0xD0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0))
    # The profile ID (bytes 84-99) is left zero, which ICC defines as "not computed".
    return bytes(data)


@lru_cache(maxsize=1)
def _srgb_flate() -> bytes:
    return zlib.compress(srgb_profile(), 9)


class _UnfilteredStream(PDFStream):  # type: ignore[misc]
    """A stream written as is: no ``/Filter`` key at all (reportlab would write ``/Filter []``)."""

    def format(self, document: Any) -> bytes:
        dictionary = PDFDictionary(self.dictionary.dict.copy())
        content: bytes = document.encrypt.encode(self.content)
        dictionary["Length"] = len(content)
        head: bytes = dictionary.format(document)
        return head + b"\nstream\n" + content + b"\nendstream\n"


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def xmp_date(ts: Any) -> str:
    """reportlab's Info date (``D:20000101000000+00'00'``) in XMP form.

    XMP form is ``2000-01-01T00:00:00+00:00``.

    Built from the same ``TimeStamp`` fields and the same offset formatting, so the two agree.
    """
    year, month, day, hour, minute, second = ts.YMDhms
    return (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{ts.dhh:+03d}:{ts.dmm:02d}"
    )


def _alt(value: str, lang: str | None) -> str:
    items = [f'<rdf:li xml:lang="x-default">{escape(value)}</rdf:li>']
    if lang:
        items.append(f'<rdf:li xml:lang="{escape(lang)}">{escape(value)}</rdf:li>')
    return "<rdf:Alt>" + "".join(items) + "</rdf:Alt>"


def xmp_packet(
    *,
    title: str,
    author: str,
    subject: str,
    keywords: str,
    creator: str,
    producer: str,
    date: str,
    lang: str | None,
) -> bytes:
    """The XMP packet (UTF-8) for PDF/A-2b with the given Info values."""
    body = (
        f"<pdfaid:part>{PDFA_PART}</pdfaid:part>"
        f"<pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>"
        "<dc:format>application/pdf</dc:format>"
        f"<dc:title>{_alt(title, lang)}</dc:title>"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:description>{_alt(subject, lang)}</dc:description>"
        f"<xmp:CreateDate>{date}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{date}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{date}</xmp:MetadataDate>"
        f"<xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>"
        f"<pdf:Producer>{escape(producer)}</pdf:Producer>"
        f"<pdf:Keywords>{escape(keywords)}</pdf:Keywords>"
    )
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
        f"{body}\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    )
    return packet.encode("utf-8")


def _metadata_stream(packet: bytes) -> PDFStream:
    return _UnfilteredStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), packet
    )


def _output_intents() -> PDFArray:
    profile = PDFStream(PDFDictionary({"N": 3, "Filter": PDFName("FlateDecode")}), _srgb_flate())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString(SRGB_IDENTIFIER),
            "RegistryName": PDFString("http://www.color.org"),
            "Info": PDFString(SRGB_IDENTIFIER),
            "DestOutputProfile": profile,
        }
    )
    return PDFArray([intent])


_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) n")
_STREAM_HEAD = re.compile(rb"/Length (\d+)\b[^>]*>>\r?\nstream\r?\n")


def eol_before_endstream(data: bytes) -> bytes:
    """Put an end-of-line between every stream's data and its ``endstream``; fix the xref.

    The data's end is found from the stream's direct ``/Length`` (never by looking at the
    bytes before ``endstream``: compressed data may itself end in CR or LF, and that byte
    belongs to the data, so the EOL marker is still missing; ISO 19005-2, 6.1.7.1).
    For a single-revision PDF with a classic cross-reference table (what reportlab writes).
    Objects are delimited by their xref offsets, so bytes inside a stream are never mistaken
    for a keyword. ``/Length`` stays as it is: the new newline is not part of the data.
    """
    startxref = data.rindex(b"startxref")
    xref_at = int(data[startxref + 9 :].split(None, 1)[0])
    trailer_at = data.index(b"trailer", xref_at)
    entries = list(_XREF_ENTRY.finditer(data, xref_at, trailer_at))
    bounds = sorted(int(m.group(1)) for m in entries) + [xref_at]
    pieces: list[bytes] = []
    moved: dict[int, int] = {}
    done = shift = 0
    for start, end in zip(bounds, bounds[1:]):  # noqa: B905 - bounds[1:] is one shorter
        moved[start] = start + shift
        head = _STREAM_HEAD.search(data, start, end)
        if head is None:
            continue
        data_end = head.end() + int(head.group(1))
        if data_end < end and data.startswith(b"endstream", data_end):
            pieces += [data[done:data_end], b"\n"]
            done = data_end
            shift += 1
    if not shift:
        return data
    pieces.append(data[done:xref_at])
    xref = bytearray(data[xref_at:startxref])
    for m in entries:
        at = m.start() - xref_at
        xref[at : at + 10] = b"%010d" % moved[int(m.group(1))]
    pieces += [bytes(xref), b"startxref\n%d\n%%%%EOF\n" % (xref_at + shift)]
    return b"".join(pieces)


def add_pdfa_parts(canvas: Any) -> None:
    """Put the XMP metadata stream and the sRGB OutputIntent on the canvas's catalog.

    Call once, after title, author etc. are set and before ``save``. Info values are first
    cleaned of characters XML cannot carry, so Info and XMP say exactly the same thing.
    """
    doc = canvas._doc
    info = doc.info
    if info._dateFormatter is not None:
        raise ValueError("a custom Info date format would not match the XMP dates")
    for name in ("title", "author", "subject", "keywords", "creator", "producer"):
        setattr(info, name, _clean(str(getattr(info, name))))
    catalog = doc.Catalog
    lang = getattr(catalog, "Lang", None)
    packet = xmp_packet(
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator=info.creator,
        producer=info.producer,
        date=xmp_date(doc._timeStamp),
        lang=lang.s if isinstance(lang, PDFString) else lang,
    )
    catalog.Metadata = _metadata_stream(packet)
    catalog.OutputIntents = _output_intents()
    # This instance only: reportlab's class-wide key list stays as it is.
    catalog.__NoDefault__ = _CATALOG_KEYS
    get_pdf_data = doc.GetPDFData
    doc.GetPDFData = lambda canvas: eol_before_endstream(get_pdf_data(canvas))
