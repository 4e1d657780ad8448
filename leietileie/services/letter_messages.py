"""Why a letter is refused, and what to check before it is printed, as messages (code + figures).

The command line prints them in bokmål (``InputError.problems``, the batch's lines), the app
renders them in its language (bokmål, nynorsk or English). Rule-group codes (``tax``, ``sifo``)
and names are shown as they are; dates keep Norwegian notation. Registered into
``domain.messages``: one renderer for every surface, nothing parsed back.
"""

from __future__ import annotations

from ..domain.messages import Message, register, register_param

TEMPLATES: dict[str, dict[str, str]] = {
    "nb": {
        "letter_no_screening": "Ingen kartlegging er kjørt ennå; kjør en kartlegging først",
        "letter_unit_missing": "bolig {unit}: finnes ikke (beregningen mangler bolig)",
        "letter_kind_offer": "tilbud",
        "letter_kind_invitation": "invitasjon",
        "letter_kind_preassessment": "forhandsvurdering",
        "letter_gated": (
            "husstand {household}: får ikke {letter} fordi kartleggingens filtre utelater "
            "husstanden: {reasons}"
        ),
        "letter_not_eligible": (
            "husstand {household}: kan ikke kjøpe etter siste beregning; send forhåndsvurdering "
            "i stedet for tilbud"
        ),
        "letter_rules_unconfirmed": (
            "husstand {household}: regelgruppene {names} for {year} er ikke kontrollert mot "
            "kilden; kontroller og bekreft dem i Innstillinger før brevet skrives ut"
        ),
        "letters_rules_unconfirmed": (
            "regelgruppene {names} for {year} er ikke kontrollert mot kilden; kontroller og "
            "bekreft dem i Innstillinger før brev skrives ut"
        ),
        "rule_group_unknown": "regelgruppe «{name}» finnes ikke; kjente: {known}",
        "letter_refusal_in_batch": (
            "husstand {household}: et avslag er et enkeltvedtak og lages ikke i bunke; en "
            "saksbehandler må vurdere saken og lage vedtaket for denne husstanden alene"
        ),
        "letter_two_person": (
            "husstand {household}: tomannsregelen gjelder; vedtaket må fattes av en annen enn "
            "saksbehandleren ({prepared}); oppgi hvem som fatter vedtaket"
        ),
        "letter_not_stored": "husstand {household}: er ikke lagret i registeret",
        "letter_no_details": (
            "dokument {document}: ikke et brev med lagrede opplysninger; kan ikke skrives ut på "
            "nytt"
        ),
        "letter_assessment_gone": (
            "dokument {document}: beregningen brevet bygde på, finnes ikke lenger"
        ),
        "letter_household_gone": (
            "dokument {document}: husstanden brevet gikk til, finnes ikke lenger"
        ),
        "letter_reprint_differs": (
            "dokument {document}: brevfilen som ble sendt, finnes ikke lenger der den ble "
            "skrevet (eller er endret), og en ny utskrift blir ikke lik den (regelsettet, "
            "brevtekstene eller navn og adresse i registeret er endret siden); bruk arkivkopien"
        ),
        "letter_no_contact": (
            "Innstillinger, kommune: mangler telefon og e-post; brevet må si hvor mottakeren "
            "kan svare"
        ),
        "logo_unreadable": "Innstillinger, logo: {path} kan ikke leses ({detail})",
        "logo_not_file": (
            "Innstillinger, logo: {path} er ikke en vanlig fil (velg en PNG- eller JPG-fil)"
        ),
        "logo_too_big": (
            "Innstillinger, logo: {path} er {size} MB; største tillatte logo er {most} MB"
        ),
        "letter_people_entry": (
            "Innstillinger, brev, underskrivere: «{entry}» må skrives brukernavn = fullt navn, "
            "tittel (flere skilles med semikolon)"
        ),
        # warnings before printing
        "letter_valuation_undated": "husstand {household}: taksten for bolig {unit} har ingen dato",
        "letter_the_offer": "tilbudet",
        "letter_the_preassessment": "vedtaket",
        "letter_the_invitation": "invitasjonen",
        "letter_valuation_old": (
            "husstand {household}: taksten for bolig {unit} er fra {valued}, eldre enn {months} "
            "måneder; bestill ny takst før {letter} sendes"
        ),
        "letter_dpo_missing": (
            "husstand {household}: kontakt til personvernombudet mangler (Innstillinger, brev, "
            "Personvernombud); brevet sier bare at ombudet kan nås gjennom kommunen"
        ),
        "letter_glyphs": (
            "husstand {household}: navn eller adresse har tegn som ingen innebygd skrift har: "
            "{chars}"
        ),
        # the screening's filters (services.screening.REASON_TEXTS_NB)
        "screening_reason_no_valuation": "Boligen mangler takst",
        "screening_reason_tenancy_too_short": "Leieforholdet er kortere enn kravet",
        "screening_reason_arrears": "Husleierestanse over grensen",
        "screening_reason_late_rent": "Husleien er betalt for sent flere ganger siste år",
        "screening_reason_temporary_income_only": "Bare midlertidig inntekt (AAP, dagpenger o.l.)",
        "screening_reason_age_below_min": "Søker er yngre enn aldersgrensen",
        "screening_reason_age_above_max": "Søker er eldre enn aldersgrensen",
        # what changed since the stored assessment (letter_freshness)
        "letter_changes_before_refusal": (
            "husstand {household}: beregnet på nytt fordi dette er endret siden forrige beregning:"
        ),
        "letter_change": "{scenario_path}: {before} → {after}",
        "letter_change_year": "regelår: {before} → {after}",
        "letter_change_adjustments": "satsjusteringer: {before} → {after}",
        "letter_change_age": "beregningen er {days} dager gammel (grense {most})",
        "screening_reason": "{code}",
    },
    "nn": {
        "letter_no_screening": "Inga kartlegging er køyrd enno; køyr ei kartlegging først",
        "letter_unit_missing": "bustad {unit}: finst ikkje (berekninga manglar bustad)",
        "letter_kind_offer": "tilbod",
        "letter_kind_invitation": "invitasjon",
        "letter_kind_preassessment": "førehandsvurdering",
        "letter_gated": (
            "hushald {household}: får ikkje {letter} fordi filtera i kartlegginga held hushaldet "
            "utanfor: {reasons}"
        ),
        "letter_not_eligible": (
            "hushald {household}: kan ikkje kjøpe etter siste berekning; send førehandsvurdering "
            "i staden for tilbod"
        ),
        "letter_rules_unconfirmed": (
            "hushald {household}: regelgruppene {names} for {year} er ikkje kontrollerte mot "
            "kjelda; kontroller og stadfest dei i Innstillingar før brevet blir skrive ut"
        ),
        "letters_rules_unconfirmed": (
            "regelgruppene {names} for {year} er ikkje kontrollerte mot kjelda; kontroller og "
            "stadfest dei i Innstillingar før brev blir skrivne ut"
        ),
        "rule_group_unknown": "regelgruppa «{name}» finst ikkje; kjende: {known}",
        "letter_refusal_in_batch": (
            "hushald {household}: eit avslag er eit enkeltvedtak og blir ikkje laga i bunke; ein "
            "sakshandsamar må vurdere saka og lage vedtaket for dette hushaldet åleine"
        ),
        "letter_two_person": (
            "hushald {household}: tomannsregelen gjeld; vedtaket må gjerast av ein annan enn "
            "sakshandsamaren ({prepared}); oppgi kven som gjer vedtaket"
        ),
        "letter_not_stored": "hushald {household}: er ikkje lagra i registeret",
        "letter_no_details": (
            "dokument {document}: ikkje eit brev med lagra opplysningar; kan ikkje skrivast ut på "
            "nytt"
        ),
        "letter_assessment_gone": (
            "dokument {document}: berekninga brevet bygde på, finst ikkje lenger"
        ),
        "letter_household_gone": (
            "dokument {document}: hushaldet brevet gjekk til, finst ikkje lenger"
        ),
        "letter_reprint_differs": (
            "dokument {document}: brevfila som vart send, finst ikkje lenger der ho vart "
            "skriven (eller er endra), og ei ny utskrift blir ikkje lik henne (regelsettet, "
            "brevtekstane eller namn og adresse i registeret er endra sidan); bruk arkivkopien"
        ),
        "letter_no_contact": (
            "Innstillingar, kommune: manglar telefon og e-post; brevet må seie kvar mottakaren "
            "kan svare"
        ),
        "logo_unreadable": "Innstillingar, logo: {path} kan ikkje lesast ({detail})",
        "logo_not_file": (
            "Innstillingar, logo: {path} er ikkje ei vanleg fil (vel ei PNG- eller JPG-fil)"
        ),
        "logo_too_big": (
            "Innstillingar, logo: {path} er {size} MB; største tillatne logo er {most} MB"
        ),
        "letter_people_entry": (
            "Innstillingar, brev, underskrivarar: «{entry}» må skrivast brukarnamn = fullt namn, "
            "tittel (fleire blir skilde med semikolon)"
        ),
        "letter_valuation_undated": "hushald {household}: taksten for bustad {unit} har ingen dato",
        "letter_the_offer": "tilbodet",
        "letter_the_preassessment": "vedtaket",
        "letter_the_invitation": "invitasjonen",
        "letter_valuation_old": (
            "hushald {household}: taksten for bustad {unit} er frå {valued}, eldre enn {months} "
            "månader; bestill ny takst før {letter} blir sendt"
        ),
        "letter_dpo_missing": (
            "hushald {household}: kontakt til personvernombodet manglar (Innstillingar, brev, "
            "Personvernombod); brevet seier berre at ombodet kan nåast gjennom kommunen"
        ),
        "letter_glyphs": (
            "hushald {household}: namn eller adresse har teikn som inga innebygd skrift har: "
            "{chars}"
        ),
        "screening_reason_no_valuation": "Bustaden manglar takst",
        "screening_reason_tenancy_too_short": "Leigeforholdet er kortare enn kravet",
        "screening_reason_arrears": "Husleigerestanse over grensa",
        "screening_reason_late_rent": "Husleiga er betalt for seint fleire gonger siste år",
        "screening_reason_temporary_income_only": "Berre mellombels inntekt (AAP, dagpengar o.l.)",
        "screening_reason_age_below_min": "Søkjaren er yngre enn aldersgrensa",
        "screening_reason_age_above_max": "Søkjaren er eldre enn aldersgrensa",
        "letter_changes_before_refusal": (
            "hushald {household}: rekna ut på nytt fordi dette er endra sidan førre berekning:"
        ),
        "letter_change": "{scenario_path}: {before} → {after}",
        "letter_change_year": "regelår: {before} → {after}",
        "letter_change_adjustments": "satsjusteringar: {before} → {after}",
        "letter_change_age": "berekninga er {days} dagar gammal (grense {most})",
        "screening_reason": "{code}",
    },
    "en": {
        "letter_no_screening": "No screening has been run yet; run a screening first",
        "letter_unit_missing": "dwelling {unit}: does not exist (the assessment has no dwelling)",
        "letter_kind_offer": "an offer",
        "letter_kind_invitation": "an invitation",
        "letter_kind_preassessment": "a pre-assessment",
        "letter_gated": (
            "household {household}: cannot get {letter} because the screening's filters leave "
            "the household out: {reasons}"
        ),
        "letter_not_eligible": (
            "household {household}: cannot buy according to the latest assessment; send a "
            "pre-assessment instead of an offer"
        ),
        "letter_rules_unconfirmed": (
            "household {household}: the rule groups {names} for {year} have not been checked "
            "against their source; check and confirm them in Settings before the letter is "
            "printed"
        ),
        "letters_rules_unconfirmed": (
            "the rule groups {names} for {year} have not been checked against their source; "
            "check and confirm them in Settings before letters are printed"
        ),
        "rule_group_unknown": "rule group «{name}» does not exist; known: {known}",
        "letter_refusal_in_batch": (
            "household {household}: a refusal is an individual decision and is not made in a "
            "batch; a caseworker must assess the case and make the decision for this household "
            "alone"
        ),
        "letter_two_person": (
            "household {household}: the two-person rule applies; the decision must be made by "
            "someone other than the caseworker ({prepared}); say who makes the decision"
        ),
        "letter_not_stored": "household {household}: is not stored in the register",
        "letter_no_details": (
            "document {document}: not a letter with stored details; cannot be printed again"
        ),
        "letter_assessment_gone": (
            "document {document}: the assessment the letter was based on no longer exists"
        ),
        "letter_household_gone": (
            "document {document}: the household the letter went to no longer exists"
        ),
        "letter_reprint_differs": (
            "document {document}: the letter file that was sent is no longer where it was "
            "written (or has changed), and a new print would differ from it (the rule set, the "
            "letter texts or the name and address in the register have changed since); use the "
            "archive copy"
        ),
        "letter_no_contact": (
            "Settings, municipality: phone and e-mail are missing; the letter must say where the "
            "recipient can reply"
        ),
        "logo_unreadable": "Settings, logo: {path} cannot be read ({detail})",
        "logo_not_file": "Settings, logo: {path} is not a regular file (choose a PNG or JPG file)",
        "logo_too_big": (
            "Settings, logo: {path} is {size} MB; the largest logo allowed is {most} MB"
        ),
        "letter_people_entry": (
            "Settings, letters, signatories: «{entry}» must be written login = full name, "
            "title (several separated by semicolons)"
        ),
        "letter_valuation_undated": (
            "household {household}: the valuation of dwelling {unit} has no date"
        ),
        "letter_the_offer": "the offer",
        "letter_the_preassessment": "the decision",
        "letter_the_invitation": "the invitation",
        "letter_valuation_old": (
            "household {household}: the valuation of dwelling {unit} is from {valued}, older "
            "than {months} months; order a new valuation before {letter} is sent"
        ),
        "letter_dpo_missing": (
            "household {household}: the data protection officer's contact is missing "
            "(Settings, letters, Data protection officer); the letter only says the officer can "
            "be reached through the municipality"
        ),
        "letter_glyphs": (
            "household {household}: the name or address has characters no embedded font has: "
            "{chars}"
        ),
        "screening_reason_no_valuation": "The dwelling has no valuation",
        "screening_reason_tenancy_too_short": "The tenancy is shorter than required",
        "screening_reason_arrears": "Rent arrears above the limit",
        "screening_reason_late_rent": "The rent was paid late several times in the last year",
        "screening_reason_temporary_income_only": (
            "Only temporary income (AAP, unemployment benefit etc.)"
        ),
        "screening_reason_age_below_min": "The applicant is younger than the age limit",
        "screening_reason_age_above_max": "The applicant is older than the age limit",
        "letter_changes_before_refusal": (
            "household {household}: assessed again because this changed since the last assessment:"
        ),
        "letter_change": "{scenario_path}: {before} → {after}",
        "letter_change_year": "rule year: {before} → {after}",
        "letter_change_adjustments": "rate adjustments: {before} → {after}",
        "letter_change_age": "the assessment is {days} days old (limit {most})",
        "screening_reason": "{code}",
    },
}

register(TEMPLATES)

#: Words for the parts of a scenario, per language, for the list of what changed.
PATH_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "household": "husstand",
        "dwelling": "bolig",
        "members": "person",
        "incomes": "inntekt",
        "debts": "gjeld",
        "age": "alder",
        "annual": "per år",
        "kind": "type",
        "role": "rolle",
        "sex": "kjønn",
        "balance": "saldo",
        "monthly_payment": "per måned",
        "savings": "sparepenger",
        "car": "bil",
        "tax_free_income_monthly": "skattefrie inntekter per måned",
        "other_fixed_costs_monthly": "andre faste utgifter per måned",
        "current_rent_monthly": "husleie per måned",
        "living_costs_monthly_override": "levekostnader satt av saksbehandler",
        "living_costs_override_reason": "begrunnelse for levekostnader",
        "transit_pass": "periodekort",
        "pregnant": "gravid",
        "price": "pris (takst)",
        "tenure": "eierform",
        "common_costs_monthly": "felleskostnader per måned",
        "other_running_costs_monthly": "andre boutgifter per måned",
        "shared_debt": "fellesgjeld",
        "count": "antall",
    },
    "nn": {
        "household": "hushald",
        "dwelling": "bustad",
        "members": "person",
        "incomes": "inntekt",
        "debts": "gjeld",
        "age": "alder",
        "annual": "per år",
        "kind": "type",
        "role": "rolle",
        "sex": "kjønn",
        "balance": "saldo",
        "monthly_payment": "per månad",
        "savings": "sparepengar",
        "car": "bil",
        "tax_free_income_monthly": "skattefrie inntekter per månad",
        "other_fixed_costs_monthly": "andre faste utgifter per månad",
        "current_rent_monthly": "husleige per månad",
        "living_costs_monthly_override": "levekostnader sette av sakshandsamar",
        "living_costs_override_reason": "grunngiving for levekostnader",
        "transit_pass": "periodekort",
        "pregnant": "gravid",
        "price": "pris (takst)",
        "tenure": "eigarform",
        "common_costs_monthly": "felleskostnader per månad",
        "other_running_costs_monthly": "andre buutgifter per månad",
        "shared_debt": "fellesgjeld",
        "count": "tal",
    },
    "en": {
        "household": "household",
        "dwelling": "dwelling",
        "members": "person",
        "incomes": "income",
        "debts": "debt",
        "age": "age",
        "annual": "per year",
        "kind": "kind",
        "role": "role",
        "sex": "sex",
        "balance": "balance",
        "monthly_payment": "per month",
        "savings": "savings",
        "car": "car",
        "tax_free_income_monthly": "tax-free income per month",
        "other_fixed_costs_monthly": "other fixed costs per month",
        "current_rent_monthly": "rent per month",
        "living_costs_monthly_override": "living costs set by the caseworker",
        "living_costs_override_reason": "reason for the living costs",
        "transit_pass": "transit pass",
        "pregnant": "pregnant",
        "price": "price (valuation)",
        "tenure": "tenure",
        "common_costs_monthly": "common costs per month",
        "other_running_costs_monthly": "other running costs per month",
        "shared_debt": "shared debt",
        "count": "count",
    },
}


def readable_path(path: object, language: str = "nb") -> str:
    """ "household.members[0].incomes[1].annual" -> "husstand, person 1, inntekt 2, per år"
    (in ``language``; a part without a word is shown as it is)."""
    words = PATH_WORDS.get(language, PATH_WORDS["nb"])
    parts = []
    for piece in str(path).split("."):
        name, _, index = piece.partition("[")
        word = words.get(name, name)
        parts.append(f"{word} {int(index.rstrip(']')) + 1}" if index else word)
    return ", ".join(parts)


register_param("scenario_path", readable_path)


def message(code: str, **params: object) -> Message:
    """One of the letters' messages (the templates above are registered with this module)."""
    return Message(code, params)


def logo_message(path: str) -> Message | None:
    """What is wrong with the logo file, as a message (``letters.page.logo_issue``); None when
    nothing is."""
    from ..letters.page import logo_issue

    issue = logo_issue(path)
    return None if issue is None else Message(issue[0], issue[1])


def reason(code: str) -> Message:
    """A screening filter's reason (``services.screening`` code) as a message; a code without
    its own text is shown as the code."""
    key = f"screening_reason_{code}"
    return Message(key) if key in TEMPLATES["nb"] else Message("screening_reason", {"code": code})
