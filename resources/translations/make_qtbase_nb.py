"""Build qtbase_nb.ts/.qm (Qt's own dialog texts in bokmål; Qt ships nynorsk only) and
qtbase_nn.ts/.qm (the Qt 6 texts Qt's own nynorsk file lacks).

    python resources/translations/make_qtbase_nb.py

Reads Qt's qtbase_nn.qm (PySide6's translations directory), keeps the contexts a caseworker
meets (buttons, message boxes, file, print and colour dialogs, text fields' context menus),
turns the nynorsk into bokmål with the word list below (whole words, capitals kept) and the
full-text corrections after it, adds :data:`MISSING` (texts Qt 6 asks for that Qt's nynorsk
file does not have: its file dialog's "&Look in:" and "Files of &type:", the "Type" column
and "Folder"), writes qtbase_nb.ts and qtbase_nn.ts and compiles them with pyside6-lrelease.
The app loads Qt's qtbase_nn.qm first and ours after it, so ours wins.

MISSING holds the exact (context, source, disambiguation) Qt 6 looks up: found by installing
a QTranslator whose ``translate`` records its arguments and opening a widget-based
QFileDialog (open and save, files and folders) over a folder with a subfolder.
"""

from __future__ import annotations

import re
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

HERE = Path(__file__).resolve().parent
TS = HERE / "qtbase_nb.ts"
TS_NN = HERE / "qtbase_nn.ts"
MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
CONTEXTS = {
    "QPlatformTheme", "QGnomeTheme", "QMessageBox", "QDialogButtonBox", "QErrorMessage", "QInputDialog",
    "QFileDialog", "QFileSystemModel", "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox", "QComboBox",
    "QPrintPreviewDialog", "QPrintDialog", "QPageSetupWidget", "QPrintSettingsOutput", "QPrintWidget",
    "QPrintPropertiesDialog", "QCupsJobWidget", "QColorDialog", "QFontDialog", "QScrollBar", "QTabBar",
    "QWizard", "QDockWidget", "QMdiSubWindow", "QUnicodeControlCharacterMenu", "QDateTimeParser",
}  # fmt: skip

#: nynorsk → bokmål, whole words (lower case; a capital first letter is kept)
WORDS = {
    "ikkje": "ikke", "kva": "hva", "korleis": "hvordan", "frå": "fra", "ein": "en", "eit": "et", "ei": "en",
    "eitt": "ett", "eg": "jeg", "meir": "mer", "sjå": "se", "gjev": "gir", "òg": "også", "fann": "fant",
    "oppgjeve": "oppgitt", "byta": "bytte", "ho": "den", "vel": "velg", "opna": "åpne", "endra": "endre",
    "lagra": "lagre", "skriveverna": "skrivebeskyttet", "sletta": "slette", "byt": "bytt", "vising": "visning",
    "listevising": "listevisning", "foreldermappa": "overordnet mappe", "foreldermappe": "overordnet mappe",
    "stadar": "steder", "stad": "sted", "bokmerke": "bokmerker", "leit": "let", "datamaskina": "datamaskinen",
    "nyleg": "nylig", "snarveg": "snarvei", "gøymde": "skjulte", "gøym": "skjul", "ukjend": "ukjent",
    "angra": "angre", "gjer": "gjør", "detaljar": "detaljer", "liggjande": "liggende", "breidda": "bredden",
    "breidd": "bredde", "sida": "siden", "ståande": "stående", "førre": "forrige",
    "førehandsvising": "forhåndsvisning", "førehandsvis": "forhåndsvis", "motståande": "motstående",
    "einskildside": "enkeltside", "lenkjeadresse": "lenkeadresse", "eigne": "egne", "fargar": "farger",
    "grunnfargar": "grunnfarger", "grøn": "grønn", "raud": "rød", "metting": "metning",
    "musepeikar": "musepeker", "avbryta": "avbryte", "kulør": "fargetone", "hald": "hold",
    "hemmeleg": "hemmelig", "topphemmeleg": "topphemmelig", "valt": "valgt", "planlagd": "planlagt",
    "lukkar": "lukker", "løyser": "løsner", "festar": "fester", "meldinga": "meldingen", "åtvaring": "advarsel",
    "bruka": "bruke", "namnet": "navnet", "namn": "navn", "filnamn": "filnavn", "mappenamn": "mappenavn",
    "anna": "annet", "teikn": "tegn", "spesialteikn": "spesialtegn", "utan": "uten", "storleik": "størrelse",
    "sidestorleik": "sidestørrelse", "effektar": "effekter", "tilpassa": "tilpasset", "høgd": "høyde",
    "tommar": "tommer", "margar": "marger", "sideutsjånad": "sideoppsett", "rekkjefølgje": "rekkefølge",
    "papirkjelde": "papirkilde", "botnmarg": "bunnmarg", "høgremarg": "høyremarg", "botn": "bunn",
    "høgre": "høyre", "skilja": "skille", "definera": "definere", "overlappar": "overlapper",
    "kvarandre": "hverandre", "val": "valg", "vala": "valgene", "jobbval": "jobbvalg", "utskriftsval": "utskriftsvalg",
    "konfliktar": "konflikter", "partalssider": "partallssider", "skriveløyve": "skrivetilgang", "vera": "være",
    "ønskjer": "ønsker", "retta": "rette", "dei": "dem", "nokre": "noen", "skrivareigenskapar": "skriveregenskaper",
    "gråtonar": "gråtoner", "langsida": "langsiden", "kortsida": "kortsiden", "utval": "utvalg",
    "eksemplar": "eksemplarer", "skrivar": "skriver", "eigenskapar": "egenskaper", "øvst": "øverst",
    "skil": "skill", "skilde": "atskilt", "sidetal": "sidetall", "skriva": "skrive", "kontrollteikn": "kontrolltegn",
    "bindeteikn": "bindetegn", "brukast": "brukes", "færre": "færre", "prøv": "prøv", "denne": "denne",
    "sidene": "sidene", "fila": "filen", "mappa": "mappen", "oppgjeve": "oppgitt", "gong": "gang",
    "laurdag": "lørdag", "sundag": "søndag", "brukar": "bruker", "brukarane": "brukerne", "behova": "behovene",
    "kjeldekode": "kildekode", "kjeldekoden": "kildekoden", "tilgjengeleg": "tilgjengelig", "følgja": "følge",
    "vilkåra": "vilkårene", "grunnar": "grunner", "dela": "dele", "avtala": "avtalen", "vår": "vår",
    "innstillingane": "innstillingene", "same": "samme", "skjermfarge": "skjermfarge", "trykk": "trykk", "likevel": "likevel", "klarte": "klarte",
}  # fmt: skip

#: full texts where a word list is not enough (context|source → bokmål)
FIXED = {
    "QFileDialog|%1 already exists.\nDo you want to replace it?": "%1 finnes fra før.\nVil du erstatte den?",
    "QFileDialog|'%1' is write protected.\nDo you want to delete it anyway?":
        "«%1» er skrivebeskyttet.\nVil du slette den likevel?",
    "QFileDialog|&Rename": "&Gi nytt navn", "QFileDialog|Look in:": "Se i:",
    "QFileDialog|Create a New Folder": "Lag en ny mappe",
    "QFileDialog|List of places and bookmarks": "Oversikt over steder og bokmerker",
    "QFileSystemModel|Date Modified": "Sist endret", "QFileSystemModel|Kind": "Sort",
    "QPrintDialog|%1 already exists.\nDo you want to overwrite it?": "Filen %1 finnes fra før.\nVil du skrive over den?",
    "QPrintDialog|%1 is a directory.\nPlease choose a different file name.": "%1 er en mappe.\nVelg et annet navn.",
    "QPrintDialog|File %1 is not writable.\nPlease choose a different file name.":
        "Du har ikke skrivetilgang til %1.\nVelg et annet navn.",
    "QPrintDialog|The 'From' value cannot be greater than the 'To' value.":
        "Fra-verdien kan ikke være større enn til-verdien.",
    "QPrintDialog|Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those "
    "options off.": "Valgene «Sider per ark» og «Sidesett» kan ikke brukes samtidig.\nDu må slå av ett av valgene.",
    "QPrintDialog|Invalid Pages Definition": "Ugyldig sideangivelse",
    "QPrintPreviewDialog|Export to PDF": "Eksporter til PDF",
    "QCupsJobWidget|Hold Indefinitely": "Hold på ubestemt tid", "QCupsJobWidget|Print Immediately": "Skriv ut straks",
    "QWizard|Commit": "Send inn", "QWizard|Continue": "Fortsett", "QGnomeTheme|Close without Saving": "Lukk uten å lagre",
    "QInputDialog|Enter a value:": "Skriv inn en verdi:", "QMdiSubWindow|Stay on &Top": "Alltid ø&verst",
    "QUnicodeControlCharacterMenu|Insert Unicode control character": "Sett inn Unicode-kontrolltegn",
    "QUnicodeControlCharacterMenu|ZWNJ Zero width non-joiner": "ZWNJ ikke-bindetegn med bredde null",
    "QColorDialog|Cursor at %1, %2\nPress ESC to cancel": "Musepeker ved %1, %2\nTrykk Esc for å avbryte",
}  # fmt: skip


#: Qt 6 texts missing from Qt's qtbase_nn.qm: (context, source, disambiguation, bokmål, nynorsk)
MISSING = (
    ("QFileDialog", "&Look in:", "", "&Se i:", "&Sjå i:"),
    ("QFileDialog", "Files of &type:", "", "Fil&type:", "Fil&type:"),
    ("QFileSystemModel", "Type", "All other platforms", "Filtype", "Filtype"),
    ("QFileSystemModel", "Kind", "Match OS X Finder", "Sort", "Sort"),
    ("QAbstractFileIconProvider", "Folder", "All other platforms", "Mappe", "Mappe"),
    ("QAbstractFileIconProvider", "Folder", "Match Windows Explorer", "Filmappe", "Filmappe"),
    ("QAbstractFileIconProvider", "Drive", "", "Stasjon", "Stasjon"),
    ("QAbstractFileIconProvider", "File", "", "Fil", "Fil"),
)


def read_qm(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of a compiled Qt translation file."""
    data = path.read_bytes()
    if data[:16] != MAGIC:
        raise SystemExit(f"{path} is not a .qm file")
    pos, messages = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    out, current, p = [], {}, 0
    while p < len(messages):
        tag = messages[p]
        p += 1
        if tag == 1:
            out.append((current.get("ctx", ""), current.get("src", ""), current.get("tr", "")))
            current = {}
        elif tag == 3:
            length = struct.unpack(">I", messages[p:p + 4])[0]
            p += 4
            if length != 0xFFFFFFFF:
                current.setdefault("tr", messages[p:p + length].decode("utf-16-be"))
                p += length
        elif tag in (6, 7, 8):
            length = struct.unpack(">I", messages[p:p + 4])[0]
            p += 4
            current[{6: "src", 7: "ctx", 8: "cmt"}[tag]] = messages[p:p + length].decode("utf-8", "replace")
            p += length
        elif tag == 5:
            p += 4
    return out


def bokmal(text: str) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        plain = word.replace("&", "")
        found = WORDS.get(plain.lower())
        if found is None:
            return word
        result = found[0].upper() + found[1:] if plain[0].isupper() else found
        if "&" in word:  # keep the mnemonic on the same letter if it is still there
            letter = word[word.index("&") + 1]
            at = result.lower().find(letter.lower())
            result = result[:at] + "&" + result[at:] if at >= 0 else "&" + result
        return result

    return re.sub(r"[\w&]+", swap, text)


class _Ts:
    """A .ts file being written: messages grouped by context, in the order added."""

    def __init__(self, language: str) -> None:
        self.root = ET.Element("TS", version="2.1", language=language)
        self.contexts: dict[str, ET.Element] = {}
        self.count = 0

    def add(self, context: str, source: str, translation: str, comment: str = "") -> None:
        if context not in self.contexts:
            self.contexts[context] = ET.SubElement(self.root, "context")
            ET.SubElement(self.contexts[context], "name").text = context
        message = ET.SubElement(self.contexts[context], "message")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        ET.SubElement(message, "translation").text = translation
        self.count += 1

    def write(self, path: Path) -> int:
        ET.indent(self.root)
        ET.ElementTree(self.root).write(path, encoding="utf-8", xml_declaration=True)
        subprocess.run(["pyside6-lrelease", str(path), "-qm", str(path.with_suffix(".qm"))], check=True)
        return self.count


def build() -> int:
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    nb = _Ts("nb_NO")
    for context, source, nynorsk in read_qm(qt_dir / "qtbase_nn.qm"):
        if context not in CONTEXTS or not source:
            continue
        nb.add(context, source, FIXED.get(f"{context}|{source}", bokmal(nynorsk)))
    nn = _Ts("nn_NO")
    for context, source, comment, bokmal_text, nynorsk_text in MISSING:
        nb.add(context, source, bokmal_text, comment)
        nn.add(context, source, nynorsk_text, comment)
    nn.write(TS_NN)
    return nb.write(TS)


if __name__ == "__main__":
    print(f"{build()} Qt texts in bokmål")
