"""Checking what a caseworker typed for a household, with the import's rules.

Each problem names the field (and the member) and what is allowed, in Norwegian. No widgets
here: the dialog collects texts, this module turns them into a ``RegisteredHousehold``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain import identity
from ...domain.model import INCOME_KINDS, INCOME_LABELS_NB, Income
from ...domain.register import Person, RegisteredHousehold, Tenancy
from ...services.import_rows import AGE_LIMITS, ROLES, SEXES
from .. import fmt
from ..domain_text import tr as domain_tr
from ..domain_text import translate

#: (code, bokmål label); the dialog shows ``translate(label)`` (the ``domain`` context)
ROLE_CHOICES = (
    ("applicant", "Søker"),
    ("co_applicant", "Medsøker"),
    ("adult", "Voksen"),
    ("child", "Barn"),
)
SEX_CHOICES = (
    ("", "–"),
    ("F", QT_TRANSLATE_NOOP("domain", "Kvinne")),
    ("M", QT_TRANSLATE_NOOP("domain", "Mann")),
)
INCOME_CHOICES = tuple((k, INCOME_LABELS_NB[k]) for k in INCOME_KINDS)
CAR_CHOICES = (
    ("none", QT_TRANSLATE_NOOP("domain", "Ingen bil")),
    ("petrol", QT_TRANSLATE_NOOP("domain", "Bensin/diesel")),
    ("electric", QT_TRANSLATE_NOOP("domain", "Elbil")),
)


def _t(text: str) -> str:
    """A problem text in the caseworker's language (bokmål without a translator)."""
    return QCoreApplication.translate("HouseholdForm", text)


@dataclass(frozen=True)
class IncomeInput:
    """One income as typed: the kind's code and the yearly amount's text."""

    kind: str
    annual: str


@dataclass
class MemberInput:
    role: str
    first_name: str
    last_name: str
    national_id: str
    birth_date: str
    sex: str
    #: every income of the member, in the order shown
    incomes: tuple[IncomeInput, ...] = ()
    id: int | None = None
    #: a child's special care needs (foreldrefradrag after age 11)
    special_care_needs: bool = False


def member_input(p: Person) -> MemberInput:
    return MemberInput(
        role=p.role,
        first_name=p.first_name,
        last_name=p.last_name,
        national_id=p.national_id,
        birth_date=fmt.day(p.birth_date),
        sex=p.sex or "",
        incomes=tuple(IncomeInput(i.kind, fmt.number(i.annual)) for i in p.incomes),
        id=p.id,
        special_care_needs=p.special_care_needs,
    )


class Problems(list[str]):
    def amount(self, label: str, text: str, required: bool = False) -> float:
        if not text.strip():
            if required:
                self.append(
                    QCoreApplication.translate("HouseholdForm", "{}: må fylles ut").format(label)
                )
            return 0.0
        try:
            value = fmt.parse_amount(text)
        except ValueError:
            self.append(
                QCoreApplication.translate(
                    "HouseholdForm", "{}: «{}» er ikke et beløp (skriv for eksempel 12 500)"
                ).format(label, text)
            )
            return 0.0
        if value < 0:
            self.append(
                QCoreApplication.translate("HouseholdForm", "{}: kan ikke være negativt").format(
                    label
                )
            )
        return value


def _role(text: str) -> str | None:
    key = text.strip().casefold()
    if key in dict(ROLE_CHOICES):
        return key
    return ROLES.get(key)


def parse_member(n: int, m: MemberInput, today: date, problems: Problems) -> Person | None:
    where = QCoreApplication.translate("HouseholdForm", "Medlem {}").format(n)
    before = len(problems)
    role = _role(m.role)
    if role is None:
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm",
                "{}, rolle: «{}» er ukjent; velg søker, medsøker, voksen eller barn",
            ).format(where, m.role)
        )
    for label, text in (
        (QCoreApplication.translate("HouseholdForm", "fornavn"), m.first_name),
        (QCoreApplication.translate("HouseholdForm", "etternavn"), m.last_name),
    ):
        if not text.strip():
            problems.append(
                QCoreApplication.translate("HouseholdForm", "{}, {}: må fylles ut").format(
                    where, label
                )
            )
    number = identity.compact(m.national_id)
    born = fmt.parse_day(m.birth_date) if m.birth_date.strip() else None
    if m.birth_date.strip() and born is None:
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "{}, fødselsdato: «{}» er ikke en dato (dd.mm.åååå)"
            ).format(where, m.birth_date)
        )
    if number:
        try:
            born = identity.parse(number, today).birth_date
        except identity.InvalidIdentityNumber as exc:
            problems.append(
                QCoreApplication.translate("HouseholdForm", "{}, fødselsnummer: {}").format(
                    where, translate(exc.reason)
                )
            )
    elif role is not None and role != "child":
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "{}, fødselsnummer: mangler (påkrevd for voksne)"
            ).format(where)
        )
    elif role == "child" and born is None:
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "{}, fødselsdato: barn må ha fødselsnummer eller fødselsdato"
            ).format(where)
        )
    if role is not None and born is not None and len(problems) == before:
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        low, high = AGE_LIMITS[role]
        if not low <= age <= high:
            problems.append(
                QCoreApplication.translate(
                    "HouseholdForm", "{}, alder: {} år er utenfor {}–{} år for rollen"
                ).format(where, age, low, high)
            )
    sex_key = m.sex.strip().casefold()
    sex = m.sex if m.sex in ("F", "M") else SEXES.get(sex_key, "?")
    if sex == "?":
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "{}, kjønn: «{}» er ukjent; velg kvinne eller mann"
            ).format(where, m.sex)
        )
    incomes = _incomes(where, m.incomes, problems)
    if len(problems) > before or role is None:
        return None
    return Person(
        role=role,
        first_name=m.first_name.strip(),
        last_name=m.last_name.strip(),
        national_id=number,
        birth_date=born,
        sex=sex if sex in ("F", "M") else None,
        incomes=incomes,
        id=m.id,
        special_care_needs=m.special_care_needs,
    )


def _incomes(where: str, rows: tuple[IncomeInput, ...], problems: Problems) -> tuple[Income, ...]:
    """The member's incomes; a row with neither kind nor amount is left out."""
    out: list[Income] = []
    for i, row in enumerate(rows, start=1):
        if not row.kind and not row.annual.strip():
            continue
        label = QCoreApplication.translate("HouseholdForm", "{}, inntekt {}").format(where, i)
        if row.kind not in INCOME_KINDS:
            problems.append(
                QCoreApplication.translate(
                    "HouseholdForm", "{}, inntektstype {}: velg hva slags inntekt beløpet er"
                ).format(where, i)
            )
            continue
        named = f"{label} ({domain_tr(INCOME_LABELS_NB[row.kind])})"
        before = len(problems)
        amount = problems.amount(named, row.annual, required=True)
        if len(problems) == before:
            out.append(Income(row.kind, amount))
    return tuple(out)


def build_household(
    base: RegisteredHousehold | None,
    fields: dict[str, str],
    members: list[MemberInput],
    known_units: set[str] | None = None,
    today: date | None = None,
) -> tuple[RegisteredHousehold | None, list[str]]:
    """The household the form describes, or the list of problems (nothing half-valid)."""
    day = today or date.today()
    problems = Problems()
    external_id = fields.get("external_id", "").strip()
    if not external_id:
        problems.append(QCoreApplication.translate("HouseholdForm", "Husstand-ID: må fylles ut"))
    people = [parse_member(n, m, day, problems) for n, m in enumerate(members, start=1)]
    if not members:
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "Medlemmer: husstanden må ha minst én søker"
            )
        )
    elif sum(1 for m in members if _role(m.role) == "applicant") != 1:
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "Medlemmer: husstanden må ha nøyaktig én søker"
            )
        )
    if sum(1 for m in members if _role(m.role) == "co_applicant") > 1:
        problems.append(QCoreApplication.translate("HouseholdForm", "Medlemmer: høyst én medsøker"))
    seen: set[str] = set()
    for n, m in enumerate(members, start=1):
        number = identity.compact(m.national_id)
        if number and number in seen:
            problems.append(
                QCoreApplication.translate(
                    "HouseholdForm", "Medlem {}, fødselsnummer: samme person står to ganger"
                ).format(n)
            )
        seen.add(number)
    tenancy = _tenancy(fields, known_units, problems)
    money = {
        key: problems.amount(_t(label), fields.get(key, ""))
        for key, label in (
            (
                "tax_free_income_monthly",
                QT_TRANSLATE_NOOP("HouseholdForm", "Skattefrie inntekter per måned"),
            ),
            ("savings", QT_TRANSLATE_NOOP("HouseholdForm", "Oppsparte midler")),
            (
                "other_fixed_costs_monthly",
                QT_TRANSLATE_NOOP("HouseholdForm", "Andre faste utgifter per måned"),
            ),
            (
                "childcare_expenses_annual",
                QT_TRANSLATE_NOOP("HouseholdForm", "Barnehage og SFO per år"),
            ),
            (
                "existing_interest_annual",
                QT_TRANSLATE_NOOP("HouseholdForm", "Renter på gjeld per år"),
            ),
        )
    }
    for key, label, limit in (  # the database's CHECKs (schema 0010)
        (
            "childcare_expenses_annual",
            QT_TRANSLATE_NOOP("HouseholdForm", "Barnehage og SFO per år"),
            1_000_000,
        ),
        (
            "existing_interest_annual",
            QT_TRANSLATE_NOOP("HouseholdForm", "Renter på gjeld per år"),
            10_000_000,
        ),
    ):
        if money[key] > limit:
            problems.append(
                QCoreApplication.translate(
                    "HouseholdForm", "{}: er over {}, største rimelige verdi"
                ).format(_t(label), fmt.kr(limit))
            )
    email = fields.get("email", "").strip()
    if email and ("@" not in email or " " in email):
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "E-post: «{}» er ikke en e-postadresse"
            ).format(email)
        )
    if problems:
        return None, list(problems)
    start = base or RegisteredHousehold(external_id=external_id, members=())
    household = replace(
        start,
        external_id=external_id,
        members=tuple(p for p in people if p is not None),
        tenancy=tenancy,
        car=fields.get("car", "none") or "none",
        phone=fields.get("phone", "").strip(),
        email=email,
        notes=fields.get("notes", ""),
        **money,
    )
    return household, []


def _tenancy(
    fields: dict[str, str], known_units: set[str] | None, problems: Problems
) -> Tenancy | None:
    unit_id = fields.get("unit_id", "").strip()
    rent = problems.amount(
        QCoreApplication.translate("HouseholdForm", "Husleie per måned"),
        fields.get("rent_monthly", ""),
        required=bool(unit_id),
    )
    arrears = problems.amount(
        QCoreApplication.translate("HouseholdForm", "Restanse"), fields.get("arrears", "")
    )
    start_text = fields.get("tenancy_start", "").strip()
    start = fmt.parse_day(start_text) if start_text else None
    if start_text and start is None:
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "Leid fra: «{}» er ikke en dato (dd.mm.åååå)"
            ).format(start_text)
        )
    if not unit_id:
        return None
    if known_units is not None and unit_id not in known_units:
        problems.append(
            QCoreApplication.translate(
                "HouseholdForm", "Bolig: «{}» finnes ikke i boligregisteret"
            ).format(unit_id)
        )
    return Tenancy(unit_id=unit_id, rent_monthly=rent, start=start, arrears=arrears)
