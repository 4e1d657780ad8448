"""The screening results (kartlegging): one tuple, used by the engine, the command line, the
lists, the charts and the statistics.

The order is the ranking order. ``kan_kjope_med_banklan`` (the bank's rules alone would
finance the purchase: startlån is only for those who cannot get a large enough bank loan,
forskrift om lån fra Husbanken ch. 5) is ranked apart, after everything else, so that its
households never mix with those who can buy on a startlån.
"""

from __future__ import annotations

from typing import Final

CATEGORIES: Final = (
    "kan_kjope_na",
    "kan_kjope_med_tilskudd",
    "kan_kjope_om_n_ar",
    "ikke_aktuelt",
    "kan_kjope_med_banklan",
)
CAN_BUY_NOW, WITH_GRANT, IN_YEARS, NOT_NOW, WITH_BANK_LOAN = range(len(CATEGORIES))
CATEGORY_LABELS_NB: Final = {
    "kan_kjope_na": "Kan kjøpe nå",
    "kan_kjope_med_tilskudd": "Kan kjøpe med tilskudd",
    "kan_kjope_om_n_ar": "Kan kjøpe om noen år",
    "ikke_aktuelt": "Ikke aktuelt nå",
    "kan_kjope_med_banklan": "Kan kjøpe med banklån",
}
