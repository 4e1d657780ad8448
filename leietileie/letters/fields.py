"""The data fields a letter's texts may use: every ``{placeholder}`` is a key here.

Values are final strings: amounts formatted, dates written out in the letter's language,
user text escaped for paragraph markup. The figures come from the assessment as stored.
"""

from __future__ import annotations

from ..domain.assess import Assessment
from ..domain.money import round_kr
from .formatting import kr, long_date, percent, safe
from .model import DEFAULT_APPEAL_BODY, LetterRequest, MunicipalityProfile
from .texts import Texts

#: Years of the startlån repayment schedule the appendix shows.
SCHEDULE_YEARS = 5


def cadastre(request: LetterRequest, texts: Texts) -> str:
    """ "gnr. 12, bnr. 34, snr. 5" for a freehold, "andelsnr. 17" for a cooperative share."""
    unit = request.unit
    parts = []
    for key, value in (
        ("gnr", unit.gnr),
        ("bnr", unit.bnr),
        ("snr", unit.snr),
        ("share_no", unit.share_no),
    ):
        if value:
            parts.append(f"{texts.label('cadastre_' + key)} {safe(value)}")
    return ", ".join(parts) or texts.label("not_registered")


def _money_fields(a: Assessment) -> dict[str, str]:
    p, b = a.plan, a.budget
    running = round_kr(b.housing_running_costs_monthly)
    difference = a.monthly_cost_owning_after_tax - a.monthly_cost_renting
    return {
        "price": kr(p.price),
        "purchase_costs": kr(p.purchase_costs),
        "dokumentavgift": kr(p.dokumentavgift),
        "tinglysing_total": kr(p.purchase_costs - p.dokumentavgift),
        "tinglysing_count": str(p.tinglysing_documents),
        "total_need": kr(p.total_need),
        "equity": kr(p.equity),
        "bank_loan": kr(p.bank_loan),
        "startlan": kr(p.startlan),
        "grant": kr(p.grant),
        "total_financing": kr(p.equity + p.bank_loan + p.startlan + p.grant),
        "loans_total": kr(p.loans),
        "monthly_payment": kr(a.monthly_payment),
        "monthly_payment_startlan": kr(a.monthly_payment_startlan),
        "monthly_payment_bank": kr(a.monthly_payment_bank),
        "monthly_fees": kr(a.monthly_fees),
        "running_costs": kr(running),
        "monthly_cost_owning": kr(a.monthly_cost_owning),
        "rentefradrag": kr(a.rentefradrag_monthly),
        "monthly_cost_after_tax": kr(a.monthly_cost_owning_after_tax),
        "rent_today": kr(a.monthly_cost_renting),
        "difference": kr(abs(difference)),
        "max_total_loan": kr(a.max_total_loan),
        "available_for_loans": kr(b.shown()["available_for_loans_monthly"]),
        "net_income": kr(b.shown()["net_income_monthly"]),
        "living_costs": kr(b.shown()["living_costs_monthly"]),
        "shortfall": kr(max(0.0, -a.surplus_monthly)),
        "surplus": kr(max(0.0, a.surplus_monthly)),
        "grant_needed": kr(a.grant_needed),
        "grant_max": kr(a.scenario.financing.grant_max),
        "shared_debt": kr(a.scenario.dwelling.shared_debt),
        "common_costs": kr(a.scenario.dwelling.common_costs_monthly),
        # The municipality's own startlån fees (Husbanken's fees do not apply to a startlån).
        "establishment_fee": kr(a.establishment_fee),
        "instalment_fee": kr(a.scenario.financing.instalment_fee),
    }


def _rate_fields(a: Assessment, language: str, texts: Texts) -> dict[str, str]:
    f, rules = a.scenario.financing, a.rules
    return {
        "startlan_rate": percent(f.startlan_rate, language, 3),
        "bank_rate": percent(f.bank_rate, language, 2),
        "policy_rate": percent(f.policy_rate, language, 2),
        "stress_rate": percent(a.stress_rate, language, 2),
        "term_years": str(f.term_years),
        "bank_term_years": str(f.bank_term_years),
        "interest_only_years": str(f.interest_only_years),
        "repayment": texts.label("repayment_" + f.repayment),
        "repayment_explained": texts.label("repayment_explained_" + f.repayment),
        "grant_writedown_rate": percent(rules.grant.writedown_rate_annual, language, 0),
        "grant_writedown_years": str(rules.grant.writedown_years),
        "rules_year": rules.name,
        "rules_title": safe(rules.title),
        "rules_valid_from": safe(rules.valid_from),
        "schedule_years": str(SCHEDULE_YEARS),
        "income_year": str(a.scenario.year),
    }


def _unit_fields(request: LetterRequest, texts: Texts) -> dict[str, str]:
    unit, lang = request.unit, request.language
    valuation_date = (
        long_date(unit.valuation_date, lang) if unit.valuation_date else texts.label("unknown")
    )
    return {
        "unit_address": safe(unit.address),
        "unit_full_address": safe(unit.full_address),
        "unit_id": safe(unit.unit_id),
        "cadastre": cadastre(request, texts),
        "tenure": texts.label("tenure_" + unit.tenure),
        "valuation": kr(unit.valuation) if unit.valuation else texts.label("unknown"),
        "valuation_date": valuation_date,
        "area": f"{unit.area_m2:g}\u00a0m²" if unit.area_m2 else texts.label("unknown"),
        "bedrooms": str(unit.bedrooms) if unit.bedrooms is not None else texts.label("unknown"),
    }


def _sender_fields(profile: MunicipalityProfile) -> dict[str, str]:
    return {
        "municipality": safe(profile.name),
        "department": safe(profile.department),
        "org_nr": safe(profile.org_nr),
        "contact_name": safe(profile.contact_name or profile.signer_name),
        "contact_phone": safe(profile.contact_phone or profile.phone).replace(" ", "\u00a0"),
        "contact_email": safe(profile.contact_email or profile.email),
        "signer_name": safe(profile.signer_name),
        "signer_title": safe(profile.signer_title),
        "appeal_body": safe(profile.appeal_body),
        "website": safe(profile.website),
        "privacy_url": safe(profile.privacy_url or profile.website),
        "valid_months": str(profile.preapproval_valid_months),
        "controller": safe(profile.controller or profile.name),
        "dpo_contact": safe(profile.dpo_contact),
        "retention_years": str(profile.retention_years),
        "reply_working_days": str(profile.reply_working_days),
    }


#: Forms of address: one applicant (du) or two (dere in bokmål, de/dykk in nynorsk).
PRONOUNS = {
    "nb": (
        {"du": "du", "Du": "Du", "deg": "deg", "din": "din", "ditt": "ditt", "dine": "dine"},
        {
            "du": "dere",
            "Du": "Dere",
            "deg": "dere",
            "din": "deres",
            "ditt": "deres",
            "dine": "deres",
        },
    ),
    "nn": (
        {"du": "du", "Du": "Du", "deg": "deg", "din": "din", "ditt": "ditt", "dine": "dine"},
        {
            "du": "de",
            "Du": "De",
            "deg": "dykk",
            "din": "dykkar",
            "ditt": "dykkar",
            "dine": "dykkar",
        },
    ),
    "en": (
        {"du": "you", "Du": "You", "deg": "you", "din": "your", "ditt": "your", "dine": "your"},
        {"du": "you", "Du": "You", "deg": "you", "din": "your", "ditt": "your", "dine": "your"},
    ),
}
PERSONS = {"nb": ("person", "personer"), "nn": ("person", "personar"), "en": ("person", "people")}
CHILDREN = {
    "nb": ("ett barn", "barn"),
    "nn": ("eitt barn", "born"),
    "en": ("one child", "children"),
}
THE_CHILDREN = {
    "nb": ("barnet", "barna"),
    "nn": ("barnet", "borna"),
    "en": ("the child", "the children"),
}
AND = {"nb": "og", "nn": "og", "en": "and"}
YEARS_OLD = {"nb": "år", "nn": "år", "en": "years old"}


def applicant_count(a: Assessment) -> int:
    return sum(1 for m in a.scenario.household.members if m.role in ("applicant", "co_applicant"))


def joined(items: list[str], language: str) -> str:
    """ "4", "4 og 12", "2, 4 og 12"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {AND[language]} " + items[-1]


def address_fields(request: LetterRequest) -> dict[str, str]:
    """The forms of address for this letter: du/deg/din … or, to two applicants, dere/deres
    (bokmål) or de/dykk/dykkar (nynorsk)."""
    return dict(PRONOUNS[request.language][applicant_count(request.assessment) > 1])


def _people_fields(a: Assessment, language: str, texts: Texts) -> dict[str, str]:
    size = a.scenario.household.size
    children = a.scenario.household.children
    one, many = PERSONS[language]
    child_one, child_many = CHILDREN[language]
    out = dict(PRONOUNS[language][applicant_count(a) > 1])
    out.update(
        {
            "persons_phrase": f"{size}\u00a0{one if size == 1 else many}",
            "children_phrase": child_one
            if len(children) == 1
            else f"{len(children)}\u00a0{child_many}",
            "the_children": THE_CHILDREN[language][len(children) != 1],
            "children_ages": joined([str(c.age) for c in children], language)
            + "\u00a0"
            + YEARS_OLD[language],
        }
    )
    left = a.budget.available_for_loans_monthly
    key = "available_left" if left >= 0 else "available_missing"
    if key in texts:
        out["available_sentence"] = texts.raw(key).format(amount=kr(abs(left)))
    return out


def signature_fields(request: LetterRequest, profile: MunicipalityProfile) -> dict[str, str]:
    """Who prepared and who decided, by name (and title): the letter stores the logins."""
    if profile.wording < 1:  # a profile stored before names were looked up
        return {
            "prepared_by": safe(request.prepared_by or profile.contact_name or profile.signer_name),
            "decided_by": safe(request.decided_by or request.prepared_by or profile.signer_name),
            "prepared_title": "",
            "decided_title": "",
        }
    login = request.prepared_by.strip()
    if login:
        prepared = profile.person(login, caseworker=True)
    else:
        prepared = (profile.contact_name or profile.signer_name, "")
    decider = request.decided_by.strip()
    decided = prepared if not decider or decider == login else profile.person(decider)
    return {
        "prepared_by": safe(prepared[0]),
        "prepared_title": safe(prepared[1]),
        "decided_by": safe(decided[0]),
        "decided_title": safe(decided[1]),
    }


def letter_fields(
    request: LetterRequest, profile: MunicipalityProfile, texts: Texts
) -> dict[str, str]:
    """Every placeholder a text of this letter may use, as final (escaped) strings."""
    lang, a = request.language, request.assessment
    fields = {
        "recipient_name": safe(request.household.name),
        "reference": safe(request.reference),
        "household_id": safe(request.household.external_id),
        "letter_date": long_date(request.letter_date, lang),
        "deadline": long_date(request.reply_by(profile), lang),
        "children_count": str(len(a.scenario.household.children)),
        "persons": str(a.scenario.household.size),
    }
    fields.update(signature_fields(request, profile))
    fields.update(_people_fields(a, lang, texts))
    fields.update(_sender_fields(profile))
    if (
        profile.wording >= 1
        and profile.appeal_body.strip() == DEFAULT_APPEAL_BODY
        and "appeal_body_default" in texts
    ):
        fields["appeal_body"] = texts.raw("appeal_body_default")
    fields.update(_unit_fields(request, texts))
    fields.update(_money_fields(a))
    fields.update(_rate_fields(a, lang, texts))
    _derived(fields, a, texts)
    return fields


def _derived(fields: dict[str, str], a: Assessment, texts: Texts) -> None:
    """Sentences built from other fields: the DPO's contact, the children's budget."""
    if "privacy_dpo" in texts:
        key = "privacy_dpo" if fields["dpo_contact"] else "privacy_dpo_general"
        fields["dpo_sentence"] = texts.fmt(key, fields)
    if "children_budget_yes" in texts:
        key = "children_budget_yes" if a.surplus_monthly >= 0 else "children_budget_no"
        fields["children_budget"] = texts.fmt(key, fields)
