"""The follow-up letters' messages in bokmål, nynorsk and English (an unknown letter type or
language, a household without what the letter is about), registered with the domain's
messages when this module is imported (``services.followup_letters`` does)."""

from __future__ import annotations

from ..domain.messages import register

register(
    {
        "nb": {
            "followup_letter_kind": "Brevtype: «{value}» er ukjent; bruk en av {choices}",
            "followup_letter_language": "Språk: «{value}» er ukjent; bruk en av {choices}",
            "followup_letter_no_agreement": "husstand {household}: har ingen leie til eie-avtale",
            "followup_letter_option_closed": (
                "husstand {household}: opsjonen kan ikke brukes {on_date} (tidligst "
                "{from_date} når sparingen er i rute, og uansett fra {always_date}; utløper "
                "{expiry_date})"
            ),
            "followup_letter_nothing_owed": "husstand {household}: har ingen husleierestanse",
            "followup_letter_no_payment_agreement": (
                "husstand {household}: har ingen nedbetalingsavtale; lag avtalen først"
            ),
        },
        "nn": {
            "followup_letter_kind": "Brevtype: «{value}» er ukjend; bruk ein av {choices}",
            "followup_letter_language": "Språk: «{value}» er ukjent; bruk eitt av {choices}",
            "followup_letter_no_agreement": "hushald {household}: har ingen leige til eige-avtale",
            "followup_letter_option_closed": (
                "hushald {household}: opsjonen kan ikkje brukast {on_date} (tidlegast "
                "{from_date} når sparinga er i rute, og uansett frå {always_date}; går ut "
                "{expiry_date})"
            ),
            "followup_letter_nothing_owed": "hushald {household}: har inga husleigerestanse",
            "followup_letter_no_payment_agreement": (
                "hushald {household}: har ingen nedbetalingsavtale; lag avtalen først"
            ),
        },
        "en": {
            "followup_letter_kind": "Letter type: «{value}» is unknown; use one of {choices}",
            "followup_letter_language": "Language: «{value}» is unknown; use one of {choices}",
            "followup_letter_no_agreement": "household {household}: has no rent-to-own agreement",
            "followup_letter_option_closed": (
                "household {household}: the option cannot be exercised on {on_date} (from "
                "{from_date} when the saving is on track, and in any case from {always_date}; "
                "expires {expiry_date})"
            ),
            "followup_letter_nothing_owed": "household {household}: has no rent arrears",
            "followup_letter_no_payment_agreement": (
                "household {household}: has no payment agreement; make the agreement first"
            ),
        },
    }
)
