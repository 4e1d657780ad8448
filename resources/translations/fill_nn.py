"""Fill the nynorsk translations of leietileie_nn.ts (bokmål is the source), then build the .qm.

    pyside6-lupdate -no-obsolete $(find leietileie/ui -name '*.py') -ts resources/translations/leietileie_nn.ts
    python resources/translations/fill_nn.py      # fills and runs pyside6-lrelease

Most UI texts are short, so a word list (whole words, capitals and the mnemonic & kept) turns
them into nynorsk; ``FIXED`` holds the texts where word order or grammar differ. A language
reviewer should read the result (``leietileie_nn.ts``) before a release.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from plurals import fill_numerus  # noqa: E402

TS = HERE / "leietileie_nn.ts"

#: bokmål → nynorsk, whole words (lower case; a capital first letter is kept)
WORDS = {
    # function words
    "ikke": "ikkje", "hva": "kva", "hvem": "kven", "hvor": "kvar", "hvordan": "korleis", "hvilken": "kva for",
    "hver": "kvar", "hvert": "kvart", "fra": "frå", "en": "ein", "et": "eit", "jeg": "eg", "mer": "meir",
    "nå": "no", "noe": "noko", "noen": "nokon", "ennå": "enno", "uten": "utan", "utenfor": "utanfor",
    "innen": "innan", "innenfor": "innanfor", "siden": "sidan", "etterpå": "etterpå", "ble": "vart",
    "være": "vere", "blir": "blir", "bare": "berre", "også": "òg", "samme": "same", "selv": "sjølv",
    "hele": "heile", "helt": "heilt", "mellom": "mellom", "enn": "enn", "eller": "eller", "ellers": "elles",
    "videre": "vidare", "herfra": "herifrå", "når": "når", "de": "dei", "dem": "dei", "først": "først",
    "annen": "annan", "annet": "anna", "andre": "andre", "flere": "fleire", "ingen": "ingen",
    "ingenting": "ingenting", "sted": "stad", "lenger": "lenger", "lengre": "lengre", "høyst": "høgst",
    "trolig": "truleg", "særskilt": "særskilt", "bør": "bør", "må": "må", "vil": "vil", "kunne": "kunne",
    "mot": "mot", "gir": "gir", "gis": "blir gitt", "får": "får", "gjør": "gjer", "gjelder": "gjeld",
    "ligger": "ligg", "står": "står", "trenger": "treng", "trengs": "trengst", "finnes": "finst",
    "mangler": "manglar", "dekker": "dekkjer", "krever": "krev", "svarer": "svarar", "passer": "passar",
    "bærer": "ber", "lager": "lagar", "åpner": "opnar", "kartlegger": "kartlegg", "sjekker": "sjekkar",
    "hadde": "hadde", "var": "var", "har": "har", "er": "er", "kan": "kan",
    # households and dwellings
    "husstand": "hushald", "husstanden": "hushaldet", "husstander": "hushald", "husstandene": "hushalda",
    "husstands": "hushalds", "husstandstype": "hushaldstype", "bolig": "bustad", "boligen": "bustaden",
    "boliger": "bustader", "boligene": "bustadene", "boligregisteret": "bustadregisteret",
    "leie": "leige", "leier": "leiger", "leid": "leigd", "leietakere": "leigetakarar", "leietaker": "leigetakar",
    "leietakerregister": "leigetakarregister", "leieforhold": "leigeforhold", "leieforholdet": "leigeforholdet",
    "leieperiode": "leigeperiode", "leieperioden": "leigeperioden", "husleie": "husleige", "husleien": "husleiga",
    "husleierestanse": "husleigerestanse", "husleiereskontro": "husleigereskontro",
    "utleieboliger": "utleigebustader", "eie": "eige", "eier": "eigar", "eierform": "eigarform",
    "eierseksjon": "eigarseksjon", "selveier": "sjølveigar", "borettslag": "burettslag",
    "aksjeleilighet": "aksjeleilegheit", "bofellesskap": "bufellesskap", "bokostnader": "bukostnader",
    "bokost": "bukost", "egenkapital": "eigenkapital", "markedsverdi": "marknadsverdi",
    "verdiøkning": "verdiauke", "soverom": "soverom",
    # people
    "søker": "søkjar", "søkers": "søkjaren sin", "medsøker": "medsøkjar", "voksen": "vaksen",
    "voksne": "vaksne", "forsørger": "forsørgjar", "saksbehandler": "sakshandsamar", "navn": "namn",
    "fornavn": "førenamn", "etternavn": "etternamn", "underskriver": "underskrivar",
    "underskrivers": "underskrivaren sin", "personlig": "personleg", "enslig": "einsleg",
    # money
    "tilskudd": "tilskot", "tilskuddsbehov": "tilskotsbehov", "tilskuddsregler": "tilskotsreglar",
    "måned": "månad", "måneden": "månaden", "måneder": "månader", "månedskostnad": "månadskostnad",
    "lønn": "løn", "sykepenger": "sjukepengar", "dagpenger": "dagpengar", "midler": "midlar",
    "oppsparte": "oppsparte", "regler": "reglar", "utlånsregler": "utlånsreglar", "bankregler": "bankreglar",
    "satser": "satsar", "renter": "renter", "gebyrer": "gebyr", "utgifter": "utgifter",
    "omkostninger": "omkostnader", "forpliktelser": "plikter", "overskudd": "overskot",
    "betjeningsevnen": "betjeningsevna", "bostøtte": "bustøtte",
    "kalkulasjonsrenten": "kalkulasjonsrenta", "startlånsrente": "startlånsrente",
    # cases and work
    "beregning": "berekning", "beregningen": "berekninga", "beregninger": "berekningar", "beregne": "berekne",
    "tilbud": "tilbod", "begrunnelse": "grunngiving", "begrunnelser": "grunngivingar",
    "kartleggingen": "kartlegginga", "forhåndsvurdering": "førehandsvurdering", "oppfølging": "oppfølging",
    "avsluttet": "avslutta", "avsluttede": "avslutta", "åpnet": "opna", "åpen": "open", "åpne": "opne",
    "behandlet": "behandla", "endret": "endra", "lagret": "lagra", "laget": "laga", "slettet": "sletta",
    "knyttet": "knytt", "feilet": "feila", "uventet": "uventa", "oppdiktet": "oppdikta", "avbrutt": "avbroten",
    "kjørt": "køyrd", "kjør": "køyr", "valgt": "vald", "valgte": "valde", "velg": "vel", "forfalt": "forfalle",
    "forfalte": "forfalne", "forfaller": "forfell", "frister": "fristar", "saker": "saker",
    "sakene": "sakene", "saken": "saka", "statuser": "statusar", "gjenopprettet": "gjenoppretta",
    "uendret": "uendra", "forrige": "førre", "nyeste": "nyaste", "tatt": "teke", "tas": "blir teke",
    "lukkes": "blir lukka", "slettes": "blir sletta", "lagres": "blir lagra", "lages": "blir laga",
    "importeres": "blir importerte", "fylles": "blir fylt", "kontrolleres": "bør kontrollerast",
    "vurderes": "blir vurdert", "flyttes": "blir flytta", "kjøpes": "blir kjøpt", "startes": "blir starta",
    "brukes": "blir brukt",
    # the program
    "sikkerhetskopi": "tryggingskopi", "sikkerhetskopien": "tryggingskopien",
    "sikkerhetskopier": "tryggingskopiar", "sikkerhetskopiene": "tryggingskopiane",
    "filen": "fila", "filer": "filer", "listen": "lista", "mappen": "mappa", "datamappen": "datamappa",
    "innstillinger": "innstillingar", "innstillingene": "innstillingane", "endringer": "endringar",
    "kolonner": "kolonnar", "kolonnene": "kolonnane", "knapper": "knappar", "taster": "tastar",
    "hurtigtaster": "snøggtastar", "visning": "vising", "visningen": "visinga", "forhåndsvisning": "førehandsvising",
    "brukerveiledning": "brukarrettleiing", "brukerveiledningen": "brukarrettleiinga", "problemer": "problem",
    "forutsetninger": "føresetnader", "resultater": "resultat", "resultatene": "resultata",
    "fordelingen": "fordelinga", "brevene": "breva", "brevtjenesten": "brevtenesta", "dokumenter": "dokument",
    "notater": "notat", "detaljer": "detaljar", "dager": "dagar", "virkedager": "vyrkedagar", "ganger": "gonger",
    "gang": "gong", "årene": "åra", "antall": "tal", "tall": "tal", "kilde": "kjelde", "grensen": "grensa",
    "aldersgrensen": "aldersgrensa", "inntekten": "inntekta", "verdien": "verdien", "samlet": "samla",
    "kortere": "kortare", "enhet": "eining", "kommuner": "kommunar", "flytende": "flytande",
    "tilgjengelig": "tilgjengeleg", "midlertidig": "mellombels", "ugyldig": "ugyldig", "påkrevd": "påkravd",
    "nøyaktig": "nøyaktig", "daterte": "daterte", "kjente": "kjende", "gyldige": "gyldige",
    "fødselsnummeret": "fødselsnummeret", "fødselsdatoen": "fødselsdatoen", "salg": "sal",
    "vedlikehold": "vedlikehald", "barnehage": "barnehage", "hjelp": "hjelp", "avslutt": "avslutt",
    "avbryt": "avbryt", "prøv": "prøv", "lukk": "lukk", "språket": "språket", "velkommen": "velkomen",
    "begynne": "byrje", "yngre": "yngre", "eldre": "eldre", "lav": "låg", "høy": "høg", "svak": "svak",
    "største": "største", "første": "første", "neste": "neste", "siste": "siste", "sist": "sist",
    "sendt": "sendt", "kjøpt": "kjøpt", "avslått": "avslått", "akseptert": "akseptert", "invitert": "invitert",
    "vurdert": "vurdert", "kartlagt": "kartlagt", "kartlagte": "kartlagde", "utført": "utført",
    "gjennomført": "gjennomført", "frigjort": "frigjort", "innbetalt": "innbetalt", "oppgitt": "oppgitt",
    "satt": "sett", "sett": "sett", "hopp": "hopp", "vise": "vise", "vist": "vist", "endre": "endre",
    "skrive": "skrive", "gi": "gi", "ta": "ta", "bruk": "bruk", "bruke": "bruke", "dato": "dato",
    "dagens": "dagens", "nytt": "nytt", "slags": "slag", "finansiere": "finansiere",
    "varig": "varig", "lenge": "lenge", "tide": "tide", "vare": "vare", "trykk": "trykk",
}

#: texts where word order or grammar differ from bokmål (source → nynorsk)
FIXED = {
    "{}: er over {}, største rimelige verdi": "{}: er over {}, største rimelege verdi",
    "Leie til eie": "Leige til eige", "Leie til eie – {}": "Leige til eige – {}",
    "Leie til eie – versjon {}": "Leige til eige – versjon {}", "Om Leie til eie": "Om Leige til eige",
    "Ingen kartlegging er kjørt ennå.": "Inga kartlegging er køyrd enno.",
    "Velg en husstand under Leietakere.": "Vel eit hushald under Leigetakarar.",
    "Velg en husstand i Leietakere først.": "Vel eit hushald i Leigetakarar først.",
    "Velg en husstand først.": "Vel eit hushald først.",
    "Velg en husstand som leier en bolig.": "Vel eit hushald som leiger ein bustad.",
    "{} husstander": "{} hushald", "Alle husstander": "Alle hushald", "Ny husstand": "Nytt hushald",
    "&Ny husstand": "&Nytt hushald", "&Ny husstand …": "&Nytt hushald …", "Rediger husstand": "Rediger hushald",
    "Slett husstand": "Slett hushald", "Ny &bolig": "Ny &bustad", "N&y bolig": "N&y bustad",
    "Språket gjelder fra neste gang programmet startes.": "Språket gjeld frå neste gong programmet blir starta.",
    "Språket er endret; start programmet på nytt.": "Språket er endra; start programmet på nytt.",
    "Ingen sikkerhetskopi er lagret et annet sted ennå.": "Inga tryggingskopi er lagra ein annan stad enno.",
    "Ingen sikkerhetskopi er lagret utenfor denne maskinen. Velg Fil → Sikkerhetskopi.":
        "Inga tryggingskopi er lagra utanfor denne maskina. Vel Fil → Tryggingskopi.",
    "Sist lagret et annet sted: {}": "Sist lagra ein annan stad: {}",
    "Ingen sak er valgt.": "Inga sak er vald.",
    "Søk: navn, adresse, bolig, fødselsnr. (Ctrl+F)": "Søk: namn, adresse, bustad, fødselsnr. (Ctrl+F)",
    "Velg en husstand og en bolig først.": "Vel eit hushald og ein bustad først.",
    "Ny husstand {}": "Nytt hushald {}", "ingen inntekt": "inga inntekt", "Velg en fil først.": "Vel ei fil først.",
    "Denne visningen har ingen liste å eksportere.": "Denne visinga har inga liste å eksportere.",
    "Denne visningen har ingen liste å skrive ut.": "Denne visinga har inga liste å skrive ut.",
    "Åpne en sak med status Kartlagt for de valgte husstandene":
        "Opne ei sak med status Kartlagt for dei valde hushalda",
}


# issue 15: special care checkbox, error reports, deleting closed cases in the background
FIXED.update({
    "Svarfrist for invitasjon": "Svarfrist for invitasjon",
    "Svarfrist for vedtak": "Svarfrist for vedtak",
    "Klagefrist": "Klagefrist",
    "Underskrivere (brukernavn = navn, tittel; …)": "Underskrivarar (brukarnamn = namn, tittel; …)",
    "kari = Kari Nordmann, rådgiver; per = Per Hansen, leder": "kari = Kari Nordmann, rådgivar; per = Per Hansen, leiar",
    "Barnet har særskilt behov for omsorg: foreldrefradrag også etter fylte 11 år":
        "Barnet har særskilt behov for omsorg: foreldrefrådrag også etter fylte 11 år",
    "Kan ikke fullføre": "Kan ikkje fullføre", "Feil i programmet": "Feil i programmet",
    "Det oppstod en feil i programmet, og loggfilen kunne ikke skrives. Programmet kan brukes videre.":
        "Det oppstod ein feil i programmet, og loggfila kunne ikkje skrivast. Programmet kan brukast vidare.",
    "Det oppstod en feil i programmet. Handlingen som feilet, ble ikke fullført; programmet kan brukes videre."
    "\n\nFeilen er skrevet til loggfilen\n{}\n\nSend loggfilen til brukerstøtte (den kan inneholde "
    "personopplysninger: send den på en sikker måte).":
        "Det oppstod ein feil i programmet. Handlinga som feila, vart ikkje fullført; programmet kan brukast "
        "vidare.\n\nFeilen er skriven til loggfila\n{}\n\nSend loggfila til brukarstøtte (ho kan innehalde "
        "personopplysningar: send ho på ein trygg måte).",
    "Sletter avsluttede saker …": "Slettar avslutta saker …", "Henter kartleggingen …": "Hentar kartlegginga …", "Lagrer …": "Lagrar …",
    "Lager brevet …": "Lagar brevet …",
    "Husstand-ID: «{}» tilhører en slettet husstand; angre slettingen eller velg en annen ID":
        "Hushald-ID: «{}» høyrer til eit sletta hushald; angre slettinga eller vel ein annan ID",
    "{} brevfiler er fjernet fra disken.": "{} brevfiler er fjerna frå disken.",
    "{} av {} brevfiler er fjernet fra disken; de andre fantes ikke lenger eller lå utenfor programmets "
    "datamappe og er ikke rørt.":
        "{} av {} brevfiler er fjerna frå disken; dei andre fanst ikkje lenger eller låg utanfor programmet "
        "si datamappe og er ikkje rørte.",
})

def nynorsk(text: str) -> str:
    if text in FIXED:
        return FIXED[text]

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        plain = word.replace("&", "")
        found = WORDS.get(plain.lower())
        if found is None:
            return word
        result = found[0].upper() + found[1:] if plain[0].isupper() else found
        if plain.isupper() and len(plain) > 1:
            result = result.upper()
        if "&" in word:  # keep the mnemonic on the same letter if it is still there
            letter = word[word.index("&") + 1]
            at = result.lower().find(letter.lower())
            result = result[:at] + "&" + result[at:] if at >= 0 else "&" + result
        return result

    return re.sub(r"[\w&]+", swap, text)


def fill() -> int:
    tree = ET.parse(TS)
    tree.getroot().set("language", "nn_NO")
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            filled += fill_numerus(message, "nn")
            continue
        else:
            translation.text = nynorsk(source)
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    print(f"{fill()} translations filled")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
