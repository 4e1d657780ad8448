"""What the engine says about a case, as message objects: a code and its parameters.

Reasons, suggestions, warnings and check details are ``Message`` objects carrying raw figures
(kroner, rates, years) and codes (income kinds, rule groups, checks). Each surface renders them
in its own language with ``render``: the command line and the fixed scenario output in bokmål,
the app in the language chosen (bokmål, nynorsk or English). Amounts and rates keep Norwegian
notation in every language, as everywhere in the app. No surface parses a rendered text back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .model import INCOME_LABELS_NB
from .money import format_kr, format_percent

LANGUAGES = ("nb", "nn", "en")


@dataclass(frozen=True)
class Message:
    """One thing the engine says: ``code`` names the template, ``params`` its figures."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, language: str = "nb") -> str:
        return render(self, language)

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, **{k: _json(v) for k, v in self.params.items()}}


def _json(value: object) -> object:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, list | tuple) and any(isinstance(v, Message) for v in value):
        return [_json(v) for v in value]
    return value


#: Parameters shown as kroner, as rates (with their decimals); the rest as they are.
_KR = frozenset(
    {
        "available",
        "payment",
        "loan",
        "debt",
        "limit",
        "shortfall",
        "grant",
        "saving",
        "available_monthly",
        "shortfall_monthly",
        "grant_needed",
        "grant_max",
    }
)
_PERCENT = {"rate": 2, "rule_rate": 2, "share": 1, "ltv_limit": 0}

TEMPLATES: dict[str, dict[str, str]] = {
    "nb": {
        # check details (domain.financing)
        "check_servicing": (
            "Tilgjengelig til lån {available}/mnd mot {payment}/mnd i terminbeløp ved "
            "kalkulasjonsrente {rate}"
        ),
        "check_servicing_io": (
            "Tilgjengelig til lån {available}/mnd mot {payment}/mnd i terminbeløp ved "
            "kalkulasjonsrente {rate} (nedbetalt over {years} år etter {io} avdragsfrie år)"
        ),
        "check_ltv": "Banklån {loan} er {share} av verdien; grensen er {ltv_limit}",
        "check_dti": "Samlet gjeld {debt} mot grensen {limit} (5 × brutto inntekt)",
        "check_stress": "All ny gjeld ved {rate} gir {payment}/mnd; tilgjengelig {available}/mnd",
        # reasons (domain.assess)
        "no_capacity": (
            "Inntekten dekker ikke levekostnader, faste utgifter og bokostnader: "
            "{available_monthly} i måneden er tilgjengelig til lån."
        ),
        "insufficient_servicing": (
            "Betjeningsevnen er for svak: det mangler {shortfall_monthly} i måneden ved "
            "kalkulasjonsrenten."
        ),
        "grant_above_max": (
            "Det trengs {grant_needed} i tilskudd, mer enn kommunens grense på {grant_max}."
        ),
        # suggestions (domain.assess)
        "longer_term": "Lengre nedbetalingstid: med {years} år bærer budsjettet hele startlånet.",
        "grant_term": "Med {years} års løpetid trengs {grant} i tilskudd.",
        "save": "Sparing: {saving} i måneden i {months} måneder gir nok egenkapital.",
        "none": (
            "Ingen endring innenfor kommunens retningslinjer får saken til å gå nå (løpetid høyst "
            "{years} år, tilskudd høyst {grant}, sparing i høyst {months} måneder)."
        ),
        "none_no_grant": (
            "Ingen endring innenfor kommunens retningslinjer får saken til å gå nå (løpetid høyst "
            "{years} år, kommunen gir ikke tilskudd, sparing i høyst {months} måneder)."
        ),
        # warnings (domain.assess)
        "sifo_edition": "OBS: Regelsettet for {year} bruker SIFO-referansebudsjettet {edition} "
        "({year}-utgaven er ikke lagt inn). Levekostnadene er derfor {edition}-tall.",
        "policy_rate_override": (
            "Styringsrenten {rate} er satt av saksbehandler (regelsettet for {year}: {rule_rate})."
        ),
        "temporary_income": "Midlertidig inntekt ({kinds}) bør vurderes særskilt.",
        "flexibility_quota": "{check} er ikke oppfylt: banken må bruke fleksibilitetskvoten "
        "(utlånsforskriften).",
        "bank_alone": (
            "Banken kan trolig finansiere hele kjøpet innenfor utlånsforskriften. Startlån gis "
            "bare til den som ikke får stort nok lån i banken (forskrift om lån fra Husbanken kap. "
            "5)."
        ),
        "long_term": "Løpetid over {years} år krever varig lav inntekt og særskilt begrunnelse.",
        "living_costs_override": "Levekostnadene er satt av saksbehandler: {reason}.",
        "unverified_rules": "Satser som bør kontrolleres: {groups}.",
    },
    "nn": {
        "check_servicing": (
            "Tilgjengeleg til lån {available}/mnd mot {payment}/mnd i terminbeløp ved "
            "kalkulasjonsrente {rate}"
        ),
        "check_servicing_io": (
            "Tilgjengeleg til lån {available}/mnd mot {payment}/mnd i terminbeløp ved "
            "kalkulasjonsrente {rate} (nedbetalt over {years} år etter {io} avdragsfrie år)"
        ),
        "check_ltv": "Banklån {loan} er {share} av verdien; grensa er {ltv_limit}",
        "check_dti": "Samla gjeld {debt} mot grensa {limit} (5 × brutto inntekt)",
        "check_stress": "All ny gjeld ved {rate} gir {payment}/mnd; tilgjengeleg {available}/mnd",
        "no_capacity": (
            "Inntekta dekkjer ikkje levekostnader, faste utgifter og bukostnader: "
            "{available_monthly} i månaden er tilgjengeleg til lån."
        ),
        "insufficient_servicing": (
            "Betjeningsevna er for svak: det manglar {shortfall_monthly} i månaden ved "
            "kalkulasjonsrenta."
        ),
        "grant_above_max": (
            "Det trengst {grant_needed} i tilskot, meir enn grensa til kommunen på {grant_max}."
        ),
        "longer_term": "Lengre nedbetalingstid: med {years} år ber budsjettet heile startlånet.",
        "grant_term": "Med {years} års løpetid trengst {grant} i tilskot.",
        "save": "Sparing: {saving} i månaden i {months} månader gir nok eigenkapital.",
        "none": (
            "Inga endring innanfor retningslinjene til kommunen får saka til å gå no (løpetid "
            "høgst {years} år, tilskot høgst {grant}, sparing i høgst {months} månader)."
        ),
        "none_no_grant": (
            "Inga endring innanfor retningslinjene til kommunen får saka til å gå no (løpetid "
            "høgst {years} år, kommunen gir ikkje tilskot, sparing i høgst {months} månader)."
        ),
        "sifo_edition": "OBS: Regelsettet for {year} brukar SIFO-referansebudsjettet {edition} "
        "({year}-utgåva er ikkje lagd inn). Levekostnadene er difor {edition}-tal.",
        "policy_rate_override": (
            "Styringsrenta {rate} er sett av sakshandsamar (regelsettet for {year}: {rule_rate})."
        ),
        "temporary_income": "Mellombels inntekt ({kinds}) bør vurderast særskilt.",
        "flexibility_quota": "{check} er ikkje oppfylt: banken må bruke fleksibilitetskvoten "
        "(utlånsforskriften).",
        "bank_alone": (
            "Banken kan truleg finansiere heile kjøpet innanfor utlånsforskriften. Startlån blir "
            "berre gitt til den som ikkje får stort nok lån i banken (forskrift om lån frå "
            "Husbanken kap. 5)."
        ),
        "long_term": "Løpetid over {years} år krev varig låg inntekt og særskild grunngiving.",
        "living_costs_override": "Levekostnadene er sette av sakshandsamar: {reason}.",
        "unverified_rules": "Satsar som bør kontrollerast: {groups}.",
    },
    "en": {
        "check_servicing": (
            "Available for loans {available}/month against payments of {payment}/month at the "
            "stress rate {rate}"
        ),
        "check_servicing_io": "Available for loans {available}/month against {payment}/month in "
        "instalments at the stress rate {rate} (repaid over {years} years after {io} interest-only "
        "years)",
        "check_ltv": "Bank loan {loan} is {share} of the value; the limit is {ltv_limit}",
        "check_dti": "Total debt {debt} against the limit {limit} (5 × gross income)",
        "check_stress": "All new debt at {rate} costs {payment}/month; available {available}/month",
        "no_capacity": "The income does not cover living costs, fixed costs and running costs: "
        "{available_monthly} a month is available for loans.",
        "insufficient_servicing": "The servicing capacity (betjeningsevne) is too weak: "
        "{shortfall_monthly} a month is missing at the stress rate.",
        "grant_above_max": (
            "A grant of {grant_needed} is needed, more than the municipality's limit of "
            "{grant_max}."
        ),
        "longer_term": (
            "Longer repayment term: with {years} years the budget carries the whole startlån."
        ),
        "grant_term": "With a {years}-year term, a grant of {grant} is needed.",
        "save": "Saving: {saving} a month for {months} months gives enough equity.",
        "none": "No change within the municipality's policy makes the case work now (term at most "
        "{years} years, grant at most {grant}, saving for at most {months} months).",
        "none_no_grant": (
            "No change within the municipality's policy makes the case work now (term at most "
            "{years} years, the municipality gives no grants, saving for at most {months} months)."
        ),
        "sifo_edition": (
            "NB: The rule set for {year} uses the SIFO reference budget {edition} (the {year} "
            "edition is not included). Living costs are therefore {edition} figures."
        ),
        "policy_rate_override": (
            "The policy rate {rate} was set by the caseworker (the rule set for {year}: "
            "{rule_rate})."
        ),
        "temporary_income": "Temporary income ({kinds}) should be assessed separately.",
        "flexibility_quota": "{check} is not met: the bank must use its flexibility quota "
        "(utlånsforskriften).",
        "bank_alone": (
            "A bank can probably finance the whole purchase within utlånsforskriften. Startlån is "
            "only for those who cannot get a large enough bank loan (regulation on loans from "
            "Husbanken, ch. 5)."
        ),
        "long_term": "A term over {years} years requires a permanently low income and a specific "
        "justification.",
        "living_costs_override": "Living costs were set by the caseworker: {reason}.",
        "unverified_rules": "Rates that should be checked: {groups}.",
    },
}

#: Names of the codes a message may carry in a list or as a reference, per language.
INCOME_LABELS: dict[str, dict[str, str]] = {
    "nb": dict(INCOME_LABELS_NB),
    "nn": {
        "wage": "Løn",
        "disability_benefit": "Uføretrygd",
        "aap": "Arbeidsavklaringspengar (AAP)",
        "sickness_benefit": "Sjukepengar",
        "unemployment_benefit": "Dagpengar",
        "introduction_benefit": "Introduksjonsstønad",
        "other_taxable": "Anna skattepliktig inntekt",
        "pension": "Pensjon",
        "capital_income": "Kapitalinntekt",
    },
    "en": {
        "wage": "Wages",
        "disability_benefit": "Disability benefit",
        "aap": "Work assessment allowance (AAP)",
        "sickness_benefit": "Sickness benefit",
        "unemployment_benefit": "Unemployment benefit",
        "introduction_benefit": "Introduction benefit",
        "other_taxable": "Other taxable income",
        "pension": "Pension",
        "capital_income": "Capital income",
    },
}
RULE_GROUP_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "tax": "skattesatser",
        "pension_credit": "skattefradrag for pensjonsinntekt",
        "sifo": "SIFO-budsjett",
        "floor": "sosialhjelpsnorm",
        "bank": "bankregler",
        "startlan": "startlånsvilkår",
        "husbanken_rates": "Husbankens renter",
        "fees": "gebyrer",
        "purchase_costs": "tinglysingsgebyr",
        "grant": "tilskuddsregler",
        "bostotte": "bostøtte",
    },
    "nn": {
        "tax": "skattesatsar",
        "pension_credit": "skattefrådrag for pensjonsinntekt",
        "sifo": "SIFO-budsjett",
        "floor": "sosialhjelpsnorm",
        "bank": "bankreglar",
        "startlan": "startlånsvilkår",
        "husbanken_rates": "rentene til Husbanken",
        "fees": "gebyr",
        "purchase_costs": "tinglysingsgebyr",
        "grant": "tilskotsreglar",
        "bostotte": "bustøtte",
    },
    "en": {
        "tax": "tax rates",
        "pension_credit": "tax deduction for pension income",
        "sifo": "SIFO budget",
        "floor": "social assistance floor",
        "bank": "bank rules",
        "startlan": "startlån terms",
        "husbanken_rates": "Husbanken's rates",
        "fees": "fees",
        "purchase_costs": "registration fee",
        "grant": "grant rules",
        "bostotte": "housing allowance",
    },
}
CHECK_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "betjeningsevne": "Betjeningsevne (Husbanken)",
        "bank_ltv": "Belåningsgrad (utlånsforskriften)",
        "bank_dti": "Gjeld mot inntekt (5 × inntekt)",
        "bank_stress": "Stresstest (rente + 3 pp, minst 7 %)",
    },
    "nn": {
        "betjeningsevne": "Betjeningsevne (Husbanken)",
        "bank_ltv": "Belåningsgrad (utlånsforskriften)",
        "bank_dti": "Gjeld mot inntekt (5 × inntekt)",
        "bank_stress": "Stresstest (rente + 3 pp, minst 7 %)",
    },
    "en": {
        "betjeningsevne": "Betjeningsevne – servicing test (Husbanken)",
        "bank_ltv": "Loan-to-value (utlånsforskriften)",
        "bank_dti": "Debt to income (5 × income)",
        "bank_stress": "Stress test (rate + 3 pp, at least 7 %)",
    },
}
NO_REASON_GIVEN = {
    "nb": "ingen begrunnelse oppgitt",
    "nn": "inga grunngiving oppgitt",
    "en": "no reason given",
}


def _value(name: str, value: object, language: str) -> str:
    if name in _KR and isinstance(value, int | float):
        return format_kr(float(value))
    if name in _PERCENT and isinstance(value, int | float):
        return format_percent(float(value), _PERCENT[name])
    if name == "kinds" and isinstance(value, list | tuple):
        return ", ".join(INCOME_LABELS[language].get(str(k), str(k)) for k in value)
    if name == "groups" and isinstance(value, list | tuple):
        return ", ".join(RULE_GROUP_LABELS[language].get(str(g), str(g)) for g in value)
    if name == "check":
        return CHECK_LABELS[language].get(str(value), str(value))
    if name == "reason":
        return str(value) or NO_REASON_GIVEN[language]
    return str(value)


#: Parameters another layer renders itself, by name: (value, language) -> text.
PARAM_RENDERERS: dict[str, Callable[[object, str], str]] = {}


def register_param(name: str, renderer: Callable[[object, str], str]) -> None:
    """Render every parameter called ``name`` with ``renderer`` (e.g. the services' words for
    the parts of a scenario), in every language."""
    PARAM_RENDERERS[name] = renderer


def register(templates: Mapping[str, Mapping[str, str]]) -> None:
    """Add another layer's messages (the services' refusals) to the catalogue, per language."""
    for language, table in templates.items():
        TEMPLATES[language].update(table)


def _identity(text: str) -> str:
    return text


def render(message: Message, language: str = "nb", label: Callable[[str], str] = _identity) -> str:
    """The message in one language (nb, nn or en; another falls back to bokmål). A parameter
    named ``*_label`` holds a bokmål label and ``*_labels`` a list of them: each is passed
    through ``label`` (the app's translation of known labels) and a list is written «a», «b».
    A parameter that is itself a ``Message`` (the rule a cell breaks) is rendered alike, and a
    list of messages (the reasons a household is left out) is written «a; b»."""
    templates = TEMPLATES.get(language, TEMPLATES["nb"])
    language = language if language in TEMPLATES else "nb"
    template = templates.get(message.code, TEMPLATES["nb"].get(message.code))
    if template is None:
        raise KeyError(f"no template for message {message.code!r}")
    values = {}
    for name, value in message.params.items():
        if name in PARAM_RENDERERS:
            values[name] = PARAM_RENDERERS[name](value, language)
        elif isinstance(value, Message):
            values[name] = render(value, language, label)
        elif isinstance(value, list | tuple) and value and isinstance(value[0], Message):
            values[name] = "; ".join(
                render(v, language, label) if isinstance(v, Message) else str(v) for v in value
            )
        elif name.endswith("_labels") and isinstance(value, list | tuple):
            values[name] = ", ".join(f"«{label(str(v))}»" for v in value)
        elif name.endswith("_label"):
            values[name] = label(str(value))
        else:
            values[name] = _value(name, value, language)
    return template.format_map(values)


def _register_followup() -> None:
    """The follow-up messages (issue 14: pathway and rent arrears) and their parameters."""
    from .followup_messages import PARAMS
    from .followup_messages import TEMPLATES as FOLLOWUP

    register(FOLLOWUP)
    for name, renderer in PARAMS.items():
        register_param(name, renderer)


_register_followup()
