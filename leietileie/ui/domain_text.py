"""The engine's and the services' Norwegian texts, translated for the UI at display time.

The engine's reasons, suggestions, warnings and check details are message objects (code and
figures, ``domain.messages``): ``message_text`` renders them in the app's language. Labels come
from ``domain/`` and ``services/`` in bokmål; ``translate(text)`` looks a known label up in the Qt
translation context ``domain``. The services' refusals carry messages too (``InputError.messages``,
``problem_texts``). Amounts and dates stay in Norwegian notation, as everywhere in the UI.
Without a translator installed every label comes back unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.messages import LANGUAGES, Message, render
from ..errors import InputError
from ..services.messages import note_message

CONTEXT = "domain"

#: Every fixed Norwegian text the UI may receive from the engine or the services.
LABELS: tuple[str, ...] = (
    # verdicts (domain.output)
    QT_TRANSLATE_NOOP("domain", "Kan kjøpe"),
    QT_TRANSLATE_NOOP("domain", "Kan kjøpe med tilskudd"),
    QT_TRANSLATE_NOOP("domain", "Kan ikke kjøpe nå"),
    # living-cost floor kinds (domain.output)
    QT_TRANSLATE_NOOP("domain", "Enslig"),
    QT_TRANSLATE_NOOP("domain", "Par"),
    QT_TRANSLATE_NOOP("domain", "Andre voksne (bofellesskap)"),
    QT_TRANSLATE_NOOP("domain", "Barn"),
    # case states (domain.register)
    QT_TRANSLATE_NOOP("domain", "Ny"),
    QT_TRANSLATE_NOOP("domain", "Kartlagt"),
    QT_TRANSLATE_NOOP("domain", "Invitert"),
    QT_TRANSLATE_NOOP("domain", "Samtale"),
    QT_TRANSLATE_NOOP("domain", "Vurdert"),
    QT_TRANSLATE_NOOP("domain", "Vedtak sendt"),
    QT_TRANSLATE_NOOP("domain", "Tilbud sendt"),
    QT_TRANSLATE_NOOP("domain", "Akseptert"),
    QT_TRANSLATE_NOOP("domain", "Avslått"),
    QT_TRANSLATE_NOOP("domain", "Kjøpt"),
    QT_TRANSLATE_NOOP("domain", "Avsluttet"),
    # deadline kinds (services.cases)
    QT_TRANSLATE_NOOP("domain", "Svarfrist for tilbud"),
    QT_TRANSLATE_NOOP("domain", "Svarfrist for invitasjon"),
    QT_TRANSLATE_NOOP("domain", "Svarfrist for vedtak"),
    QT_TRANSLATE_NOOP("domain", "Klagefrist"),
    QT_TRANSLATE_NOOP("domain", "Oppfølging"),
    QT_TRANSLATE_NOOP("domain", "Årlig revurdering (leie til eie)"),
    # incomes and roles (domain.model)
    QT_TRANSLATE_NOOP("domain", "Lønn"),
    QT_TRANSLATE_NOOP("domain", "Uføretrygd"),
    QT_TRANSLATE_NOOP("domain", "Arbeidsavklaringspenger (AAP)"),
    QT_TRANSLATE_NOOP("domain", "Sykepenger"),
    QT_TRANSLATE_NOOP("domain", "Dagpenger"),
    QT_TRANSLATE_NOOP("domain", "Introduksjonsstønad"),
    QT_TRANSLATE_NOOP("domain", "Annen skattepliktig inntekt"),
    QT_TRANSLATE_NOOP("domain", "Pensjon"),
    QT_TRANSLATE_NOOP("domain", "Kapitalinntekt"),
    QT_TRANSLATE_NOOP("domain", "Søker"),
    QT_TRANSLATE_NOOP("domain", "Medsøker"),
    QT_TRANSLATE_NOOP("domain", "Voksen"),
    # household types (storage.listing)
    QT_TRANSLATE_NOOP("domain", "Enslig forsørger"),
    QT_TRANSLATE_NOOP("domain", "Par med barn"),
    QT_TRANSLATE_NOOP("domain", "Flere voksne"),
    QT_TRANSLATE_NOOP("domain", "Uten medlemmer"),
    # rule groups (domain.assess, in the "rates to verify" warning)
    QT_TRANSLATE_NOOP("domain", "skattesatser"),
    QT_TRANSLATE_NOOP("domain", "skattefradrag for pensjonsinntekt"),
    QT_TRANSLATE_NOOP("domain", "SIFO-budsjett"),
    QT_TRANSLATE_NOOP("domain", "sosialhjelpsnorm"),
    QT_TRANSLATE_NOOP("domain", "bankregler"),
    QT_TRANSLATE_NOOP("domain", "startlånsvilkår"),
    QT_TRANSLATE_NOOP("domain", "Husbankens renter"),
    QT_TRANSLATE_NOOP("domain", "gebyrer"),
    QT_TRANSLATE_NOOP("domain", "tinglysingsgebyr"),
    QT_TRANSLATE_NOOP("domain", "tilskuddsregler"),
    QT_TRANSLATE_NOOP("domain", "bostøtte"),
    # SIFO items (domain.living)
    QT_TRANSLATE_NOOP("domain", "Mat og drikke"),
    QT_TRANSLATE_NOOP("domain", "Klær og sko"),
    QT_TRANSLATE_NOOP("domain", "Personlig pleie"),
    QT_TRANSLATE_NOOP("domain", "Lek, sport og mediebruk"),
    QT_TRANSLATE_NOOP("domain", "Reisekostnader (kollektiv)"),
    QT_TRANSLATE_NOOP("domain", "Andre dagligvarer"),
    QT_TRANSLATE_NOOP("domain", "Husholdningsartikler"),
    QT_TRANSLATE_NOOP("domain", "Møbler"),
    QT_TRANSLATE_NOOP("domain", "Mediebruk og fritid"),
    QT_TRANSLATE_NOOP("domain", "Bil (drift og vedlikehold)"),
    # checks (domain.financing)
    QT_TRANSLATE_NOOP("domain", "Betjeningsevne (Husbanken)"),
    QT_TRANSLATE_NOOP("domain", "Belåningsgrad (utlånsforskriften)"),
    QT_TRANSLATE_NOOP("domain", "Gjeld mot inntekt (5 × inntekt)"),
    QT_TRANSLATE_NOOP("domain", "Stresstest (rente + 3 pp, minst 7 %)"),
    # screening categories and reasons (services.screening)
    QT_TRANSLATE_NOOP("domain", "Kan kjøpe nå"),
    QT_TRANSLATE_NOOP("domain", "Kan kjøpe om noen år"),
    QT_TRANSLATE_NOOP("domain", "Ikke aktuelt nå"),
    QT_TRANSLATE_NOOP("domain", "Kan kjøpe med banklån"),
    QT_TRANSLATE_NOOP(
        "domain",
        "Banken kan trolig finansiere hele kjøpet (startlån er for dem som ikke får stort "
        "nok banklån)",
    ),
    QT_TRANSLATE_NOOP("domain", "Boligen mangler takst"),
    QT_TRANSLATE_NOOP("domain", "Leieforholdet er kortere enn kravet"),
    QT_TRANSLATE_NOOP("domain", "Husleierestanse over grensen"),
    QT_TRANSLATE_NOOP("domain", "Husleien er betalt for sent flere ganger siste år"),
    QT_TRANSLATE_NOOP("domain", "Bare midlertidig inntekt (AAP, dagpenger o.l.)"),
    QT_TRANSLATE_NOOP("domain", "Søker er yngre enn aldersgrensen"),
    QT_TRANSLATE_NOOP("domain", "Søker er eldre enn aldersgrensen"),
    QT_TRANSLATE_NOOP("domain", "Inntekten dekker ikke levekostnader og bokostnader"),
    QT_TRANSLATE_NOOP("domain", "Betjeningsevnen er for svak"),
    QT_TRANSLATE_NOOP("domain", "Trenger mer tilskudd enn kommunens grense"),
    QT_TRANSLATE_NOOP("domain", "Sparing kan gi nok egenkapital"),
    QT_TRANSLATE_NOOP("domain", "En annen ledig bolig kan passe"),
    # list and statistics columns (services.eligibility, services.statistics)
    QT_TRANSLATE_NOOP("domain", "Rang"),
    QT_TRANSLATE_NOOP("domain", "Resultat"),
    QT_TRANSLATE_NOOP("domain", "Om år"),
    QT_TRANSLATE_NOOP("domain", "Husstand"),
    QT_TRANSLATE_NOOP("domain", "Fødselsnummer"),
    QT_TRANSLATE_NOOP("domain", "Bolig"),
    QT_TRANSLATE_NOOP("domain", "Adresse"),
    QT_TRANSLATE_NOOP("domain", "Husstandstype"),
    QT_TRANSLATE_NOOP("domain", "Personer"),
    QT_TRANSLATE_NOOP("domain", "Brutto inntekt"),
    QT_TRANSLATE_NOOP("domain", "Husleie/mnd"),
    QT_TRANSLATE_NOOP("domain", "Restanse"),
    QT_TRANSLATE_NOOP("domain", "Pris"),
    QT_TRANSLATE_NOOP("domain", "Største lån"),
    QT_TRANSLATE_NOOP("domain", "Startlån"),
    QT_TRANSLATE_NOOP("domain", "Banklån"),
    QT_TRANSLATE_NOOP("domain", "Tilskudd"),
    QT_TRANSLATE_NOOP("domain", "Tilskuddsbehov"),
    QT_TRANSLATE_NOOP("domain", "Eie/mnd"),
    QT_TRANSLATE_NOOP("domain", "Overskudd/mnd"),
    QT_TRANSLATE_NOOP("domain", "Begrunnelse"),
    QT_TRANSLATE_NOOP("domain", "Annen ledig bolig"),
    QT_TRANSLATE_NOOP("domain", "Saksstatus"),
    QT_TRANSLATE_NOOP("domain", "År"),
    QT_TRANSLATE_NOOP("domain", "Leietakere kartlagt"),
    QT_TRANSLATE_NOOP("domain", "Kjøp gjennomført"),
    QT_TRANSLATE_NOOP("domain", "Boliger frigjort"),
    # declared settings (services.settings): labels, choices, help
    QT_TRANSLATE_NOOP("domain", "Kommunens navn"),
    QT_TRANSLATE_NOOP("domain", "Organisasjonsnummer"),
    QT_TRANSLATE_NOOP("domain", "9 siffer"),
    QT_TRANSLATE_NOOP("domain", "Enhet"),
    QT_TRANSLATE_NOOP("domain", "Postadresse"),
    QT_TRANSLATE_NOOP("domain", "Postnummer"),
    QT_TRANSLATE_NOOP("domain", "Poststed"),
    QT_TRANSLATE_NOOP("domain", "Logo (PNG eller JPG)"),
    QT_TRANSLATE_NOOP("domain", "Målform"),
    QT_TRANSLATE_NOOP("domain", "Bokmål"),
    QT_TRANSLATE_NOOP("domain", "Nynorsk"),
    QT_TRANSLATE_NOOP("domain", "Underskriver"),
    QT_TRANSLATE_NOOP("domain", "Underskrivers tittel"),
    QT_TRANSLATE_NOOP("domain", "Klageinstans for vedtak om startlån"),
    QT_TRANSLATE_NOOP(
        "domain", "Forvaltningsloven § 28 annet ledd: kommunens eget klageorgan (klagenemnd)"
    ),
    QT_TRANSLATE_NOOP("domain", "Kommunen ligger i tiltakssonen (Finnmark og Nord-Troms)"),
    QT_TRANSLATE_NOOP(
        "domain", "Lavere skatt: 18,5 % på alminnelig inntekt og finnmarksfradrag (Skatte-ABC)"
    ),
    QT_TRANSLATE_NOOP("domain", "Behandlingsansvarlig (tom = kommunen)"),
    QT_TRANSLATE_NOOP("domain", "Personvernombud (navn og e-post)"),
    QT_TRANSLATE_NOOP("domain", "Underskrivere (brukernavn = navn, tittel; …)"),
    QT_TRANSLATE_NOOP("domain", "kari = Kari Nordmann, rådgiver; per = Per Hansen, leder"),
    QT_TRANSLATE_NOOP("domain", "Beregning eldre enn (dager) regnes ut på nytt"),
    QT_TRANSLATE_NOOP("domain", "Advar når taksten er eldre enn (måneder)"),
    QT_TRANSLATE_NOOP("domain", "Vedtak krever en annen beslutter enn saksbehandleren"),
    QT_TRANSLATE_NOOP("domain", "Oppbevaring etter avsluttet sak (år)"),
    QT_TRANSLATE_NOOP("domain", "Telefon"),
    QT_TRANSLATE_NOOP("domain", "E-post"),
    QT_TRANSLATE_NOOP("domain", "Kommunegruppe for bostøtte"),
    QT_TRANSLATE_NOOP("domain", "1 – Oslo"),
    QT_TRANSLATE_NOOP("domain", "2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum"),
    QT_TRANSLATE_NOOP("domain", "3 – Kristiansand, Lillestrøm, Asker m.fl."),
    QT_TRANSLATE_NOOP("domain", "4 – Øvrige kommuner"),
    QT_TRANSLATE_NOOP("domain", "Regelår"),
    QT_TRANSLATE_NOOP("domain", "Løpetid (år)"),
    QT_TRANSLATE_NOOP("domain", "Nedbetaling"),
    QT_TRANSLATE_NOOP("domain", "Annuitet"),
    QT_TRANSLATE_NOOP("domain", "Serie"),
    QT_TRANSLATE_NOOP("domain", "Finansiering"),
    QT_TRANSLATE_NOOP("domain", "Bare startlån"),
    QT_TRANSLATE_NOOP("domain", "Banklån først når banken kan låne noe, ellers bare startlån"),
    QT_TRANSLATE_NOOP("domain", "Banklån først, startlån på toppen"),
    QT_TRANSLATE_NOOP("domain", "Kommunen gir tilskudd til etablering"),
    QT_TRANSLATE_NOOP("domain", "Største tilskudd (kr)"),
    QT_TRANSLATE_NOOP("domain", "Svarfrist (virkedager)"),
    QT_TRANSLATE_NOOP("domain", "Leieforhold minst (år)"),
    QT_TRANSLATE_NOOP("domain", "Husleierestanse høyst (kr)"),
    QT_TRANSLATE_NOOP("domain", "Måneder med for sen husleie siste år, høyst"),
    QT_TRANSLATE_NOOP("domain", "Utelat husstander med bare midlertidig inntekt"),
    QT_TRANSLATE_NOOP("domain", "Søkers alder minst"),
    QT_TRANSLATE_NOOP("domain", "Søkers alder høyst"),
    QT_TRANSLATE_NOOP("domain", "«Kan kjøpe om N år»: høyst N"),
    QT_TRANSLATE_NOOP("domain", "Prøv også ledige boliger som passer husstanden"),
    QT_TRANSLATE_NOOP("domain", "Kommunalt påslag i startlånsrenten (høyst 0,25 pp)"),
    QT_TRANSLATE_NOOP("domain", "Kommunens eget etableringsgebyr på startlån (kr)"),
    QT_TRANSLATE_NOOP("domain", "Kommunens eget termingebyr på startlån (kr)"),
    QT_TRANSLATE_NOOP("domain", "Forslag: sparing i høyst (måneder)"),
    QT_TRANSLATE_NOOP("domain", "Forslag: løpetid ikke forbi alder (tom = ingen grense)"),
    QT_TRANSLATE_NOOP(
        "domain",
        "Startlån: en kommune som tar egne gebyrer kan ikke også ta påslag på Husbankens "
        "rente; sett påslaget til 0 eller gebyrene til 0",
    ),
    # follow-up settings (services.settings, group «oppfølging», issue 14)
    QT_TRANSLATE_NOOP(
        "domain",
        "Leie til eie: «etter plan» når sparingen mangler mer enn (måneders sparemål)",
    ),
    QT_TRANSLATE_NOOP(
        "domain",
        "Leie til eie: «i faresonen» når sparingen mangler minst (måneders sparemål)",
    ),
    QT_TRANSLATE_NOOP("domain", "Leie til eie: «i faresonen» uten ny sparesaldo på (måneder)"),
    QT_TRANSLATE_NOOP("domain", "Leie til eie: «etter plan» ved husleierestanse på (måneder)"),
    QT_TRANSLATE_NOOP("domain", "Leie til eie: «i faresonen» ved husleierestanse på (måneder)"),
    QT_TRANSLATE_NOOP("domain", "Leie til eie: «i faresonen» ved restanse på minst (kr, tom = av)"),
    QT_TRANSLATE_NOOP(
        "domain",
        "Tilbud om kjøp kan sendes fra (måneder før opsjonen utløper, når i rute)",
    ),
    QT_TRANSLATE_NOOP(
        "domain", "Tilbud om kjøp sendes uansett status (måneder før opsjonen utløper)"
    ),
    QT_TRANSLATE_NOOP("domain", "Restanse: betalingspåminnelse etter (dager etter forfall)"),
    QT_TRANSLATE_NOOP(
        "domain", "Restanse: betalingspåminnelse straks restansen er minst (kr, tom = av)"
    ),
    QT_TRANSLATE_NOOP("domain", "Restanse: inviter til samtale ved (måneder)"),
    QT_TRANSLATE_NOOP("domain", "Restanse: tilby økonomisk rådgivning (NAV) ved (måneder)"),
    QT_TRANSLATE_NOOP("domain", "Restanse: vurder varsel/oppsigelse ved (måneder)"),
    QT_TRANSLATE_NOOP("domain", "Restanse: vurder begjæring om utkastelse (dager etter varselet)"),
    QT_TRANSLATE_NOOP("domain", "Restanse: se bort fra beløp under (kr)"),
    QT_TRANSLATE_NOOP("domain", "Nedbetalingsavtale: brutt etter (måneder uten betaling på rad)"),
    QT_TRANSLATE_NOOP(
        "domain", "Kartlegges igjen etter oppgjort restanse og betalt i tide i (måneder)"
    ),
    # follow-up statistics columns (services.statistics, issue 14)
    QT_TRANSLATE_NOOP("domain", "Restansesaker åpnet"),
    QT_TRANSLATE_NOOP("domain", "Restansesaker avsluttet"),
    QT_TRANSLATE_NOOP("domain", "Nedbetalingsavtaler overholdt"),
    QT_TRANSLATE_NOOP("domain", "Utkastelser forhindret"),
    QT_TRANSLATE_NOOP("domain", "Fra leie til eie-avtale til kjøp"),
    # screening: held back by the rent ledger (services.screening, issue 14)
    QT_TRANSLATE_NOOP(
        "domain",
        "Holdes tilbake: forfalt husleie over grensen i reskontroen",
    ),
    QT_TRANSLATE_NOOP(
        "domain",
        "Holdes tilbake: restansen er gjort opp, men husleien er ikke betalt i tide lenge nok ennå",
    ),
    # identity-number problems (domain.identity)
    QT_TRANSLATE_NOOP("domain", "må ha 11 sifre"),
    QT_TRANSLATE_NOOP("domain", "kan bare inneholde sifre"),
    QT_TRANSLATE_NOOP("domain", "ugyldig kontrollsiffer"),
    QT_TRANSLATE_NOOP("domain", "ugyldig fødselsdato i nummeret"),
    QT_TRANSLATE_NOOP("domain", "fødselsdatoen er fram i tid"),
)

#: Kinds of documents produced on a case (the letters service's kinds).
DOCUMENT_LABELS: dict[str, str] = {
    "letter_offer": QT_TRANSLATE_NOOP("domain", "Tilbud om kjøp"),
    "letter_invitation": QT_TRANSLATE_NOOP("domain", "Invitasjon til samtale"),
    "letter_preassessment": QT_TRANSLATE_NOOP("domain", "Forhåndsvurdering av startlån"),
}

KNOWN = frozenset(LABELS) | frozenset(DOCUMENT_LABELS.values())


def app_language() -> str:
    """The app's language: nb, nn or en (bokmål without a translation installed)."""
    app = QCoreApplication.instance()
    language = app.property("leietileie_language") if app is not None else None
    return str(language) if language in LANGUAGES else "nb"


def message_text(message: Message) -> str:
    """A message of the engine or the services (reason, warning, refusal, an import's problem)
    in the app's language: rendered from its code and figures (``domain.messages``), never
    parsed from a sentence."""
    return render(message, app_language(), label=translate)


def tr(text: str) -> str:
    """The translation of one known source text in the ``domain`` context."""
    return QCoreApplication.translate(CONTEXT, text)


def translate(text: str) -> str:
    """The UI's text for a known Norwegian label from the engine or the services; anything
    else (names, free text the caseworker typed) comes back unchanged. Nothing is parsed:
    sentences with figures are ``Message`` objects (``message_text``)."""
    if text and text in KNOWN:
        return tr(text)
    return text


def note_text(note: str) -> str:
    """A case event's note in the app's language: a note the services stored as a message
    (``services.messages.note_message``) rendered; a note a caseworker typed unchanged."""
    message = note_message(note) if note else None
    return note if message is None else message_text(message)


def problem_texts(error: InputError) -> list[str]:
    """The problems of a refusal in the app's language: messages rendered, labels translated."""
    return [message_text(p) if isinstance(p, Message) else translate(p) for p in error.messages]


def error_text(error: BaseException) -> str:
    """What a failure shown to the caseworker says: a refusal's problems in the app's language
    (one a line), anything else as it is."""
    if isinstance(error, InputError):
        return "\n".join(problem_texts(error))
    return str(error)
