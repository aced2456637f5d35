"""Who checked a sheet, and when: said honestly, in the reader's language.

The editors' own check comes first; then every check by someone else, newest first;
then, until a legal or medical expert has checked the sheet, a sentence that says so.
A reader (and the social worker beside them) can tell an editor's check from an
expert's, and nothing is implied that the knowledge base does not record.

Who checked is data, shown as written (in English, the knowledge base's language),
so it is marked as English on other editions and isolated from the text's direction.
"""

from __future__ import annotations

from ..knowledge.model import Review, ReviewKind, Sheet
from .escape import Html
from .inline import InlineRenderer

# One sentence per kind, not a "{kind}" word put into one sentence: every language
# can then say each kind with its own grammar.
REVIEW_SENTENCES = {
    ReviewKind.EDITORIAL: "review-editorial",
    ReviewKind.PLAIN_LANGUAGE: "review-plain-language",
    ReviewKind.LEGAL: "review-legal",
    ReviewKind.MEDICAL: "review-medical",
}


def reviewer(review: Review, inline: InlineRenderer) -> Html:
    source = inline.kb.languages.source
    if inline.language.code == source:
        return Html('<bdi class="reviewer">{}</bdi>').format(review.by)
    return Html('<bdi class="reviewer" lang="{}">{}</bdi>').format(source, review.by)


def review_sentences(sheet: Sheet, inline: InlineRenderer) -> list[Html]:
    """Each sentence as inline HTML, in the order the reader sees them."""
    ui = inline.kb.ui
    sentences = [inline.text(ui("review-editors"), date=inline.time(sheet.reviewed))]
    for review in sorted(sheet.reviews, key=lambda review: review.checked_on, reverse=True):
        sentences.append(inline.text(ui(REVIEW_SENTENCES[review.kind]),
                                     reviewer=reviewer(review, inline), date=inline.time(review.checked_on)))
    if not sheet.expert_reviewed:
        sentences.append(inline.text(ui("review-no-expert")))
    return sentences


def review_line(sheet: Sheet, inline: InlineRenderer) -> Html:
    """One short paragraph, the same on the page and on the leaflet (which sets a line per sentence)."""
    sentences = (Html('<span class="review">{}</span>').format(sentence) for sentence in review_sentences(sheet, inline))
    return Html('<p class="reviewed">{}</p>').format(Html(" ").join(sentences))
