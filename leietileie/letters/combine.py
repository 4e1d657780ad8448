"""One PDF for printing from many letters (each keeps its own "Side 1 av N")."""

from __future__ import annotations

import io
from collections.abc import Iterable

from pypdf import PdfWriter


def combine_pdfs(pdfs: Iterable[bytes], *, title: str = "", author: str = "") -> bytes:
    """Concatenate letters into one file, in order, for printing."""
    writer = PdfWriter()
    for data in pdfs:
        writer.append(io.BytesIO(data))
    if title or author:
        writer.add_metadata({"/Title": title, "/Author": author, "/Producer": "leietileie"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
