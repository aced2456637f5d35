"""The decision guide as a graph: where each answer leads, and what a reader can reach.

Pure functions over the Guide model, used by validation (loops, unreachable
questions) and by the tests that promise every situation is reachable in a few taps.
"""

from __future__ import annotations

from collections import deque

from .model import Guide


def _question_depths(guide: Guide) -> dict[str, int]:
    """Every question a reader can reach, with the fewest answers it takes from the first one."""
    depth = {guide.start: 0}
    queue = deque([guide.start])
    while queue:
        ident = queue.popleft()
        for answer in guide.questions[ident].answers:
            if answer.next in guide.questions and answer.next not in depth:
                depth[answer.next] = depth[ident] + 1
                queue.append(answer.next)
    return depth


def answers_needed(guide: Guide) -> dict[str, int]:
    """For every sheet the guide ends on: the fewest answers from the first question."""
    sheets: dict[str, int] = {}
    for ident, depth in sorted(_question_depths(guide).items(), key=lambda item: item[1]):
        for answer in guide.questions[ident].answers:
            if answer.sheet:
                sheets.setdefault(answer.sheet, depth + 1)
    return sheets


def reachable_questions(guide: Guide) -> set[str]:
    return set(_question_depths(guide))


def loops(guide: Guide) -> list[list[str]]:
    """Question paths that come back to a question already asked: a reader could go round forever."""
    found: list[list[str]] = []

    def walk(ident: str, path: list[str]) -> None:
        for answer in guide.questions[ident].answers:
            if answer.next not in guide.questions:
                continue
            if answer.next in path:
                found.append(path[path.index(answer.next):] + [answer.next])
            else:
                walk(answer.next, path + [answer.next])

    if guide.start in guide.questions:
        walk(guide.start, [guide.start])
    return found


def dead_ends(guide: Guide) -> list[str]:
    """Questions from which no answer path ends on a sheet."""
    ends = {ident for ident, question in guide.questions.items() if any(a.sheet for a in question.answers)}
    changed = True
    while changed:
        changed = False
        for ident, question in guide.questions.items():
            if ident not in ends and any(a.next in ends for a in question.answers):
                ends.add(ident)
                changed = True
    return sorted(set(guide.questions) - ends)
