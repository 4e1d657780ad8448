"""Reusable parts of a letter: paragraphs, bullet lists and the figure tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .page import BODY_WIDTH
from .styles import INK, RULE, SHADE, Styles
from .texts import Texts

#: A table row: (label markup, value markup, emphasis) with emphasis "", "total" or "head".
Row = tuple[str, str, str]


def paragraphs(texts: Texts, key: str, fields: Mapping[str, str], st: Styles) -> list[Flowable]:
    return [Paragraph(text, st.body) for text in texts.fmt_list(key, fields)]


def bullets(items: Sequence[str], st: Styles) -> list[Flowable]:
    return [Paragraph(item, st.bullet, bulletText="\u2022") for item in items]


def subheading(texts: Texts, key: str, st: Styles) -> Paragraph:
    return Paragraph(texts.label(key), st.subheading)


def cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A plain string when the text has no markup and fits on one line (much faster to lay
    out and draw), else a wrapping paragraph."""
    if (
        "<" not in text
        and "&" not in text
        and stringWidth(text, style.fontName, style.fontSize) <= width
    ):
        return text
    return Paragraph(text, style)


def plain_style(st: Styles, bold_rows: Sequence[int]) -> list[tuple[object, ...]]:
    """Font, size and colour of the plain-string cells (paragraph cells carry their own)."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for row in bold_rows:
        commands.append(
            ("FONT", (0, row), (-1, row), st.cell_bold.fontName, st.cell.fontSize, st.cell.leading)
        )
    return commands


def figure_table(
    rows: Sequence[Row], st: Styles, width: float = BODY_WIDTH * 0.78, value_share: float = 0.3
) -> Table:
    """Label/amount rows; totals bold on a ruled line, a head row shaded."""
    data = []
    bold_rows = [i for i, row in enumerate(rows) if row[2] in ("total", "head")]
    label_width, value_width = width * (1 - value_share) - 8, width * value_share - 8
    commands: list[tuple[object, ...]] = plain_style(st, bold_rows) + [
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    for index, (label, value, emphasis) in enumerate(rows):
        bold = emphasis in ("total", "head")
        data.append(
            [
                cell(label, st.cell_bold if bold else st.cell, label_width),
                cell(value, st.cell_right_bold if bold else st.cell_right, value_width),
            ]
        )
        if emphasis == "total":
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.8, RULE))
        if emphasis == "head":
            commands.append(("BACKGROUND", (0, index), (-1, index), SHADE))
    table = Table(
        data,
        colWidths=[width * (1 - value_share), width * value_share],
        hAlign="LEFT",
        spaceAfter=6,
    )
    table.setStyle(TableStyle(commands))
    return table


def grid_table(
    head: Sequence[str], rows: Sequence[Sequence[str]], st: Styles, widths: Sequence[float]
) -> Table:
    """A table with a shaded head row; first column left, the others right-aligned."""
    inner = [w - 6 for w in widths]
    data: list[list[str | Paragraph]] = []
    if head:
        data.append(
            [
                cell(h, st.cell_bold if i == 0 else st.cell_right_bold, inner[i])
                for i, h in enumerate(head)
            ]
        )
    for row in rows:
        data.append(
            [cell(v, st.cell if i == 0 else st.cell_right, inner[i]) for i, v in enumerate(row)]
        )
    table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1 if head else 0)
    shade: list[tuple[object, ...]] = [("BACKGROUND", (0, 0), (-1, 0), SHADE)] if head else []
    table.setStyle(
        TableStyle(
            plain_style(st, [0] if head else [])
            + shade
            + [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ]
        )
    )
    return table


def dwelling_rows(texts: Texts, fields: Mapping[str, str], cooperative: bool = False) -> list[Row]:
    """The dwelling; for a share in a borettslag also its part of the shared debt and the
    monthly common costs, beside the price (they are part of what the buyer takes on)."""
    keys = (
        "unit_full_address",
        "unit_id",
        "cadastre",
        "tenure",
        "area",
        "bedrooms",
        "valuation",
        "valuation_date",
    )
    rows = [(texts.label("label_" + key), fields[key], "") for key in keys]
    rows.append((texts.label("label_price"), fields["price"], "total"))
    if cooperative:
        rows.append((texts.label("a_shared_debt"), fields["shared_debt"], ""))
        rows.append((texts.label("a_common_costs"), fields["common_costs"], ""))
    return rows


DWELLING_VALUE_SHARE = 0.5


def financing_rows(
    texts: Texts, fields: Mapping[str, str], plan_parts: Mapping[str, int]
) -> list[Row]:
    rows: list[Row] = [
        (texts.label("label_price"), fields["price"], ""),
        (
            texts.fmt(
                "label_purchase_costs"
                if plan_parts.get("dokumentavgift")
                else "label_purchase_costs_tinglysing",
                fields,
            ),
            fields["purchase_costs"],
            "",
        ),
        (texts.label("label_total_need"), fields["total_need"], "total"),
    ]
    for key in ("equity", "bank_loan", "startlan", "grant"):
        if plan_parts.get(key, 0) or key in ("equity", "startlan"):
            rows.append((texts.label("label_" + key), fields[key], ""))
    rows.append((texts.label("label_total_financing"), fields["total_financing"], "total"))
    return rows


def monthly_rows(texts: Texts, fields: Mapping[str, str]) -> list[Row]:
    return [
        (texts.label("label_monthly_payment"), fields["monthly_payment"], ""),
        (texts.label("label_running_costs"), fields["running_costs"], ""),
        (texts.label("label_monthly_cost_owning"), fields["monthly_cost_owning"], "total"),
        (texts.label("label_rentefradrag"), "\u2212\u00a0" + fields["rentefradrag"], ""),
        (texts.label("label_monthly_cost_after_tax"), fields["monthly_cost_after_tax"], "total"),
        (texts.label("label_rent_today"), fields["rent_today"], "head"),
    ]


def comparison_sentence(
    texts: Texts, fields: Mapping[str, str], owning_after_tax: int, rent: int
) -> str:
    if owning_after_tax > rent:
        return texts.fmt("compare_more", fields)
    if owning_after_tax < rent:
        return texts.fmt("compare_less", fields)
    return texts.fmt("compare_same", fields)


def _title_line(title: str) -> str:
    return f"<br/>{title}" if title else ""


def closing(
    texts: Texts,
    fields: Mapping[str, str],
    st: Styles,
    attachments: bool = True,
    decision: bool = False,
) -> list[Flowable]:
    """Privacy, contact, signature and the list of attachments.

    The signature never stands alone on a page: it is kept together with the paragraph
    before it. A decision names who prepared it and who made it.
    """
    out: list[Flowable] = [subheading(texts, "privacy_heading", st)]
    texts_ = texts.fmt_list("privacy", fields)
    if fields.get("privacy_url"):
        texts_[-1] += " " + texts.fmt("privacy_more", fields)
    out += [Paragraph(text, st.body) for text in texts_[:-1]]
    if decision:
        decided = fields["decided_by"] + _title_line(fields.get("decided_title", ""))
        prepared = fields["prepared_by"] + _title_line(fields.get("prepared_title", ""))
    if decision and decided == prepared:
        names = f"{decided}<br/>{texts.label('both_label')}"
    elif decision:
        names = (
            f"{decided}<br/>{texts.label('decided_label')}<br/><br/>"
            f"{prepared}<br/>{texts.label('prepared_label')}"
        )
    else:
        names = f"{fields['signer_name']}<br/>{fields['signer_title']}"
    signature = [
        Paragraph(texts_[-1], st.body),
        Spacer(1, 2 * mm),
        Paragraph(texts.label("regards"), st.body),
        Paragraph(names, st.body),
        Paragraph(
            texts.fmt("e_signed", fields)
            + ("<br/>" + texts.fmt("attachments", fields) if attachments else ""),
            st.small,
        ),
    ]
    out.append(KeepTogether(signature))
    return out
