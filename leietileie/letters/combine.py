"""One PDF for printing from many letters (each keeps its own "Side 1 av N").

Every letter starts on a new sheet: a letter with an odd number of pages is followed by a
blank page, so that in duplex printing one household's first page never lands on the back of
another household's last page (which would send one tenant's financial data to another).

The letters are our own reportlab output: a classic xref table, no object streams, no
incremental updates. That lets us concatenate them by renumbering objects instead of parsing
them with a general PDF library (about ten times faster than pypdf's merge, which dominated
a 500-letter batch). Anything else falls back to pypdf.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence

_OBJ = re.compile(rb"(?m)^(\d+) 0 obj\r?\n")
_REF = re.compile(rb"(\d+) 0 R\b")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_TRAILER_ROOT = re.compile(rb"/Root (\d+) 0 R")
_TRAILER_INFO = re.compile(rb"/Info (\d+) 0 R")
_PAGES = re.compile(rb"/Pages (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
#: The archive copies' PDF/A parts (XMP metadata, the OutputIntent's ICC profile) hang off
#: the catalog; the print file is plain PDF and leaves them out rather than copy them orphaned.
_CATALOG_ONLY = re.compile(rb"/(?:Metadata|DestOutputProfile) (\d+) 0 R")
_MEDIABOX = re.compile(rb"/MediaBox \[[^\]]*\]")
A4_BOX = b"/MediaBox [ 0 0 595.2756 841.8898 ]"


class _NotOurs(ValueError):
    pass


def _objects(data: bytes) -> dict[int, bytes]:
    """Object number -> its body (between "N 0 obj" and "endobj")."""
    xref = data.rfind(b"\nxref")
    if xref < 0 or b"/ObjStm" in data or data.count(b"%%EOF") != 1:
        raise _NotOurs("not a single-revision classic PDF")
    found: dict[int, bytes] = {}
    for match in _OBJ.finditer(data, 0, xref):
        end = data.find(b"endobj", match.end())
        found[int(match.group(1))] = data[match.end() : end]
    return found


def _renumber(body: bytes, shift: int, parent: bytes | None, new_parent: int) -> bytes:
    def ref(m: re.Match[bytes]) -> bytes:
        if parent is not None and m.group(1) == parent:
            return b"%d 0 R" % new_parent
        return b"%d 0 R" % (int(m.group(1)) + shift)

    stream = _STREAM.search(body)
    if stream is None:
        return _REF.sub(ref, body)
    return _REF.sub(ref, body[: stream.start()]) + body[stream.start() :]


def _blank_page(parent: int, mediabox: bytes) -> bytes:
    """An empty page (no content stream) of the letter's size: the back of its last sheet."""
    return b"<< /Type /Page /Parent %d 0 R %s /Resources << >> >>\n" % (parent, mediabox)


def _info(title: str, author: str) -> bytes:
    def text(value: str) -> bytes:
        return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"

    return (
        b"<< /Author " + text(author) + b" /Producer (leietileie) /Title " + text(title) + b" >>\n"
    )


def _fast_combine(pdfs: Sequence[bytes], title: str, author: str) -> bytes:
    pages_id, catalog_id, info_id = 1, 2, 3
    next_id = 4
    bodies: list[tuple[int, bytes]] = []
    kids: list[int] = []
    for data in pdfs:
        objects = _objects(data)
        trailer = data[data.rfind(b"trailer") :]
        root = _TRAILER_ROOT.search(trailer)
        info = _TRAILER_INFO.search(trailer)
        if root is None:
            raise _NotOurs("no /Root")
        root_id = int(root.group(1))
        pages = _PAGES.search(objects[root_id])
        if pages is None:
            raise _NotOurs("no /Pages")
        pages_old = int(pages.group(1))
        kids_match = _KIDS.search(objects[pages_old])
        if kids_match is None or b"/Kids" in b"".join(
            objects[int(k)] for k in _REF.findall(kids_match.group(1))
        ):
            raise _NotOurs("nested page tree")
        shift = next_id - min(objects)
        skip = {root_id, pages_old, int(info.group(1)) if info else -1}
        skip.update(int(n) for n in _CATALOG_ONLY.findall(objects[root_id]))
        letter_kids = [int(k) + shift for k in _REF.findall(kids_match.group(1))]
        kids += letter_kids
        parent = str(pages_old).encode()
        for number, body in objects.items():
            if number not in skip:
                bodies.append((number + shift, _renumber(body, shift, parent, pages_id)))
        next_id = max(objects) + shift + 1
        if len(letter_kids) % 2:
            box = _MEDIABOX.search(objects[int(_REF.findall(kids_match.group(1))[-1])])
            bodies.append((next_id, _blank_page(pages_id, box.group(0) if box else A4_BOX)))
            kids.append(next_id)
            next_id += 1
    kid_refs = b" ".join(b"%d 0 R" % k for k in kids)
    bodies += [
        (pages_id, b"<< /Count %d /Kids [ %s ] /Type /Pages >>\n" % (len(kids), kid_refs)),
        (catalog_id, b"<< /PageMode /UseNone /Pages %d 0 R /Type /Catalog >>\n" % pages_id),
        (info_id, _info(title, author)),
    ]
    bodies.sort()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xed\xec\x8f\xa2\n")
    offsets = {}
    for number, body in bodies:
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n" % number + body + b"endobj\n")
    size = max(offsets) + 1
    xref_at = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        if number in offsets:
            out.write(b"%010d 00000 n \n" % offsets[number])
        else:
            out.write(b"0000000000 65535 f \n")
    out.write(
        b"trailer\n<< /Info %d 0 R /Root %d 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n"
        % (info_id, catalog_id, size, xref_at)
    )
    return out.getvalue()


def _pypdf_combine(pdfs: Sequence[bytes], title: str, author: str) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for data in pdfs:
        before = len(writer.pages)
        writer.append(io.BytesIO(data))
        added = len(writer.pages) - before
        if added % 2:
            last = writer.pages[-1]
            writer.add_blank_page(float(last.mediabox.width), float(last.mediabox.height))
    writer.add_metadata({"/Title": title, "/Author": author, "/Producer": "leietileie"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def combine_pdfs(pdfs: Iterable[bytes], *, title: str = "", author: str = "") -> bytes:
    """Concatenate letters into one file, in order, for printing; each starts on a new sheet."""
    items = list(pdfs)
    if not items:
        raise ValueError("no letters to combine")
    try:
        return _fast_combine(items, title, author)
    except (_NotOurs, KeyError):
        return _pypdf_combine(items, title, author)
