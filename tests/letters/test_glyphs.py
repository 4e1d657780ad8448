"""Names in the scripts our tenants use are drawn, not boxes (issue 11, item 13)."""

import io
import re
from dataclasses import replace

import pypdf

from leietileie.letters import render_letter
from leietileie.letters.glyphs import unsupported_chars, with_fallback
from leietileie.letters.sample import sample_household, sample_profile, sample_request

NAMES = {
    "sami": ("Ánde Máret", "Ŋuolla-Đuoŧŧar"),
    "somali": ("Cabdullaahi", "Maxamed Xuseen"),
    "cyrillic": ("Ирина", "Шевченко"),
    "arabic": ("محمد", "عبد الله"),
    "tigrinya": ("ሰላም", "ተስፋይ"),
    "amharic": ("አበበ", "በቀለ"),
}


def fonts_of(data: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            found.add(str(font.get_object()["/BaseFont"]))
    return found


def test_every_script_is_covered_by_an_embedded_font():
    for first, last in NAMES.values():
        assert unsupported_chars(first + " " + last) == set(), (first, last)
    assert unsupported_chars("王小明") == {"王", "小", "明"}
    assert unsupported_chars("Ola Nordmann") == set()


def test_arabic_and_ethiopic_names_use_the_fallback_fonts_in_logical_order():
    household = replace(sample_household("محمد", "ተስፋይ"))
    data = render_letter(
        sample_request("invitation", "nb", household=household, with_appendix=False),
        sample_profile(),
    )
    fonts = fonts_of(data)
    assert any("NotoSansArabic" in f for f in fonts)
    assert any("NotoSansEthiopic" in f for f in fonts)
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    assert "ተስፋይ" in page.extract_text()
    # The text layer keeps the logical (typed) order of the right-to-left name: م ح م د is
    # written first-to-last, so the subset codes read A B A C (visual order would be C A B A).
    names = {k: str(v.get_object()["/BaseFont"]) for k, v in page["/Resources"]["/Font"].items()}
    arabic = next(k for k, v in names.items() if "NotoSansArabic" in v).encode()
    content = page.get_contents().get_data()
    shown = re.search(re.escape(arabic) + rb" [\d.]+ Tf [^(]*\((.*?)\) Tj", content).group(1)
    codes = re.findall(rb"\\(\d{3})", shown)
    assert len(codes) == 4 and codes[0] == codes[2] != codes[1] != codes[3]


def test_markup_wrapping_keeps_escaped_text_and_latin_in_the_main_font():
    assert with_fallback("Ola &amp; Kari") == "Ola &amp; Kari"
    assert with_fallback("Amina ሰላም") == 'Amina <font name="LeieEthiopic">ሰላም</font>'
