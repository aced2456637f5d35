""""Which situation am I in?": every reader who knows their situation reaches its sheet."""

from __future__ import annotations

import pytest

from healthsite.knowledge import KnowledgeBaseError
from healthsite.knowledge.guide_routes import answers_needed, dead_ends, loops, reachable_questions

# Taps from an edition's home page: one to open the guide, then one per answer.
MOST_TAPS_FROM_HOME = 3


def test_every_situation_sheet_is_reachable_from_the_first_question(kb):
    situations = {sheet.slug for sheet in kb.sheets if sheet.kind == "situation"}
    assert len(situations) >= 10
    assert situations <= set(answers_needed(kb.guide))


def test_a_reader_who_knows_their_situation_needs_at_most_three_taps(kb):
    for slug, answers in answers_needed(kb.guide).items():
        if kb.sheet(slug).kind == "situation":
            assert 1 + answers <= MOST_TAPS_FROM_HOME, slug


def test_no_question_is_a_dead_end_unreachable_or_part_of_a_loop(kb):
    guide = kb.guide
    assert dead_ends(guide) == []
    assert loops(guide) == []
    assert reachable_questions(guide) == set(guide.questions)
    for question in guide.questions.values():
        assert len(question.answers) >= 2, question.id


def test_a_reader_who_does_not_know_their_situation_can_still_answer(kb):
    """The first question offers "I do not know", which leads on to simpler questions."""
    first = kb.guide.questions[kb.guide.start]
    unsure = [answer for answer in first.answers if answer.label.source == "I do not know."]
    assert unsure and unsure[0].next in kb.guide.questions


def problems(content) -> list[str]:
    with pytest.raises(KnowledgeBaseError) as error:
        content.load()
    return [f"{p.field}: {p.message}" for p in error.value.problems]


def test_an_answer_to_an_unknown_sheet_names_the_field(content):
    content.replace("guide.yaml", "sheet: detention", "sheet: prison")
    assert any(p.endswith("sheet: unknown sheet 'prison'") and p.startswith("questions[0].answers[")
               for p in problems(content))


def test_a_loop_between_questions_is_an_error(content):
    content.replace("guide.yaml", "next: eu-papers", "next: ever-asylum")
    found = problems(content)
    assert any("loop: ever-asylum -> ever-asylum" in p for p in found)
    assert any("no answer leads to question 'eu-papers'" in p for p in found)


def test_an_unknown_next_question_is_an_error(content):
    content.replace("guide.yaml", "next: asylum-home\n", "next: asylum-house\n")
    assert any("unknown question 'asylum-house'" in p for p in problems(content))


def test_people_with_a_residence_card_reach_their_own_sheet_in_one_answer(kb):
    first = kb.guide.questions[kb.guide.start]
    assert "residence-permit" in {answer.sheet for answer in first.answers}
    assert answers_needed(kb.guide)["residence-permit"] == 1
    assert kb.sheet("residence-permit").kind == "situation"
