"""PDF letters: (a) offer to buy, (b) invitation to a talk, (c) startlån pre-assessment.

Public API::

    from leietileie.letters import LetterRequest, MunicipalityProfile, render_letter
    pdf_bytes = render_letter(request, profile)

The layout depends only on the pure inputs in ``model.py`` (no storage); texts per language
live in ``resources/letters/<lang>/``. See README.md in this folder for PDF/A notes.
"""

from .combine import combine_pdfs
from .model import DECISIONS, LANGUAGES, LETTER_TYPES, LetterRequest, MunicipalityProfile
from .render import render_letter

__all__ = [
    "DECISIONS",
    "LANGUAGES",
    "LETTER_TYPES",
    "LetterRequest",
    "MunicipalityProfile",
    "combine_pdfs",
    "render_letter",
]
