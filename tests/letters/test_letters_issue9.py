"""Issue 9 in letters: no Husbanken fees on a startlån, the pension credit's source, shown sums."""

import io
import re

import pypdf

from leietileie.letters import render_letter
from leietileie.letters.sample import sample_profile, sample_request


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"[ \u00a0]+", " ", "\n".join(page.extract_text() for page in reader.pages))


def test_an_offer_names_no_husbanken_fees_and_lists_the_pension_credit_source():
    text = _text(render_letter(sample_request("offer", "nb"), sample_profile()))
    assert "Husbankens gebyrer" not in text
    assert "etableringsgebyr på 600" not in text and "termingebyr på 30" not in text
    assert "Skattefradrag for pensjonsinntekt" in text
