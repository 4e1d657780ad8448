"""Render a letter to PDF bytes; combine letters into one file for printing."""

from __future__ import annotations

import io
from xml.sax.saxutils import unescape

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable

from .appendix import appendix
from .body import BODIES
from .fields import address_fields, letter_fields
from .formatting import long_date, safe
from .model import LetterRequest, MunicipalityProfile
from .page import PageInfo, canvas_maker, page_templates
from .styles import FONT, styles
from .texts import Texts, load_texts

CREATOR = "leietileie"
PDF_LANG = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}


def _info_rows(
    texts: Texts, request: LetterRequest, profile: MunicipalityProfile
) -> tuple[tuple[str, str], ...]:
    """The reference block beside the address (plain text)."""
    rows = [
        ("info_reference", request.reference),
        ("info_date", long_date(request.letter_date, request.language)),
        ("info_contact", profile.contact_name or profile.signer_name),
        ("info_phone", profile.contact_phone or profile.phone),
        ("info_email", profile.contact_email or profile.email),
    ]
    return tuple((texts.label(label), value) for label, value in rows if value)


def _footer(texts: Texts, profile: MunicipalityProfile) -> tuple[tuple[str, tuple[str, ...]], ...]:
    columns = (
        ("footer_postal", profile.address_lines),
        ("footer_visiting", (profile.visiting_address,)),
        ("footer_contact", (profile.phone, profile.email, profile.website)),
        ("footer_org_nr", (profile.org_nr,)),
    )
    out = []
    for label, lines in columns:
        kept = tuple(line for line in lines if line)
        if kept:
            out.append((unescape(texts.label(label)), kept))
    return tuple(out)


def page_info(
    request: LetterRequest, profile: MunicipalityProfile, texts: Texts, fields: dict[str, str]
) -> PageInfo:
    recipient = (fields["recipient_name"], *(safe(line) for line in request.address_lines()))
    return PageInfo(
        profile=profile,
        recipient_lines=recipient,
        info_rows=_info_rows(texts, request, profile),
        running_head=unescape(texts.fmt("running_head", fields)),
        footer_columns=_footer(texts, profile),
        page_label=texts.label("page_label"),
        confidential=texts.label("confidential"),
    )


def story(
    request: LetterRequest, profile: MunicipalityProfile
) -> tuple[list[Flowable], PageInfo, Texts, dict[str, str]]:
    """The flowables of one letter, its page furniture, texts and fields."""
    st = styles()
    texts = load_texts(request.language, request.letter_type).bind(address_fields(request))
    fields = letter_fields(request, profile, texts)
    flowables = BODIES[request.letter_type](request, texts, fields, st)
    if request.with_appendix:
        refused = request.is_decision and request.assessment.verdict == "not_eligible"
        flowables += appendix(
            request.language, request.assessment, texts, fields, st, refused=refused
        )
    return flowables, page_info(request, profile, texts, fields), texts, fields


def render_letter(request: LetterRequest, profile: MunicipalityProfile) -> bytes:
    """One letter (with its appendix) as PDF bytes; identical input gives identical bytes."""
    flowables, info, texts, fields = story(request, profile)
    buffer = io.BytesIO()
    title = unescape(texts.fmt("title", fields))
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=page_templates(info),
        title=title,
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
