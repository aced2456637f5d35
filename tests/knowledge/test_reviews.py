"""A sheet's reviews: who checked it, for what, and when; bad records fail with file, line and field.

Review records are made only in temporary copies of the content: the repository
records no check that did not happen.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from healthsite.knowledge import KnowledgeBaseError
from healthsite.knowledge.model import ReviewKind

SHEET = "sheets/emergencies.yaml"
AUDIT = "an independent audit (AI-assisted, not a legal or medical expert)"


def add_review(content, by='"Lawyer (test organisation)"', kind="legal", day='"2026-11-30"', extra=""):
    """Append a review to the emergencies sheet's list, in a temporary copy only."""
    content.replace(SHEET, "    report: audit/2026-12-06.md\n",
                    f"    report: audit/2026-12-06.md\n  - by: {by}\n    kind: {kind}\n    date: {day}\n{extra}")
    return content.line_of(SHEET, f"by: {by}")


def problems_of(content) -> list:
    with pytest.raises(KnowledgeBaseError) as caught:
        content.load()
    return caught.value.problems


def only_problem(content):
    problems = problems_of(content)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def test_every_sheet_records_the_audit_it_had_and_no_expert_review(kb):
    """What happened on 6 December 2026: the editors' check, and an AI-assisted audit.

    No legal or medical expert has checked any sheet. When one does, record it with
    its report, and change this test and the README ("For editors") together.
    """
    for sheet in kb.sheets:
        assert sheet.reviewed == date(2026, 12, 6), sheet.slug
        assert [(review.by, review.kind) for review in sheet.reviews] == [(AUDIT, ReviewKind.EDITORIAL)], sheet.slug
        assert not sheet.expert_reviewed, sheet.slug


def test_the_audit_record_points_to_its_report(kb, project):
    for sheet in kb.sheets:
        for review in sheet.reviews:
            assert (project.content / review.report).is_file()


def test_a_recorded_legal_review_is_read_with_its_kind_and_date(content):
    add_review(content)
    sheet = content.load().sheet("emergencies")
    legal = sheet.reviews[-1]
    assert (legal.by, legal.kind, legal.checked_on) == ("Lawyer (test organisation)", ReviewKind.LEGAL, date(2026, 11, 30))
    assert legal.expert and sheet.expert_reviewed


def test_a_plain_language_review_is_not_an_expert_review(content):
    add_review(content, kind="plain-language")
    assert not content.load().sheet("emergencies").expert_reviewed


def test_the_schema_lists_exactly_the_kinds_the_model_knows(project):
    schema = json.loads((project.content / "schema" / "sheet.schema.json").read_text(encoding="utf-8"))
    kinds = schema["properties"]["reviews"]["items"]["properties"]["kind"]["enum"]
    assert set(kinds) == {kind.value for kind in ReviewKind}


def test_an_unknown_kind_names_file_line_and_field(content):
    line = add_review(content, kind="lawyer")
    problem = only_problem(content)
    assert problem.file.name == "emergencies.yaml"
    assert problem.field == "reviews[1].kind"
    assert problem.line == line + 1
    assert "'lawyer' is not one of" in problem.message


def test_a_review_date_that_does_not_exist(content):
    line = add_review(content, day='"2026-02-30"')
    problem = only_problem(content)
    assert (problem.field, problem.line) == ("reviews[1].date", line + 2)
    assert "not a real date" in problem.message


def test_a_review_date_in_the_future(content):
    add_review(content, day='"2026-12-07"')
    problem = only_problem(content)
    assert problem.field == "reviews[1].date"
    assert "in the future (today is 2026-12-06)" in problem.message


def test_a_review_without_a_reviewer(content):
    line = add_review(content, by='"   "')
    problem = only_problem(content)
    assert (problem.field, problem.line) == ("reviews[1].by", line)
    assert "the reviewer is empty" in problem.message


def test_an_empty_reviewer_is_refused_by_the_schema(content):
    add_review(content, by='""')
    assert only_problem(content).field == "reviews[1].by"


def test_a_review_without_a_date_is_refused(content):
    content.replace(SHEET, '    date: "2026-12-06"\n    report:', "    report:")
    problem = only_problem(content)
    assert problem.field == "reviews[0]" and "'date' is a required property" in problem.message


def test_the_same_reviewer_and_kind_twice_asks_to_change_the_date(content):
    first = content.line_of(SHEET, "- by:")
    add_review(content, by=f'"{AUDIT}"', kind="editorial")
    problem = only_problem(content)
    assert problem.field == "reviews[1]"
    assert f"already has a review of kind editorial on line {first}" in problem.message


def test_a_report_must_be_a_file_in_the_content(content):
    add_review(content, extra="    report: audit/nowhere.md\n")
    problem = only_problem(content)
    assert problem.field == "reviews[1].report" and "is not a file in content-src/" in problem.message


def test_a_report_cannot_be_outside_the_content(content):
    add_review(content, extra="    report: ../README.md\n")
    assert "is outside content-src/" in only_problem(content).message


def test_a_sheet_without_reviews_loads(content):
    text = (content.folder / SHEET).read_text(encoding="utf-8")
    start = text.index("reviews:\n")
    content.write(SHEET, text[:start] + text[text.index("sources:", start):])
    sheet = content.load().sheet("emergencies")
    assert sheet.reviews == () and not sheet.expert_reviewed
