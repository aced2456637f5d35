"""Facts that end: the dates until which facts are known to hold, and when to check them again.

Any fact, phone number or organisation may carry ``valid_until`` (the last day it is
known to hold: after it, the page would say something wrong, so validation fails) and
``check_by`` (the day an editor must look at it again: a yearly amount, a pilot
project, a temporary scheme). Both warn from ``WARNING_DAYS`` before.

The date the checks use is today, or ``HEALTHSITE_TODAY=YYYY-MM-DD`` when set, so
editors and tests can look ahead ("what fails on 5 March 2027?").
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from pathlib import Path

from .errors import KnowledgeBaseError, Problem

WARNING_DAYS = 60
TODAY_VARIABLE = "HEALTHSITE_TODAY"


def current_date(environ: Mapping[str, str] = os.environ) -> date:
    """Today, unless ``HEALTHSITE_TODAY`` says otherwise."""
    value = environ.get(TODAY_VARIABLE, "").strip()
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise KnowledgeBaseError([Problem(Path("(environment)"), None, TODAY_VARIABLE,
                                          f"{value!r} is not a date: write YYYY-MM-DD")]) from None


class DateKind(str, Enum):
    VALID_UNTIL = "valid_until"  # after it, the fact is wrong
    CHECK_BY = "check_by"  # after it, the fact may be out of date


class Due(str, Enum):
    EXPIRED = "expired"  # valid_until has passed: an error
    OVERDUE = "overdue"  # check_by has passed: a warning
    SOON = "soon"  # within WARNING_DAYS: a warning
    LATER = "later"


@dataclass(frozen=True)
class DatedFact:
    """One date attached to an entry of the knowledge base, with where it is written."""

    what: str  # "fact tp-end", "organisation asipa"
    kind: DateKind
    due: date
    file: Path
    line: int | None
    field: str

    def status(self, today: date) -> Due:
        if self.due < today:
            return Due.EXPIRED if self.kind is DateKind.VALID_UNTIL else Due.OVERDUE
        if self.due - today <= timedelta(days=WARNING_DAYS):
            return Due.SOON
        return Due.LATER

    def problem(self, today: date) -> Problem:
        days = (self.due - today).days
        if self.kind is DateKind.VALID_UNTIL:
            when = f"ended on {self.due}" if days < 0 else f"ends on {self.due}, in {days} day(s)"
            message = f"{self.what} is only known to hold until {self.due}: it {when}. Check it and update the date"
        else:
            when = f"was due on {self.due}" if days < 0 else f"is due on {self.due}, in {days} day(s)"
            message = f"{self.what} must be checked again: the check {when}"
        return Problem(self.file, self.line, self.field, message)


def expired(dated: Iterable[DatedFact], today: date) -> list[Problem]:
    """Errors: facts whose ``valid_until`` has passed."""
    return [fact.problem(today) for fact in dated if fact.status(today) is Due.EXPIRED]


def warnings(dated: Iterable[DatedFact], today: date) -> list[Problem]:
    """Warnings: checks overdue, and any date within ``WARNING_DAYS``."""
    return [fact.problem(today) for fact in schedule(dated) if fact.status(today) in (Due.OVERDUE, Due.SOON)]


def schedule(dated: Iterable[DatedFact]) -> list[DatedFact]:
    """Every dated fact, soonest first."""
    return sorted(dated, key=lambda fact: (fact.due, fact.what, fact.kind.value))
