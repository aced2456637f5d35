"""What a reader is shown for one message: the states every page, count and review pack share.

String values, because they also name CSS classes (``state-missing``), columns of the
review pack's table and words of the status report: an enum member prints as its value.
"""

from __future__ import annotations

from enum import StrEnum


class TranslationState(StrEnum):
    SOURCE = "source"  # the English edition itself
    REVIEWED = "reviewed"  # no fuzzy flag, and a review record for this very translation
    UNREVIEWED = "unreviewed"  # shown with a notice: gettext's fuzzy flag, or no record of a review
    MISSING = "missing"  # no usable translation: the English is shown, marked as English
