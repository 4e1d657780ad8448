"""Follow-up letters of issue 14: the rent-to-own pathway and rent arrears.

Six letter types, each in bokmål, nynorsk and English (``resources/letters/<lang>/<type>.toml``
over ``followup.toml`` over ``common.toml``):

* ``rto_agreement`` — the rent-to-own agreement itself (leie-til-eie-avtale), to be signed;
* ``pathway_status`` — the yearly status letter: savings actual against plan, the status and its
  reasons, the next re-assessment;
* ``option_offer`` — the offer to buy when the option can be exercised;
* ``payment_reminder`` — betalingsoppfordring: what is owed, for which months, 14 days to pay;
* ``arrears_talk`` — invitation to a talk, with NAV's economic counselling;
* ``payment_agreement`` — nedbetalingsavtale with its schedule and what happens if it is broken.

The figures come from the domain (``domain.pathway``, ``domain.arrears``), the laws cited from
``domain.legal``; this module only lays them out. The page (letterhead, window address,
reference block, footer, PDF/A-2b) is the one the other letters use (``page.py``).
"""

from __future__ import annotations

import io
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Final
from xml.sax.saxutils import unescape

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate

from ..domain.arrears import ArrearsFacts, EscalationRules
from ..domain.legal import SOURCES
from ..domain.pathway import Agreement, PathwayRules, PathwayStatus
from ..domain.payment_agreement import Instalment
from ..domain.register import Unit
from .fields import PRONOUNS, _sender_fields
from .formatting import MONTHS, kr, long_date, safe
from .model import LANGUAGES, MunicipalityProfile
from .page import PageInfo, canvas_maker, page_templates
from .render import CREATOR, PDF_LANG, _footer
from .styles import FONT
from .texts import LETTER_DIR, Texts

PATHWAY_TYPES: Final = ("rto_agreement", "pathway_status", "option_offer")
ARREARS_TYPES: Final = ("payment_reminder", "arrears_talk", "payment_agreement")
FOLLOWUP_TYPES: Final = PATHWAY_TYPES + ARREARS_TYPES


@dataclass(frozen=True)
class FollowupRequest:
    """One follow-up letter: the pure inputs (the service reads the register and builds it)."""

    letter_type: str
    language: str
    recipient_name: str
    letter_date: date
    reference: str
    household_ref: str = ""
    recipient_address: tuple[str, ...] = ()
    #: The applicants by name (the parties of an agreement; two = "dere"/"de").
    applicants: tuple[str, ...] = ()
    unit: Unit | None = None
    #: Pathway letters: the agreement, its status on the letter's date, the next re-assessment.
    agreement: Agreement | None = None
    pathway: PathwayStatus | None = None
    next_reassessment: date | None = None
    pathway_rules: PathwayRules = field(default_factory=PathwayRules)
    #: Arrears letters: the ledger's facts and the unpaid months (month, amount) oldest first.
    arrears: ArrearsFacts | None = None
    unpaid_months: tuple[tuple[str, float], ...] = ()
    #: A payment agreement's instalments (``domain.payment_agreement.schedule``).
    instalments: tuple[Instalment, ...] = ()
    escalation: EscalationRules = field(default_factory=EscalationRules)
    #: The reply or payment deadline (the service works it out).
    deadline: date | None = None
    #: Where to pay (account number); empty: as on the rent invoice.
    account: str = ""
    #: A proposed time for the talk, as the caseworker wrote it (empty: the household calls).
    meeting: str = ""
    prepared_by: str = ""

    def __post_init__(self) -> None:
        if self.letter_type not in FOLLOWUP_TYPES:
            raise ValueError(
                f"letter type must be one of {', '.join(FOLLOWUP_TYPES)}, not {self.letter_type!r}"
            )
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if self.letter_type in PATHWAY_TYPES and self.agreement is None:
            raise ValueError(f"{self.letter_type} needs the rent-to-own agreement")
        if self.letter_type in ARREARS_TYPES and self.arrears is None:
            raise ValueError(f"{self.letter_type} needs the arrears facts")
        if self.letter_type == "payment_agreement" and not self.instalments:
            raise ValueError("a payment agreement needs its instalments")
        if self.letter_type == "pathway_status" and self.pathway is None:
            raise ValueError("a status letter needs the pathway status")


# --- Texts --------------------------------------------------------------------------------


def _read(path_name: str, language: str) -> dict[str, object]:
    with (LETTER_DIR / language / path_name).open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=32)
def load_followup_texts(language: str, letter_type: str) -> Texts:
    """``common.toml``, then ``followup.toml``, then the type's own file (later wins)."""
    values = _read("common.toml", language)
    values.update(_read("followup.toml", language))
    values.update(_read(f"{letter_type}.toml", language))
    return Texts(language, letter_type, values)


# --- Fields -------------------------------------------------------------------------------


def decimal(value: float, language: str) -> str:
    """1.5 -> '1,5' (nb, nn) or '1.5' (en); whole numbers without decimals."""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text if language == "en" else text.replace(".", ",")


def month_name(month: str, language: str) -> str:
    """'2026-03' -> 'mars 2026' (nb, nn) or 'March 2026' (en)."""
    return f"{MONTHS[language][int(month[5:7]) - 1]} {month[:4]}"


def _unit_fields(unit: Unit | None, texts: Texts) -> dict[str, str]:
    if unit is None:
        return {"unit_full_address": texts.label("unknown"), "unit_id": "", "cadastre": ""}
    parts = [
        f"{texts.label('cadastre_' + key)} {safe(value)}"
        for key, value in (
            ("gnr", unit.gnr),
            ("bnr", unit.bnr),
            ("snr", unit.snr),
            ("share_no", unit.share_no),
        )
        if value
    ]
    return {
        "unit_full_address": safe(unit.full_address),
        "unit_id": safe(unit.unit_id),
        "cadastre": ", ".join(parts) or texts.label("not_registered"),
        "tenure": texts.label("tenure_" + unit.tenure),
        "area": f"{unit.area_m2:g}\u00a0m²" if unit.area_m2 else texts.label("unknown"),
        "current_valuation": kr(unit.valuation) if unit.valuation else texts.label("unknown"),
        "current_valuation_date": long_date(unit.valuation_date, texts.language)
        if unit.valuation_date
        else texts.label("unknown"),
    }


def _agreement_fields(request: FollowupRequest, lang: str) -> dict[str, str]:
    a, rules = request.agreement, request.pathway_rules
    if a is None:
        return {}
    out = {
        "start_date": long_date(a.start_date, lang),
        "option_expiry": long_date(a.option_expiry, lang),
        "price_year0": kr(a.price_year0),
        "valuation_year0": kr(a.valuation_year0),
        "savings_year0": kr(a.savings_year0),
        "monthly_saving_target": kr(a.monthly_saving_target),
        "term_months": str(a.term_months),
        "planned_savings_at_expiry": kr(a.planned_savings_at_expiry),
        "behind_tolerance_months": decimal(rules.behind_tolerance_months, lang),
        "at_risk_months": decimal(rules.at_risk_months, lang),
        "stale_entry_months": str(rules.stale_entry_months),
        "behind_late_months": str(rules.behind_late_months),
        "at_risk_late_months": str(rules.at_risk_late_months),
        "offer_from_months": str(rules.offer_from_months),
        "offer_always_months": str(rules.offer_always_months),
        "agreement_conditions": safe(a.conditions),
    }
    if request.next_reassessment is not None:
        out["next_reassessment"] = long_date(request.next_reassessment, lang)
    p = request.pathway
    if p is not None:
        out.update(
            {
                "status_label": p.label(lang),
                "status_on": long_date(p.on, lang),
                "expected": kr(p.expected),
                "actual": kr(a.savings_year0 if p.actual is None else p.actual),
                "shortfall": kr(p.shortfall),
                "months_behind": decimal(round(p.months_behind, 1), lang),
                "last_entry": long_date(p.last_entry, lang) if p.last_entry else "",
            }
        )
    return out


def _arrears_fields(request: FollowupRequest, lang: str) -> dict[str, str]:
    f, rules = request.arrears, request.escalation
    if f is None:
        return {}
    out = {
        "owed": kr(f.owed),
        "months_late": str(f.months_late),
        "oldest_month": month_name(f.oldest_unpaid, lang) if f.oldest_unpaid else "",
        "arrears_on": long_date(f.on, lang),
        "account": safe(request.account),
        "broken_after_missed": str(rules.broken_after_missed),
        "petition_after_notice_days": str(rules.petition_after_notice_days),
        "meeting": safe(request.meeting),
    }
    if request.instalments:
        plan = request.instalments
        out.update(
            {
                "first_month": month_name(plan[0].month, lang),
                "last_month": month_name(plan[-1].month, lang),
                "instalment_count": str(len(plan)),
                "monthly_amount": kr(plan[0].amount),
                "total_amount": kr(sum(i.amount for i in plan)),
            }
        )
    return out


def _legal_fields(lang: str) -> dict[str, str]:
    """``law_<code>``: «husleieloven § 9-9» for every source ``domain.legal`` knows."""
    return {f"law_{code}": source.cite(lang) for code, source in SOURCES.items()}


def followup_fields(
    request: FollowupRequest, profile: MunicipalityProfile, texts: Texts
) -> dict[str, str]:
    """Every placeholder a follow-up letter's texts may use, as final (escaped) strings."""
    lang = request.language
    fields = dict(PRONOUNS[lang][len(request.applicants) > 1])
    fields.update(
        {
            "recipient_name": safe(request.recipient_name),
            "applicants": safe(" / ".join(request.applicants) or request.recipient_name),
            "reference": safe(request.reference),
            "household_id": safe(request.household_ref),
            "letter_date": long_date(request.letter_date, lang),
            "deadline": long_date(request.deadline, lang) if request.deadline else "",
            "prepared_by": safe(request.prepared_by or profile.contact_name or profile.signer_name),
        }
    )
    fields.update(_sender_fields(profile))
    fields.update(_unit_fields(request.unit, texts))
    fields.update(_agreement_fields(request, lang))
    fields.update(_arrears_fields(request, lang))
    fields.update(_legal_fields(lang))
    key = "privacy_dpo" if fields["dpo_contact"] else "privacy_dpo_general"
    fields["dpo_sentence"] = texts.fmt(key, fields)
    return fields


# --- Rendering ----------------------------------------------------------------------------


def _page_info(
    request: FollowupRequest,
    profile: MunicipalityProfile,
    texts: Texts,
    fields: Mapping[str, str],
) -> PageInfo:
    rows = [
        ("info_reference", request.reference),
        ("info_date", long_date(request.letter_date, request.language)),
        ("info_contact", profile.contact_name or profile.signer_name),
        ("info_phone", profile.contact_phone or profile.phone),
        ("info_email", profile.contact_email or profile.email),
    ]
    return PageInfo(
        profile=profile,
        recipient_lines=(
            fields["recipient_name"],
            *(safe(line) for line in request.recipient_address),
        ),
        info_rows=tuple((texts.label(label), value) for label, value in rows if value),
        running_head=unescape(texts.fmt("running_head", fields)),
        footer_columns=_footer(texts, profile),
        page_label=texts.label("page_label"),
        confidential=texts.label("confidential"),
    )


def render_followup_letter(request: FollowupRequest, profile: MunicipalityProfile) -> bytes:
    """One follow-up letter as PDF/A-2b bytes; identical input gives identical bytes."""
    from .followup_bodies import FOLLOWUP_BODIES
    from .styles import styles

    st = styles()
    texts = load_followup_texts(request.language, request.letter_type)
    texts = texts.bind(PRONOUNS[request.language][len(request.applicants) > 1])
    fields = followup_fields(request, profile, texts)
    flowables = FOLLOWUP_BODIES[request.letter_type](request, texts, fields, st)
    info = _page_info(request, profile, texts, fields)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=page_templates(info),
        title=unescape(texts.fmt("title", fields)),
        author=profile.name,
        subject=unescape(texts.fmt("subject", fields)),
        keywords=[request.letter_type, request.reference],
        creator=CREATOR,
        producer=CREATOR,
        invariant=1,
        lang=PDF_LANG[request.language],
        displayDocTitle=1,
        initialFontName=FONT,
        initialFontSize=10,
    )
    doc.build(flowables, canvasmaker=canvas_maker(info.page_label, request.letter_date))
    return buffer.getvalue()
