"""A review pack as one self-contained HTML document: for the screen, and for WeasyPrint to print.

The pack's own words (headings, instructions, column names) are in English: a
reviewer checks a translation against the English, so reads it. Every cell says
its language and direction, so an Arabic translation runs right to left and a
Tigrinya one gets an Ethiopic font, inside a left-to-right document. The
stylesheet is inlined and nothing is loaded from anywhere: the file opens from a
USB stick or an e-mail attachment. All text is escaped here.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..catalogs.review_marks import Mark
from ..catalogs.review_pack import SHARED_SECTIONS, PackSection, ReviewPack, ReviewRow
from ..catalogs.translator import MISSING, REVIEWED, UNREVIEWED
from ..knowledge.references import PLACEHOLDER
from ..pages.escape import html_text

STYLESHEET = Path(__file__).with_name("review-pack.css")

MARK_HELP = {
    Mark.EMERGENCY: "112, 1733, emergencies, danger, urgent care: must be understood at once",
    Mark.AMOUNT: "an amount of money (the site fills in the figure)",
    Mark.DEADLINE: "a time limit, a duration or a date",
    Mark.NUMBER: "a phone number, an age or another number",
    Mark.NEGATION: "not, no, never, without, only, unless: one lost word reverses the meaning",
}

INSTRUCTIONS = (
    "Read each row: the English, then the translation. Each page's marked rows come first: "
    "check them word by word.",
    "Keep every {…} placeholder exactly as it is. The notes say what the site shows in its place. "
    "Numbers stay in Western digits (0–9).",
    "The official French and Dutch words are what people say at the counter. Names in them stay as they are.",
    "Write your remarks in the last column: a better translation, or what is wrong. "
    "Need more room? Use another sheet and write the row number.",
    "Open the page link to read a sentence in its place on the site.",
    "When you are done, fill in the box at the end (name, qualification, date) and give the pack back.",
)


def marked_text(text: str) -> str:
    """Escaped text with each {…} placeholder kept whole and left to right, even inside Arabic."""
    parts, position = [], 0
    for match in PLACEHOLDER.finditer(text):
        parts.append(html_text(text[position:match.start()]))
        parts.append(f'<span class="ph" dir="ltr">{html_text(match.group(0))}</span>')
        position = match.end()
    parts.append(html_text(text[position:]))
    return "".join(parts)


def _page_path(url: str) -> str:
    """The address without the site's host, short enough to read on paper."""
    return re.sub(r"^https?://[^/]+", "", url)


def _unbroken_key(key: str) -> str:
    """A msgctxt that wraps only after ":" or "#", never at a hyphen of a slug: so a reader
    copying it from paper or a PDF gets it whole ("what-to-do", not "what-to" and "do")."""
    pieces = re.split(r"(?<=[:#])", key)
    return "<wbr>".join(f'<span class="nowrap">{html_text(piece)}</span>' for piece in pieces if piece)


def _key_cell(row: ReviewRow) -> str:
    """Row number and marks, then how far the entry is and which entry it is, then the page."""
    marks = "".join(f'<span class="mark mark-{mark.name.lower()}">{html_text(mark.value)}</span>' for mark in row.marks)
    line = f" · po line {row.po_line}" if row.po_line else ""
    return (
        f'<td class="key" lang="en" dir="ltr"><span class="row-number">{row.number}</span>{marks}'
        f'<span class="state state-{row.state}">{html_text(row.state_label)} · id {row.ident}</span>'
        f'<span class="ctx">{_unbroken_key(row.key)}</span>'
        f'<a class="page-link" href="{html_text(row.url)}">{html_text(_page_path(row.url))}</a>{line}</td>'
    )


def _english_cell(row: ReviewRow) -> str:
    if row.is_plural:
        forms = "".join(f'<span class="form"><span class="form-label">{label}:</span> {marked_text(text)}</span>'
                        for label, text in zip(("one", "other"), row.english, strict=True))
    else:
        forms = marked_text(row.english[0])
    return f'<td class="english" lang="en" dir="ltr">{forms}</td>'


def _translation_cell(row: ReviewRow, code: str, direction: str) -> str:
    if row.state == MISSING:
        body = '<span class="missing-text" lang="en" dir="ltr">(no translation yet)</span>'
    elif row.is_plural:
        body = "".join(
            f'<span class="form"><span class="form-label" lang="en" dir="ltr">form {form.index} (n = '
            f'{", ".join(str(n) for n in form.examples)}…)</span> {marked_text(form.text)}</span>'
            for form in row.translation)
    else:
        body = marked_text(row.translation[0].text)
    return f'<td class="translation" lang="{code}" dir="{direction}">{body}</td>'


def _notes_cell(row: ReviewRow) -> str:
    items = [f"<li>{marked_text(note)}</li>" for note in row.notes]
    items += [f'<li><span class="label">In the catalogue:</span> {html_text(comment)}</li>' for comment in row.comments]
    for words in row.official:
        items.append(
            f'<li><span class="label">Official words</span> ({html_text(words.english)}): '
            f'FR <span lang="fr">{html_text(words.fr)}</span> · NL <span lang="nl">{html_text(words.nl)}</span></li>')
    if row.refused:
        items.append(f'<li class="refused">The site shows English instead of this translation: '
                     f'{html_text("; ".join(row.refused))}</li>')
    return f'<td class="notes" lang="en" dir="ltr"><ul class="notes">{"".join(items)}</ul></td>'


def render_row(row: ReviewRow, code: str, direction: str) -> str:
    css = "marked" if row.marks else "plain"
    return (
        f'<tr class="{css}" id="row-{row.number}" data-msgctxt="{html_text(row.key)}" data-id="{row.ident}">'
        f"{_key_cell(row)}{_english_cell(row)}{_translation_cell(row, code, direction)}{_notes_cell(row)}"
        f'<td class="remarks" lang="{code}" dir="{direction}"></td></tr>'
    )


def _row_range(section: PackSection) -> str:
    if not section.rows:
        return "no rows"
    first, last = section.rows[0].number, section.rows[-1].number
    return f"row {first}" if first == last else f"rows {first}–{last}"


def _section(pack: ReviewPack, section: PackSection) -> str:
    code, direction = pack.language.code, pack.language.direction
    translated = (f'<span class="translated-title" lang="{code}" dir="{direction}">'
                  f"{marked_text(section.translated_title)}</span>") if section.translated_title else ""
    if section.id in SHARED_SECTIONS:
        where = "Each row links the page where the text is shown (the home page for words on every page)."
    else:
        where = (f'Page: <a href="{html_text(section.url)}">{html_text(section.url)}</a> · English: '
                 f'<a href="{html_text(section.english_url)}">{html_text(section.english_url)}</a>.')
    meta = (f'<p class="section-meta">{_row_range(section)}, of which {section.marked} marked (first). {where}</p>')
    head = (f'<thead><tr><th scope="col">Row · catalogue entry</th><th scope="col">English</th>'
            f'<th scope="col">{html_text(pack.language.english_name)} (translation)</th>'
            f'<th scope="col">Notes for the translator · official words</th>'
            f'<th scope="col">Your remarks</th></tr></thead>')
    columns = ('<colgroup><col class="key"><col class="english"><col class="translation">'
               '<col class="notes"><col class="remarks"></colgroup>')
    rows = "".join(render_row(row, code, direction) for row in section.rows)
    return (f'<section class="sheet" id="section-{html_text(section.id)}">'
            f'<h2 lang="en" dir="ltr">{html_text(section.title)}{translated}</h2>{meta}'
            f'<table class="rows">{columns}{head}<tbody>{rows}</tbody></table></section>')


def _front(pack: ReviewPack) -> str:
    language = pack.language
    scope = "every message of the catalogue" if pack.whole else f"one section: {pack.sections[0].title}"
    counts = "".join(
        f'<tr><th scope="row">{label}</th><td class="n">{value}</td></tr>'
        for label, value in (
            ("rows", len(pack.rows)),
            ("marked (read first)", sum(1 for row in pack.rows if row.marks)),
            ("unreviewed (fuzzy)", pack.count(UNREVIEWED)),
            ("missing", pack.count(MISSING)),
            ("reviewed (not fuzzy)", pack.count(REVIEWED)),
        ))
    legend = "".join(f"<dt>{html_text(mark.value)}</dt><dd>{html_text(MARK_HELP[mark])}</dd>" for mark in Mark)
    steps = "".join(f"<li>{marked_text(step)}</li>" for step in INSTRUCTIONS)
    contents = "".join(
        f'<tr><td><a href="#section-{html_text(section.id)}">{html_text(section.title)}</a></td>'
        f'<td class="n">{_row_range(section)}</td><td class="n">{section.marked} marked</td></tr>'
        for section in pack.sections)
    return (
        f'<header><p class="pack-name">Review pack · {html_text(language.english_name)} ({language.code}) · '
        f"made {pack.made_on.isoformat()}</p>"
        f'<h1>Review pack: {html_text(language.english_name)} · '
        f'<span lang="{language.code}" dir="{language.direction}">{html_text(language.name)}</span></h1>'
        f"<p>Health care in Belgium ({html_text(pack.site_url)}): {scope}, made on "
        f'<time datetime="{pack.made_on.isoformat()}">{pack.made_on.isoformat()}</time> from the catalogue '
        f"<code>locales/{language.code}/LC_MESSAGES/messages.po</code>. Rows are numbered through the pack; "
        f"each names its catalogue entry (msgctxt and id).</p></header>"
        f'<div class="intro"><div><h2>How to review</h2><ol>{steps}</ol></div>'
        f'<div><h2>In this pack</h2><table class="counts">{counts}</table>'
        f'<h2>Marks</h2><dl class="legend">{legend}</dl></div></div>'
        f'<h2>Contents</h2><table class="contents">{contents}</table>'
    )


def _reviewer_box() -> str:
    fields = ("Name", "Role and organisation", "Qualification", "Date", "Sections reviewed", "Signature")
    cells = "".join(f"<tr><td>{name}:</td></tr>" for name in fields)
    return (f'<aside class="reviewer"><h2>Reviewed by</h2><p>Fill this in when you give the pack back. '
            f"The maintainer records your review from it.</p><table>{cells}</table></aside>")


def review_pack_html(pack: ReviewPack, stylesheet: str) -> str:
    title = f"Review pack: {pack.language.english_name} ({pack.language.code})"
    if not pack.whole:
        title += f", {pack.sections[0].title}"
    sections = "".join(_section(pack, section) for section in pack.sections)
    return (
        f'<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html_text(title)}</title><style>{stylesheet}</style></head>"
        f"<body>{_front(pack)}{sections}{_reviewer_box()}</body></html>"
    )
