"""The decision guide as pages: one page per question, and one page with every question.

Every answer is a plain link, so the guide works without JavaScript. The first
question sits on the guide's own page, saving the reader a tap; the page with every
question prints as a readable flow for staff who hand it out.
"""

from __future__ import annotations

from ..knowledge.model import Answer, Guide, KnowledgeBase, Question
from .documents import PageSource, heading, page
from .escape import Html
from .inline import InlineRenderer
from .model import Heading

ALL_QUESTIONS = "all"


def _answer_link(guide: Guide, answer: Answer, inline: InlineRenderer, to_guide: str, one_page: bool) -> str:
    """``to_guide``: the relative path from the current page to the guide's folder.
    On the one-page flow, a "next question" answer jumps to that question's heading."""
    if answer.sheet:
        href = f"{to_guide}../{answer.sheet}/"
        target = inline.text(inline.kb.sheet(answer.sheet).title)
        return Html('<a class="guide-answer" href="{}">{}<span class="guide-target">{}</span></a>').format(
            href, inline.text(answer.label), target)
    if one_page:
        href = f"#q-{answer.next}"
    else:
        href = (to_guide or "./") if answer.next == guide.start else f"{to_guide}{answer.next}/"
    return Html('<a class="guide-answer" href="{}">{}</a>').format(href, inline.text(answer.label))


def _question(guide: Guide, question: Question, inline: InlineRenderer, to_guide: str,
              one_page: bool = False) -> list[Html | Heading]:
    answers = Html().join(Html("<li>{}</li>").format(_answer_link(guide, a, inline, to_guide, one_page))
                          for a in question.answers)
    return [heading(inline, question.question, f"q-{question.id}"), Html('<ul class="guide-answers">{}</ul>').format(answers)]


def _footer(kb: KnowledgeBase, guide: Guide, inline: InlineRenderer, to_guide: str, first: bool) -> Html:
    links = [] if first else [Html('<a href="{}">{}</a>').format(to_guide or "./", inline.text(kb.ui("guide-restart")))]
    links.append(Html('<a href="{}{}/">{}</a>').format(to_guide, ALL_QUESTIONS, inline.text(kb.ui("guide-all"))))
    return Html('<p class="guide-footer">{}</p>').format(Html(" · ").join(links))


def render_guide(kb: KnowledgeBase, guide: Guide, inline_for, directory: str) -> list[PageSource]:
    """``inline_for(link_prefix)`` gives a fresh InlineRenderer for one page."""
    folder = f"{directory}{guide.slug}/"
    pages = []

    inline = inline_for("../")
    summary = inline.text(guide.summary)
    body = [Html('<p class="summary">{}</p>').format(summary), *_question(guide, guide.questions[guide.start], inline, ""),
            _footer(kb, guide, inline, "", first=True)]
    pages.append(page(inline, inline.text(guide.title), summary, body, f"{folder}index.md"))

    for question in guide.questions.values():
        if question.id == guide.start:
            continue
        inline = inline_for("../../")
        body = [*_question(guide, question, inline, "../"), _footer(kb, guide, inline, "../", first=False)]
        title = inline.text(guide.title)
        pages.append(page(inline, title, inline.text(question.question), body,
                          f"{folder}{question.id}/index.md", in_nav=False))

    inline = inline_for("../../")
    body = [Html('<p class="summary">{}</p>').format(inline.text(guide.summary))]
    for question in guide.questions.values():
        body.extend(_question(guide, question, inline, "../", one_page=True))
    pages.append(page(inline, inline.text(kb.ui("guide-all")), inline.text(guide.summary), body,
                      f"{folder}{ALL_QUESTIONS}/index.md", in_nav=False))
    return pages
