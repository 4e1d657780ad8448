"""The legal sources a follow-up step or letter cites, where it has legal weight (issue 14).

Each source names the law, the section, a one-sentence summary in bokmål, nynorsk and English,
and its address on Lovdata. The summaries are ours, written from the law's text as published on
Lovdata and from the guidance named in ``checked_against`` (looked up November 2026); they are
short pointers for caseworkers and letters, not the law itself. Where a detail could not be
checked against the law's own text, the source says so in ``note`` and the summary stays general.

What each source is cited for:

* husleieloven § 9-9: the landlord may terminate the lease for a material breach (heving);
  rent not paid is the common case. Courts have often found about three months' unpaid rent to
  be a material breach, which is why notice is considered at three months (``EscalationRules``).
* husleieloven § 9-5: the landlord may give notice on a home only on objective grounds, among
  them the tenant's breach of the lease.
* husleieloven § 9-7: a landlord's notice (oppsigelse) must be written and give reasons, and
  tell the tenant of the right to protest within one month.
* husleieloven § 9-11: the landlord may notify the social services (NAV) of a breach that can
  lead to eviction; the tenant may reserve against it.
* tvangsfullbyrdelsesloven § 4-18: before an eviction is petitioned on a special enforcement
  basis (e.g. the lease's eviction clause), the tenant must have had a written warning, and the
  petition may be filed at the earliest 14 days after it was sent.
* tvangsfullbyrdelsesloven § 13-2: the enforcement bases for eviction (fravikelse); the third
  paragraph lets a written lease with an eviction clause serve as basis when rent is not paid.
* tvangsfullbyrdelsesloven § 13-6: when eviction from a home is petitioned, the enforcement
  officer should notify the social services when there is reason to.
* sosialtjenesteloven § 17: the municipality (NAV) shall give information, advice and guidance,
  including economic counselling, to solve or prevent social problems.
* inkassoloven § 9: a debt-collection warning (inkassovarsel) must give at least 14 days to
  pay before collection starts; it matters only when unpaid rent goes to debt collection.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LegalSource:
    """One section of one law, as cited in a step or a letter."""

    code: str
    law: Mapping[str, str]  # the law's short title per language (nb, nn, en)
    section: str  # "§ 9-9"
    summary: Mapping[str, str]  # one sentence per language
    url: str  # Lovdata
    checked_against: tuple[str, ...] = ()
    note: str = ""  # what could not be verified, if anything
    title: Mapping[str, str] = field(default_factory=dict)  # the section's heading

    def cite(self, language: str = "nb") -> str:
        """«husleieloven § 9-9» in the language (bokmål for an unknown one)."""
        law = self.law.get(language, self.law["nb"])
        return f"{law} {self.section}"

    def text(self, language: str = "nb") -> str:
        """The citation and the summary: «husleieloven § 9-9: Utleieren kan …»."""
        return f"{self.cite(language)}: {self.summary.get(language, self.summary['nb'])}"


_HUSLEIELOVEN = {"nb": "husleieloven", "nn": "husleigelova", "en": "the Tenancy Act (husleieloven)"}
_TVFBL = {
    "nb": "tvangsfullbyrdelsesloven",
    "nn": "tvangsfullføringslova",
    "en": "the Enforcement Act (tvangsfullbyrdelsesloven)",
}
_SOTJL = {
    "nb": "sosialtjenesteloven",
    "nn": "sosialtenestelova",
    "en": "the Social Services Act (sosialtjenesteloven)",
}
_INKASSO = {
    "nb": "inkassoloven",
    "nn": "inkassolova",
    "en": "the Debt Collection Act (inkassoloven)",
}

_HUSLEIELOVEN_URL = "https://lovdata.no/lov/1999-03-26-17"
_TVFBL_URL = "https://lovdata.no/lov/1992-06-26-86"
_SOTJL_URL = "https://lovdata.no/lov/2009-12-18-131"
_INKASSO_URL = "https://lovdata.no/lov/1988-05-13-26"

SOURCES: dict[str, LegalSource] = {
    s.code: s
    for s in (
        LegalSource(
            code="husleieloven_9_9",
            law=_HUSLEIELOVEN,
            section="§ 9-9",
            title={
                "nb": "Utleierens hevingsrett",
                "nn": "Utleigaren sin hevingsrett",
                "en": "The landlord's right to terminate for breach",
            },
            summary={
                "nb": "Utleieren kan heve leieavtalen ved vesentlig mislighold fra leierens side, "
                "for eksempel når leien ikke blir betalt.",
                "nn": "Utleigaren kan heve leigeavtalen ved vesentleg mishald frå leigaren si "
                "side, til dømes når leiga ikkje blir betalt.",
                "en": "The landlord may terminate the lease when the tenant is in material breach, "
                "for example when the rent is not paid.",
            },
            url=f"{_HUSLEIELOVEN_URL}/§9-9",
            checked_against=(
                "https://jusinfo.no/boligrett/opphor-av-leieforholdet-fra-utleier/"
                "utleiers-hevingsadgang/",
                "https://www.nrk.no/stor-oslo/leietakerne-kastes-ut-av-leiligheten-i-oslo-med-"
                "tre-dagers-varsel-1.17023891 (quotes §§ 9-6 to 9-9)",
            ),
        ),
        LegalSource(
            code="husleieloven_9_5",
            law=_HUSLEIELOVEN,
            section="§ 9-5",
            title={
                "nb": "Krav til saklig grunn for utleierens oppsigelse",
                "nn": "Krav til sakleg grunn for oppseiinga frå utleigaren",
                "en": "Grounds for the landlord's notice",
            },
            summary={
                "nb": "Utleieren kan bare si opp en leieavtale om bolig når det er saklig grunn, "
                "blant annet når leieren har misligholdt leieavtalen.",
                "nn": "Utleigaren kan berre seie opp ein leigeavtale om bustad når det er sakleg "
                "grunn, mellom anna når leigaren har misleghalde leigeavtalen.",
                "en": "The landlord may only give notice on a lease of a home on objective "
                "grounds, among them that the tenant has breached the lease.",
            },
            url=f"{_HUSLEIELOVEN_URL}/§9-5",
            checked_against=(
                "https://www.politiet.no/tjenester/namsmann-og-forliksrad/krav-pa-annet-enn-penger/"
                "fravikelse-utkastelse/leiperioden-utlopt-uten-at-leietaker-flytter/",
                "https://www.oppsigelse.no/husleieforhold/hvilke-grunner-holder-og-hvilke-ikke-"
                "nar-utleieren-sier-opp-et-tidsubestemt-husleieforhold/",
            ),
            note=(
                "The grounds are cited as summarised by the sources above; the letter (bokstav) "
                "naming breach in § 9-5 was not read on Lovdata, so none is cited."
            ),
        ),
        LegalSource(
            code="husleieloven_9_7",
            law=_HUSLEIELOVEN,
            section="§ 9-7",
            title={
                "nb": "Formkrav til utleierens oppsigelse",
                "nn": "Formkrav til oppseiinga frå utleigaren",
                "en": "Form of the landlord's notice",
            },
            summary={
                "nb": "Utleierens oppsigelse skal være skriftlig og begrunnet, og opplyse om at "
                "leieren kan protestere skriftlig innen én måned; ellers er den ugyldig.",
                "nn": "Oppseiinga frå utleigaren skal vere skriftleg og grunngitt, og opplyse om "
                "at leigaren kan protestere skriftleg innan éin månad; elles er ho ugyldig.",
                "en": "The landlord's notice must be written and give reasons, and tell the tenant "
                "that they may protest in writing within one month; otherwise it is invalid.",
            },
            url=f"{_HUSLEIELOVEN_URL}/§9-7",
            checked_against=(
                "https://www.nrk.no/stor-oslo/leietakerne-kastes-ut-av-leiligheten-i-oslo-med-"
                "tre-dagers-varsel-1.17023891 (quotes § 9-7)",
            ),
        ),
        LegalSource(
            code="husleieloven_9_11",
            law=_HUSLEIELOVEN,
            section="§ 9-11",
            title={
                "nb": "Varsel til sosialtjenesten",
                "nn": "Varsel til sosialtenesta",
                "en": "Notice to the social services",
            },
            summary={
                "nb": "Ved mislighold som kan gi grunnlag for utkastelse, kan utleieren varsle "
                "sosialtjenesten (NAV) i kommunen; leieren kan reservere seg mot varselet.",
                "nn": "Ved mishald som kan gi grunnlag for utkasting, kan utleigaren varsle "
                "sosialtenesta (NAV) i kommunen; leigaren kan reservere seg mot varselet.",
                "en": "When a breach may lead to eviction, the landlord may notify the "
                "municipality's social services (NAV); the tenant may opt out of the notice.",
            },
            url=f"{_HUSLEIELOVEN_URL}/§9-11",
            checked_against=(
                "https://veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/"
                "forhindre-utkastelse/forhindre-utkastelser",
                "https://www.regjeringen.no/no/dokumenter/otprp-nr-38-2006-2007-/id461498/?ch=3",
            ),
            note=(
                "Section number and content from Husbanken's Veiviseren and Ot.prp. nr. 38 "
                "(2006-2007) (the bill that added the rule); the section's own wording and "
                "heading were not read on Lovdata: check before quoting it."
            ),
        ),
        LegalSource(
            code="tvangsfullbyrdelsesloven_4_18",
            law=_TVFBL,
            section="§ 4-18",
            title={
                "nb": "Varsel før begjæring om tvangsfullbyrdelse",
                "nn": "Varsel før kravet om tvangsfullføring",
                "en": "Warning before enforcement is petitioned",
            },
            summary={
                "nb": "Før utkastelse kan begjæres på et særlig tvangsgrunnlag, må leieren ha fått "
                "skriftlig varsel, og begjæringen kan tidligst settes fram 14 dager etter at "
                "varselet ble sendt.",
                "nn": "Før utkasting kan krevjast på eit særleg tvangsgrunnlag, må leigaren ha "
                "fått skriftleg varsel, og kravet kan tidlegast setjast fram 14 dagar etter at "
                "varselet vart sendt.",
                "en": "Before eviction can be petitioned on a special enforcement basis, the "
                "tenant must have had a written warning, and the petition may be filed at the "
                "earliest 14 days after the warning was sent.",
            },
            url=f"{_TVFBL_URL}/§4-18",
            checked_against=(
                "https://www.politilederen.no/fagligforpolitiledere/tvang-forlik-gjeld/"
                "1035-muligheten-for-unnlatt-varsling-ved-tvangsfullbyrdelse",
                "https://www.veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/"
                "forhindre-utkastelse/forhindre-utkastelser/oversikt-over-tvangsgrunnlag-og-frister",
                "https://www.politiet.no/tjenester/namsmann-og-forliksrad/krav-pa-annet-enn-penger/",
            ),
        ),
        LegalSource(
            code="tvangsfullbyrdelsesloven_13_2",
            law=_TVFBL,
            section="§ 13-2",
            title={"nb": "Tvangsgrunnlag", "nn": "Tvangsgrunnlag", "en": "Enforcement bases"},
            summary={
                "nb": "Utkastelse (fravikelse) krever tvangsgrunnlag; etter tredje ledd bokstav a "
                "er en skriftlig leieavtale der leieren har vedtatt utkastelse når leien ikke "
                "blir betalt, et særlig tvangsgrunnlag.",
                "nn": "Utkasting (fråviking) krev tvangsgrunnlag; etter tredje ledd bokstav a er "
                "ein skriftleg leigeavtale der leigaren har vedteke utkasting når leiga ikkje "
                "blir betalt, eit særleg tvangsgrunnlag.",
                "en": "Eviction requires an enforcement basis; under the third paragraph, letter "
                "a, a written lease in which the tenant accepts eviction when the rent is not "
                "paid is a special enforcement basis.",
            },
            url=f"{_TVFBL_URL}/§13-2",
            checked_against=(
                "https://foyen.no/aktuelt/tvangsfravikelse-av-leietaker-ved-betalingsmislighold/",
                "https://www.veiviseren.no/stotte-i-arbeidsprosess/tilrettelegge-og-beholde-bolig/"
                "forhindre-utkastelse/forhindre-utkastelser/oversikt-over-tvangsgrunnlag-og-frister",
            ),
        ),
        LegalSource(
            code="tvangsfullbyrdelsesloven_13_6",
            law=_TVFBL,
            section="§ 13-6",
            title={
                "nb": "Foreleggelse av begjæringen",
                "nn": "Førelegging av kravet",
                "en": "Service of the petition",
            },
            summary={
                "nb": "Ved begjæring om utkastelse fra bolig bør namsmannen varsle sosialtjenesten "
                "når det er grunn til det (tredje ledd).",
                "nn": "Ved krav om utkasting frå bustad bør namsmannen varsle sosialtenesta når "
                "det er grunn til det (tredje ledd).",
                "en": "When eviction from a home is petitioned, the enforcement officer should "
                "notify the social services when there is reason to (third paragraph).",
            },
            url=f"{_TVFBL_URL}/§13-6",
            checked_against=(
                "https://veiviseren.no/forstaa-helheten/lover-og-forskrifter/"
                "lov-om-tvangsfullbyrdelse-tvangsfullbyrdelsesloven",
            ),
        ),
        LegalSource(
            code="sosialtjenesteloven_17",
            law=_SOTJL,
            section="§ 17",
            title={
                "nb": "Opplysning, råd og veiledning",
                "nn": "Opplysning, råd og rettleiing",
                "en": "Information, advice and guidance",
            },
            summary={
                "nb": "Kommunen (NAV) skal gi opplysning, råd og veiledning, herunder økonomisk "
                "rådgivning, som kan bidra til å løse eller forebygge sosiale problemer.",
                "nn": "Kommunen (NAV) skal gi opplysning, råd og rettleiing, medrekna økonomisk "
                "rådgjeving, som kan bidra til å løyse eller førebyggje sosiale problem.",
                "en": "The municipality (NAV) shall give information, advice and guidance, "
                "including economic counselling, that can help solve or prevent social problems.",
            },
            url=f"{_SOTJL_URL}/§17",
            checked_against=(
                "https://www.ks.no/fagomrader/barn-og-unge/barnevern/oppfolging-av-unge-med-"
                "barnevernserfaring/regelverk-og-referanser/sosialtjenesteloven/",
                "http://www.helsetilsynet.no/publikasjoner/internserien/2024/nav-kontorenes-"
                "ansvar-for-tjenesten-oekonomisk-raadgivning-til-personer-i-en-vanskelig-"
                "oekonomisk-situasjon/juridisk-grunnlag",
            ),
        ),
        LegalSource(
            code="inkassoloven_9",
            law=_INKASSO,
            section="§ 9",
            title={
                "nb": "Inkassovarsel og betalingsfrist",
                "nn": "Inkassovarsel og betalingsfrist",
                "en": "Debt-collection warning and payment deadline",
            },
            summary={
                "nb": "Før inkasso kan settes i verk, skal skyldneren etter forfall ha fått "
                "skriftlig inkassovarsel med en betalingsfrist på minst 14 dager.",
                "nn": "Før inkasso kan setjast i verk, skal skuldnaren etter forfall ha fått "
                "skriftleg inkassovarsel med ein betalingsfrist på minst 14 dagar.",
                "en": "Before debt collection can start, the debtor must, after the due date, "
                "have had a written debt-collection warning giving at least 14 days to pay.",
            },
            url=f"{_INKASSO_URL}/§9",
            checked_against=(
                "https://jusinfo.no/pengekravsrett/inndrivelsesprosessen/inkassovarsel/",
                "https://www.regjeringen.no/no/dokumenter/prop.-3-l-20252026/id3121729/?ch=33",
            ),
            note=(
                "The inkassovarsel is § 9 and the betalingsoppfordring § 10 of the 1988 act. A "
                "new inkassolov was proposed in Prop. 3 L (2025-2026); whether it is in force, "
                "and its section numbers, were not verified: check before citing in a letter."
            ),
        ),
    )
}


def source(code: str) -> LegalSource:
    """The source by its code; a ``KeyError`` names the unknown code."""
    try:
        return SOURCES[code]
    except KeyError:
        raise KeyError(f"no legal source {code!r}; known: {', '.join(sorted(SOURCES))}") from None


def citations(codes: tuple[str, ...] | list[str], language: str = "nb") -> str:
    """«husleieloven § 9-9, tvangsfullbyrdelsesloven § 4-18» for a list of source codes."""
    return ", ".join(source(c).cite(language) for c in codes)
