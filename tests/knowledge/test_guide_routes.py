"""The decision guide as a graph: taps to each sheet, loops, dead ends, unreachable questions."""

from __future__ import annotations

from healthsite.knowledge.guide_routes import answers_needed, dead_ends, loops, reachable_questions
from healthsite.knowledge.model import Answer, Guide, Question, Text


def guide(start: str, **questions: list[tuple[str, str]]) -> Guide:
    """``q=[("next", "r"), ("sheet", "s")]`` builds question q with two answers."""
    built = {
        ident: Question(ident, Text(ident, ident), tuple(
            Answer(Text(f"{ident}:{i}", "answer"), **{kind: target}) for i, (kind, target) in enumerate(answers)))
        for ident, answers in questions.items()
    }
    return Guide("guide", 1, Text("t", "t"), Text("s", "s"), start, built)


def test_answers_needed_counts_the_shortest_path_to_each_sheet():
    g = guide("a", a=[("sheet", "x"), ("next", "b")], b=[("sheet", "y"), ("next", "c")], c=[("sheet", "x"), ("sheet", "z")])
    assert answers_needed(g) == {"x": 1, "y": 2, "z": 3}


def test_a_question_no_answer_leads_to_is_unreachable():
    g = guide("a", a=[("sheet", "x"), ("sheet", "y")], b=[("sheet", "x"), ("sheet", "y")])
    assert reachable_questions(g) == {"a"}


def test_questions_that_lead_back_to_each_other_are_a_loop():
    g = guide("a", a=[("next", "b"), ("sheet", "x")], b=[("next", "a"), ("sheet", "y")])
    assert loops(g) == [["a", "b", "a"]]


def test_a_question_whose_answers_never_end_on_a_sheet_is_a_dead_end():
    g = guide("a", a=[("next", "b"), ("sheet", "x")], b=[("next", "c"), ("next", "c")], c=[("next", "b"), ("next", "b")])
    assert dead_ends(g) == ["b", "c"]


def test_a_guide_where_every_path_ends_on_a_sheet_has_no_dead_end():
    g = guide("a", a=[("next", "b"), ("sheet", "x")], b=[("sheet", "y"), ("sheet", "z")])
    assert dead_ends(g) == [] and loops(g) == []
