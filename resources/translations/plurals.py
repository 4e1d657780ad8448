"""Plural forms of the counted texts (``tr(text, "", n)``), by language: [singular, plural].

Bokmål is the source language and its texts hold the plural; the singular comes from
leietileie_nb.qm (a source text can hold only one form). Used by fill_nb.py, fill_nn.py and fill_en.py.
"""

PLURALS: dict[str, dict[str, list[str]]] = {
    "%n husstander": {"nb": ["%n husstand", "%n husstander"], "nn": ["%n hushald", "%n hushald"],
                      "en": ["%n household", "%n households"]},
    "%n år": {"nb": ["%n år", "%n år"], "nn": ["%n år", "%n år"], "en": ["%n year", "%n years"]},
    " år": {"nb": [" år", " år"], "nn": [" år", " år"], "en": [" year", " years"]},
    "Lagret (%n endringer).": {"nb": ["Lagret (%n endring).", "Lagret (%n endringer)."],
                                 "nn": ["Lagra (%n endring).", "Lagra (%n endringar)."],
                                 "en": ["Saved (%n change).", "Saved (%n changes)."]},
}


def fill_numerus(message, language: str) -> bool:  # type: ignore[no-untyped-def]
    """Fill a ``<message numerus="yes">`` element of a .ts tree; False if the text is unknown."""
    import xml.etree.ElementTree as ET

    forms = PLURALS.get(message.findtext("source") or "", {}).get(language)
    if forms is None:
        return False
    translation = message.find("translation")
    for old in list(translation):
        translation.remove(old)
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    translation.text = None
    translation.attrib.pop("type", None)
    return True
