"""Living costs: the SIFO reference budget and the social-assistance floor. domain.md §6.

SIFO (OsloMet) excludes housing and electricity. Individual items per person by age and sex,
household items by the number of persons (the 7-person column for larger households), an
optional car, and food cut by 12 % for couples with more than two children. The floor is the
state guideline rates for social assistance; a caseworker's override may not go below it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.model import AgeBand, FloorRules, SifoRules
from .model import Household, Member

INDIVIDUAL_ITEMS = ("food", "clothes", "personal_care", "play_media", "transit")
ITEM_LABELS_NB = {
    "food": "Mat og drikke",
    "clothes": "Klær og sko",
    "personal_care": "Personlig pleie",
    "play_media": "Lek, sport og mediebruk",
    "transit": "Reisekostnader (kollektiv)",
    "daily_goods": "Andre dagligvarer",
    "household_articles": "Husholdningsartikler",
    "furniture": "Møbler",
    "media_leisure": "Mediebruk og fritid",
    "car": "Bil (drift og vedlikehold)",
}


def band_amount(bands: tuple[AgeBand, ...], age: int, sex: str | None) -> float:
    """The amount of an age band; unknown sex takes the mean of the female and male figures."""
    for start, end, female, male in bands:
        if start <= age <= end:
            if sex == "F":
                return female
            if sex == "M":
                return male
            return (female + male) / 2
    return 0.0


def member_items(sifo: SifoRules, member: Member) -> dict[str, float]:
    """SIFO's individual items for one person, kr per month (food before any reduction)."""
    items = {
        "food": band_amount(sifo.food, member.age, member.sex),
        "clothes": band_amount(sifo.clothes, member.age, member.sex),
        "personal_care": band_amount(sifo.personal_care, member.age, member.sex),
        "play_media": band_amount(sifo.play_media, member.age, member.sex),
        "transit": band_amount(sifo.transit, member.age, member.sex)
        if member.has_transit_pass
        else 0.0,
    }
    if member.pregnant and member.sex != "M" and member.age >= 15:
        items["food"] = sifo.pregnant_food
    return items


def household_column(values: tuple[float, ...], persons: int) -> float:
    return values[min(max(persons, 1), len(values)) - 1]


def car_cost(sifo: SifoRules, car: str, persons: int) -> float:
    if car == "none":
        return 0.0
    column = 0 if persons <= 4 else 1
    table = sifo.car_petrol if car == "petrol" else sifo.car_electric
    return table[column]


def has_large_family_reduction(household: Household) -> bool:
    """Couples with more than two children get SIFO's 12 % food reduction."""
    return household.is_couple and len(household.children) > 2


@dataclass(frozen=True)
class SifoBudget:
    members: tuple[dict[str, float], ...]
    household_items: dict[str, float]
    food_reduction: float

    @property
    def total(self) -> float:
        individual = sum(sum(items.values()) for items in self.members)
        return individual - self.food_reduction + sum(self.household_items.values())

    def lines(self) -> dict[str, float]:
        """Budget lines by item, summed over the members (food after the reduction)."""
        lines = {item: sum(m[item] for m in self.members) for item in INDIVIDUAL_ITEMS}
        lines["food"] -= self.food_reduction
        lines.update(self.household_items)
        return lines


def sifo_budget(sifo: SifoRules, household: Household) -> SifoBudget:
    members = tuple(member_items(sifo, m) for m in household.members)
    persons = household.size
    food_reduction = 0.0
    if has_large_family_reduction(household):
        food_reduction = sifo.food_reduction_large_family * sum(m["food"] for m in members)
    household_items = {
        "daily_goods": household_column(sifo.daily_goods, persons),
        "household_articles": household_column(sifo.household_articles, persons),
        "furniture": household_column(sifo.furniture, persons),
        "media_leisure": household_column(sifo.media_leisure, persons),
        "car": car_cost(sifo, household.car, persons),
    }
    return SifoBudget(
        members=members, household_items=household_items, food_reduction=food_reduction
    )


def child_floor(floor: FloorRules, age: int) -> float:
    if age <= 5:
        return floor.child_0_5
    if age <= 10:
        return floor.child_6_10
    return floor.child_11_17


def floor_lines(floor: FloorRules, household: Household) -> dict[str, float]:
    """The social-assistance guideline amounts by category, kr per month.

    Applicant and co-applicant are a couple; without a co-applicant the applicant is single.
    Other adults (including children aged 18 or more) count as persons sharing the dwelling.
    """
    lines: dict[str, float] = {}
    if household.is_couple:
        lines["couple"] = floor.couple
    elif any(m.role == "applicant" for m in household.members):
        lines["single"] = floor.single
    sharing = sum(
        1 for m in household.members if m.is_adult and m.role not in ("applicant", "co_applicant")
    )
    if sharing:
        lines["sharing"] = sharing * floor.sharing
    children = [m for m in household.members if not m.is_adult]
    if children:
        lines["children"] = sum(child_floor(floor, m.age) for m in children)
    return lines


def floor_total(floor: FloorRules, household: Household) -> float:
    return sum(floor_lines(floor, household).values())
