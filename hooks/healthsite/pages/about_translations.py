""""About these translations": one page per edition that says how its text was made.

The page states what the catalogue shows, so it cannot claim a review that did not
happen: the counts and the reviewers come from the same catalogue and review records
the pages are built from. "Nobody has checked this translation" stays until a review
is recorded; from then on the page names who checked how many texts, and the counts
say how many are not checked yet.
"""

from __future__ import annotations

from ..catalogs.status import LanguageStatus
from ..knowledge.model import KnowledgeBase
from ..site_map import ABOUT_TRANSLATIONS_SLUG
from .documents import PageSource, page
from .escape import Html
from .inline import InlineRenderer
from .translation_notice import isolated


def render_about_translations(kb: KnowledgeBase, inline: InlineRenderer, directory: str,
                              status: LanguageStatus | None) -> PageSource:
    """``status`` is None for the English edition, the source every other edition is translated from."""
    ui = kb.ui
    paragraphs = [ui("about-source")]
    if status is None:
        paragraphs.append(ui("about-source-edition"))
    else:
        paragraphs += [ui("about-machine"), ui("about-checks")]
        if not status.reviewed:
            paragraphs.append(ui("about-not-reviewed"))
    body = [Html("<p>{}</p>").format(inline.text(text)) for text in paragraphs]
    if status is not None:
        counts = {"total": str(status.total), "reviewed": str(status.reviewed),
                  "unreviewed": str(status.unreviewed), "missing": str(status.missing)}
        body.append(Html('<p class="translation-counts">{}</p>').format(inline.text(ui("about-counts"), **counts)))
        if status.reviewers:
            body.append(Html("<p>{}</p>").format(inline.text(ui("about-reviewers"))))
            items = Html().join(
                Html("<li>{}</li>").format(inline.text(
                    ui("about-reviewer"), by=isolated(summary.reviewer.by),
                    qualification=isolated(summary.reviewer.qualification),
                    count=str(summary.texts), date=inline.time(summary.last_reviewed)))
                for summary in status.reviewers)
            body.append(Html('<ul class="translation-reviewers">{}</ul>').format(items))
    body += [Html("<p>{}</p>").format(inline.text(ui(key))) for key in ("about-official-words", "about-unclear")]
    summary = inline.text(ui("about-summary"))
    return page(inline, inline.text(ui("about-title")), summary, [Html('<p class="summary">{}</p>').format(summary), *body],
                f"{directory}{ABOUT_TRANSLATIONS_SLUG}/index.md")
