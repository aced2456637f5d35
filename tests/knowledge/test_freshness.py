"""Facts that end: a date as a fact, and dates until which facts hold or by which they are checked again.

Validation fails once a fact's ``valid_until`` has passed, naming file, line and fact, and
warns from 60 days before; ``HEALTHSITE_TODAY`` lets editors and tests look ahead.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from healthsite.cli import main
from healthsite.knowledge import KnowledgeBaseError
from healthsite.knowledge.freshness import (
    WARNING_DAYS,
    DatedFact,
    DateKind,
    Due,
    current_date,
    expired,
    schedule,
    warnings,
)

from .test_load import only_problem

TP_END = date(2027, 3, 4)


def dated(kind: DateKind, due: date, what: str = "fact 'x'") -> DatedFact:
    return DatedFact(what, kind, due, Path("facts.yaml"), 7, "facts[0]." + kind.value)


def test_today_is_the_machine_date_unless_healthsite_today_says_otherwise():
    assert current_date({}) == date.today()
    assert current_date({"HEALTHSITE_TODAY": "2027-03-05"}) == date(2027, 3, 5)
    with pytest.raises(KnowledgeBaseError, match="HEALTHSITE_TODAY.*not a date"):
        current_date({"HEALTHSITE_TODAY": "5 March 2027"})


def test_a_valid_until_date_is_an_error_only_after_it_has_passed():
    fact = dated(DateKind.VALID_UNTIL, TP_END)
    assert fact.status(TP_END) is Due.SOON  # the last day it holds is still fine
    assert expired([fact], TP_END) == []
    problem, = expired([fact], date(2027, 3, 5))
    assert (problem.file.name, problem.line, problem.field) == ("facts.yaml", 7, "facts[0].valid_until")
    assert "fact 'x'" in problem.message and "ended on 2027-03-04" in problem.message


def test_dates_warn_from_sixty_days_before_and_a_passed_check_stays_a_warning():
    until = dated(DateKind.VALID_UNTIL, TP_END)
    check = dated(DateKind.CHECK_BY, date(2027, 1, 15), "fact 'y'")
    far = date(2026, 1, 1)
    assert warnings([until, check], far) == []
    assert until.status(date.fromordinal(TP_END.toordinal() - WARNING_DAYS)) is Due.SOON
    assert until.status(date.fromordinal(TP_END.toordinal() - WARNING_DAYS - 1)) is Due.LATER
    assert check.status(date(2027, 2, 1)) is Due.OVERDUE
    assert expired([check], date(2027, 2, 1)) == []
    assert [p.message for p in warnings([until, check], date(2027, 2, 1))][0].startswith("fact 'y' must be checked again")


def test_the_schedule_lists_the_soonest_first():
    later, sooner = dated(DateKind.CHECK_BY, date(2027, 6, 30)), dated(DateKind.VALID_UNTIL, date(2027, 3, 4))
    assert schedule([later, sooner]) == [sooner, later]


def test_the_end_of_temporary_protection_is_a_date_fact_that_ends(kb):
    fact = kb.facts["temporary-protection-end"]
    assert fact.is_date and fact.value == TP_END and fact.valid_until == TP_END
    assert any(d.what == "fact 'temporary-protection-end'" and d.kind is DateKind.VALID_UNTIL for d in kb.dated)


def test_facts_known_to_change_carry_a_date(kb):
    # Yearly amounts, temporary schemes and reception rules that changed lately.
    for ident in ("ambulance-fee", "abortion-cost-uninsured", "brussels-medicine-box-share", "aid-after-refusal",
                  "temporary-protection-end", "abortion-limit-conception"):
        fact = kb.facts[ident]
        assert fact.check_by or fact.valid_until, ident
    for fact in kb.facts.values():
        if fact.valid:  # an amount of a given year
            assert fact.check_by, f"{fact.id} has a year ({fact.valid}) but no check_by date"


def test_looking_past_the_end_of_temporary_protection_fails_validation_naming_it(content):
    problem = only_problem(content, today=date(2027, 3, 5))
    assert problem.file.name == "facts.yaml"
    assert problem.line == content.line_of("facts.yaml", 'valid_until: "2027-03-04"')
    assert problem.field.endswith(".valid_until")
    assert "temporary-protection-end" in problem.message


def test_a_date_fact_in_the_wrong_form_names_file_line_and_field(content):
    content.replace("facts.yaml", 'value: "2027-03-04"', 'value: "4 March 2027"')
    problem = only_problem(content)
    assert problem.file.name == "facts.yaml" and problem.field.endswith(".value")
    assert problem.line == content.line_of("facts.yaml", 'value: "4 March 2027"')


def test_a_date_that_does_not_exist_is_an_error(content):
    content.replace("facts.yaml", 'check_by: "2026-12-31"', 'check_by: "2027-02-30"')
    problem = only_problem(content)
    assert problem.field.endswith(".check_by") and "'2027-02-30' is not a real date" in problem.message


def test_an_amount_cannot_be_a_date(content):
    content.replace("facts.yaml", "value: 73.62", 'value: "2025-01-01"')
    problem = only_problem(content)
    assert problem.field.endswith(".value") and "number" in problem.message


def test_a_phone_or_an_organisation_can_end_too(content):
    content.replace("phones.yaml", 'check_by: "2027-06-30"', 'valid_until: "2026-01-01"')
    problem = only_problem(content)
    assert problem.file.name == "phones.yaml" and "phone 'sos-viol'" in problem.message


def test_the_validate_and_freshness_commands_read_healthsite_today(monkeypatch, capsys):
    monkeypatch.setenv("HEALTHSITE_TODAY", "2027-03-05")
    assert main(["validate"]) == 2
    assert "temporary-protection-end" in capsys.readouterr().err
    assert main(["freshness"]) == 1
    out = capsys.readouterr().out
    assert "2027-03-04  expired  valid_until  fact 'temporary-protection-end'" in out
    monkeypatch.setenv("HEALTHSITE_TODAY", "2027-01-01")
    assert main(["validate"]) == 0
    assert "warning:" in capsys.readouterr().out and "temporary-protection-end" in capsys.readouterr().out + out
