"""A review pack as one self-contained HTML document: for the screen, and for WeasyPrint to print.

The pack's own words (headings, instructions, column names) are in English: a
reviewer checks a translation against the English, so reads it. Every cell says
its language and direction, so an Arabic translation runs right to left and a
Tigrinya one gets an Ethiopic font, inside a left-to-right document. The
stylesheet is inlined and nothing is loaded from anywhere: the file opens from a
USB stick or an e-mail attachment. Every text is put in by ``Html.format`` (pages.escape), which escapes it.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..catalogs.review_marks import Mark
from ..catalogs.review_pack import SHARED_SECTIONS, PackSection, ReviewPack, ReviewRow
from ..catalogs.translator import MISSING, REVIEWED, UNREVIEWED
from ..knowledge.references import PLACEHOLDER
from ..pages.escape import Html

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


def marked_text(text: str) -> Html:
    """Escaped text with each {…} placeholder kept whole and left to right, even inside Arabic."""
    parts, position = [], 0
    for match in PLACEHOLDER.finditer(text):
        parts.append(text[position:match.start()])
        parts.append(Html('<span class="ph" dir="ltr">{}</span>').format(match.group(0)))
        position = match.end()
    parts.append(text[position:])
    return Html().join(parts)


def _page_path(url: str) -> str:
    """The address without the site's host, short enough to read on paper."""
    return re.sub(r"^https?://[^/]+", "", url)


def _unbroken_key(key: str) -> Html:
    """A msgctxt that wraps only after ":" or "#", never at a hyphen of a slug: so a reader
    copying it from paper or a PDF gets it whole ("what-to-do", not "what-to" and "do")."""
    pieces = re.split(r"(?<=[:#])", key)
    return Html("<wbr>").join(Html('<span class="nowrap">{}</span>').format(piece) for piece in pieces if piece)


def _key_cell(row: ReviewRow) -> Html:
    """Row number and marks, then how far the entry is and which entry it is, then the page."""
    marks = Html().join(Html('<span class="mark mark-{}">{}</span>').format(mark.name.lower(), mark.value)
                        for mark in row.marks)
    line = f" · po line {row.po_line}" if row.po_line else ""
    return Html(
        '<td class="key" lang="en" dir="ltr"><span class="row-number">{number}</span>{marks}'
        '<span class="state state-{state}">{label} · id {ident}</span>'
        '<span class="ctx">{key}</span>'
        '<a class="page-link" href="{url}">{path}</a>{line}</td>'
    ).format(number=row.number, marks=marks, state=row.state, label=row.state_label, ident=row.ident,
             key=_unbroken_key(row.key), url=row.url, path=_page_path(row.url), line=line)


def _english_cell(row: ReviewRow) -> Html:
    if row.is_plural:
        forms = Html().join(Html('<span class="form"><span class="form-label">{}:</span> {}</span>').format(
            label, marked_text(text)) for label, text in zip(("one", "other"), row.english, strict=True))
    else:
        forms = marked_text(row.english[0])
    return Html('<td class="english" lang="en" dir="ltr">{}</td>').format(forms)


def _translation_cell(row: ReviewRow, code: str, direction: str) -> Html:
    if row.state == MISSING:
        body = Html('<span class="missing-text" lang="en" dir="ltr">(no translation yet)</span>')
    elif row.is_plural:
        body = Html().join(
            Html('<span class="form"><span class="form-label" lang="en" dir="ltr">form {} (n = {}…)</span> {}</span>')
            .format(form.index, ", ".join(str(n) for n in form.examples), marked_text(form.text))
            for form in row.translation)
    else:
        body = marked_text(row.translation[0].text)
    return Html('<td class="translation" lang="{}" dir="{}">{}</td>').format(code, direction, body)


def _notes_cell(row: ReviewRow) -> Html:
    items = [Html("<li>{}</li>").format(marked_text(note)) for note in row.notes]
    items += [Html('<li><span class="label">In the catalogue:</span> {}</li>').format(comment) for comment in row.comments]
    for words in row.official:
        items.append(Html('<li><span class="label">Official words</span> ({}): '
                          'FR <span lang="fr">{}</span> · NL <span lang="nl">{}</span></li>').format(
            words.english, words.fr, words.nl))
    if row.refused:
        items.append(Html('<li class="refused">The site shows English instead of this translation: {}</li>').format(
            "; ".join(row.refused)))
    return Html('<td class="notes" lang="en" dir="ltr"><ul class="notes">{}</ul></td>').format(Html().join(items))


def render_row(row: ReviewRow, code: str, direction: str) -> Html:
    return Html(
        '<tr class="{css}" id="row-{number}" data-msgctxt="{key}" data-id="{ident}">'
        '{key_cell}{english}{translation}{notes}'
        '<td class="remarks" lang="{code}" dir="{direction}"></td></tr>'
    ).format(css="marked" if row.marks else "plain", number=row.number, key=row.key, ident=row.ident,
             key_cell=_key_cell(row), english=_english_cell(row), translation=_translation_cell(row, code, direction),
             notes=_notes_cell(row), code=code, direction=direction)


def _row_range(section: PackSection) -> str:
    if not section.rows:
        return "no rows"
    first, last = section.rows[0].number, section.rows[-1].number
    return f"row {first}" if first == last else f"rows {first}–{last}"


def _section(pack: ReviewPack, section: PackSection) -> Html:
    code, direction = pack.language.code, pack.language.direction
    translated = (Html('<span class="translated-title" lang="{}" dir="{}">{}</span>').format(
        code, direction, marked_text(section.translated_title)) if section.translated_title else Html())
    if section.id in SHARED_SECTIONS:
        where = Html("Each row links the page where the text is shown (the home page for words on every page).")
    else:
        where = Html('Page: <a href="{0}">{0}</a> · English: <a href="{1}">{1}</a>.').format(
            section.url, section.english_url)
    meta = Html('<p class="section-meta">{}, of which {} marked (first). {}</p>').format(
        _row_range(section), section.marked, where)
    head = Html('<thead><tr><th scope="col">Row · catalogue entry</th><th scope="col">English</th>'
                '<th scope="col">{} (translation)</th>'
                '<th scope="col">Notes for the translator · official words</th>'
                '<th scope="col">Your remarks</th></tr></thead>').format(pack.language.english_name)
    columns = Html('<colgroup><col class="key"><col class="english"><col class="translation">'
                   '<col class="notes"><col class="remarks"></colgroup>')
    rows = Html().join(render_row(row, code, direction) for row in section.rows)
    return Html('<section class="sheet" id="section-{}">'
                '<h2 lang="en" dir="ltr">{}{}</h2>{}'
                '<table class="rows">{}{}<tbody>{}</tbody></table></section>').format(
        section.id, section.title, translated, meta, columns, head, rows)


def _front(pack: ReviewPack) -> Html:
    language = pack.language
    scope = "every message of the catalogue" if pack.whole else f"one section: {pack.sections[0].title}"
    counts = Html().join(
        Html('<tr><th scope="row">{}</th><td class="n">{}</td></tr>').format(label, value)
        for label, value in (
            ("rows", len(pack.rows)),
            ("marked (read first)", sum(1 for row in pack.rows if row.marks)),
            ("unreviewed (fuzzy)", pack.count(UNREVIEWED)),
            ("missing", pack.count(MISSING)),
            ("reviewed (not fuzzy)", pack.count(REVIEWED)),
        ))
    legend = Html().join(Html("<dt>{}</dt><dd>{}</dd>").format(mark.value, MARK_HELP[mark]) for mark in Mark)
    steps = Html().join(Html("<li>{}</li>").format(marked_text(step)) for step in INSTRUCTIONS)
    contents = Html().join(
        Html('<tr><td><a href="#section-{}">{}</a></td><td class="n">{}</td><td class="n">{} marked</td></tr>').format(
            section.id, section.title, _row_range(section), section.marked)
        for section in pack.sections)
    return Html(
        '<header><p class="pack-name">Review pack · {english} ({code}) · made {made}</p>'
        '<h1>Review pack: {english} · <span lang="{code}" dir="{direction}">{name}</span></h1>'
        '<p>Health care in Belgium ({site}): {scope}, made on '
        '<time datetime="{made}">{made}</time> from the catalogue '
        '<code>locales/{code}/LC_MESSAGES/messages.po</code>. Rows are numbered through the pack; '
        'each names its catalogue entry (msgctxt and id).</p></header>'
        '<div class="intro"><div><h2>How to review</h2><ol>{steps}</ol></div>'
        '<div><h2>In this pack</h2><table class="counts">{counts}</table>'
        '<h2>Marks</h2><dl class="legend">{legend}</dl></div></div>'
        '<h2>Contents</h2><table class="contents">{contents}</table>'
    ).format(english=language.english_name, code=language.code, made=pack.made_on.isoformat(),
             direction=language.direction, name=language.name, site=pack.site_url, scope=scope, steps=steps,
             counts=counts, legend=legend, contents=contents)


def _reviewer_box() -> Html:
    fields = ("Name", "Role and organisation", "Qualification", "Date", "Sections reviewed", "Signature")
    cells = Html().join(Html("<tr><td>{}:</td></tr>").format(name) for name in fields)
    return Html('<aside class="reviewer"><h2>Reviewed by</h2><p>Fill this in when you give the pack back. '
                'The maintainer records your review from it.</p><table>{}</table></aside>').format(cells)


def review_pack_html(pack: ReviewPack, stylesheet: str) -> Html:
    """``stylesheet`` is this package's own CSS: put in as it is."""
    title = f"Review pack: {pack.language.english_name} ({pack.language.code})"
    if not pack.whole:
        title += f", {pack.sections[0].title}"
    sections = Html().join(_section(pack, section) for section in pack.sections)
    return Html(
        '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>{}</title><style>{}</style></head>"
        "<body>{}{}{}</body></html>"
    ).format(title, Html(stylesheet), _front(pack), sections, _reviewer_box())
