"""What a page (or a leaflet) tells its reader about the review of its translation.

The notice follows the texts the page really uses, counted once each: all of them
reviewed (who checked, their qualification, the day), some of them (how many of how
many, and that the others are not checked yet), or none (the unreviewed notice).
Texts shown in English because a translation is missing get their own notice. A
reviewed text is one whose translation carries a review record (``catalogs.review``),
so a page can never claim a check that was not recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..catalogs.review import Reviewer
from ..catalogs.translator import MISSING, REVIEWED, SOURCE, UNREVIEWED, Translation
from .escape import Html
from .inline import InlineRenderer


@dataclass(frozen=True)
class PageReview:
    """The review state of one page's texts (English source texts are not counted)."""

    reviewed: int
    unreviewed: int
    missing: int
    reviewers: tuple[Reviewer, ...]  # each once, in the order the page uses their texts
    last_reviewed: date | None

    @property
    def total(self) -> int:
        return self.reviewed + self.unreviewed + self.missing


@dataclass(frozen=True)
class Notice:
    kinds: tuple[str, ...]  # reviewed, partly-reviewed, unreviewed, missing: the page's CSS classes
    html: Html
    about: bool  # the page follows it with its link to "About these translations"


def page_review(translations: Iterable[Translation]) -> PageReview:
    states = {REVIEWED: 0, UNREVIEWED: 0, MISSING: 0}
    reviewers: dict[Reviewer, None] = {}
    days = []
    for translation in translations:
        if translation.state == SOURCE:
            continue
        states[translation.state] += 1
        if translation.review is not None:
            reviewers[translation.review.reviewer] = None
            days.append(translation.review.reviewed_on)
    return PageReview(states[REVIEWED], states[UNREVIEWED], states[MISSING], tuple(reviewers), max(days, default=None))


def isolated(text: str) -> Html:
    # Reviewers' names and qualifications are written as given, often in another script: isolate them.
    return Html("<bdi>{}</bdi>").format(text)


def translation_notices(inline: InlineRenderer, review: PageReview) -> list[Notice]:
    ui = inline.kb.ui
    notices = []
    if review.reviewed and review.reviewed == review.total and review.last_reviewed:
        date_shown = inline.time(review.last_reviewed)
        if len(review.reviewers) == 1:
            reviewer = review.reviewers[0]
            text = inline.text(ui("notice-reviewed"), by=isolated(reviewer.by),
                               qualification=isolated(reviewer.qualification), date=date_shown)
        else:
            text = inline.text(ui("notice-reviewed-several"), date=date_shown)
        notices.append(Notice(("reviewed",), text, about=True))
    elif review.reviewed:
        text = inline.text(ui("notice-partly-reviewed"), reviewed=str(review.reviewed), total=str(review.total))
        if review.unreviewed:
            notices.append(Notice(("partly-reviewed", "unreviewed"),
                                  Html("{} {}").format(text, inline.text(ui("notice-partly-unreviewed"))), about=True))
        else:
            notices.append(Notice(("partly-reviewed",), text, about=True))
    elif review.unreviewed:
        notices.append(Notice(("unreviewed",), inline.text(ui("notice-unreviewed")), about=True))
    if review.missing:
        notices.append(Notice(("missing",), inline.text(ui("notice-missing")), about=False))
    return notices
