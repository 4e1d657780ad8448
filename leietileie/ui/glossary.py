"""Short explanations of the domain terms a caseworker meets, shown as tooltips."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

TERMS: dict[str, str] = {
    "betjeningsevne": QT_TRANSLATE_NOOP(
        "Glossary",
        "Betjeningsevne: om husstanden klarer å betjene lånet. Inntekt etter skatt minus "
        "levekostnader, faste forpliktelser og bokostnader er det som er tilgjengelig til lån; det "
        "må dekke "
        "terminbeløpet regnet med kalkulasjonsrenten.",
    ),
    "kalkulasjonsrente": QT_TRANSLATE_NOOP(
        "Glossary",
        "Kalkulasjonsrente: renten lånet prøves mot (stresstest) – dagens rente pluss et påslag, "
        "slik at husstanden tåler at renten stiger. Påslaget står under Innstillinger → Regelsett "
        "og satser.",
    ),
    "fellesgjeld": QT_TRANSLATE_NOOP(
        "Glossary",
        "Fellesgjeld: boligens andel av borettslagets (eller aksjeselskapets) lån. Den regnes med "
        "i "
        "kjøpesummen og i den samlede gjelden; renter og avdrag betales gjennom felleskostnadene.",
    ),
    "egenkapital": QT_TRANSLATE_NOOP(
        "Glossary",
        "Egenkapital: husstandens egne midler til kjøpet (oppsparte penger), før lån og tilskudd.",
    ),
    "startlan": QT_TRANSLATE_NOOP(
        "Glossary",
        "Startlån: lån fra kommunen (med midler fra Husbanken) til den som ikke får nok lån i "
        "vanlig bank. Kan komme i tillegg til banklån eller finansiere hele kjøpet.",
    ),
    "tilskudd": QT_TRANSLATE_NOOP(
        "Glossary",
        "Tilskudd til etablering: støtte fra kommunen til kjøpet som ikke skal betales tilbake.",
    ),
    "levekostnader": QT_TRANSLATE_NOOP(
        "Glossary",
        "Levekostnader: det husstanden trenger å leve av hver måned, etter SIFOs referansebudsjett "
        "for husstandens sammensetning, aldri lavere enn sosialhjelpsnormen.",
    ),
    "terminbelop": QT_TRANSLATE_NOOP(
        "Glossary", "Terminbeløp: det som betales på lånene hver måned, renter og avdrag."
    ),
    "omkostninger": QT_TRANSLATE_NOOP(
        "Glossary", "Omkostninger: dokumentavgift, tinglysingsgebyr og andre kostnader ved kjøpet."
    ),
    "sosialhjelpsnorm": QT_TRANSLATE_NOOP(
        "Glossary",
        "Sosialhjelpsnorm: statens veiledende satser for livsopphold. Levekostnadene i beregningen "
        "settes aldri lavere enn normen.",
    ),
}


def explanation(term: str) -> str:
    return QCoreApplication.translate("Glossary", TERMS[term])


def explain(widget: QWidget, term: str) -> QWidget:
    """Give ``widget`` the tooltip (and accessible description) explaining ``term``."""
    text = explanation(term)
    widget.setToolTip(text)
    widget.setAccessibleDescription(text)
    return widget
