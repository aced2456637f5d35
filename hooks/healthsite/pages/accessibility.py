"""The accessibility statement: one page per edition, saying the target, the tests and the limits.

The tests it describes are the ones in tests/site/browser and tests/site; when a
test is added or dropped, this page and its strings change with it.
"""

from __future__ import annotations

from ..knowledge.model import KnowledgeBase
from ..site_map import ABOUT_TRANSLATIONS_SLUG, ACCESSIBILITY_SLUG
from .documents import PageSource, heading, page
from .escape import Html
from .inline import InlineRenderer
from .model import Heading

# The standard's name is the same in every language: data, not prose.
STANDARD = "WCAG 2.2, level AA"
TECHNOLOGY = "JavaScript"


def render_accessibility(kb: KnowledgeBase, inline: InlineRenderer, directory: str) -> PageSource:
    ui = kb.ui

    def paragraphs(*keys: str) -> list[Html]:
        return [Html("<p>{}</p>").format(inline.text(ui(key))) for key in keys]

    about = Html('<a href="{}{}/">{}</a>').format(inline.link_prefix, ABOUT_TRANSLATIONS_SLUG, inline.text(ui("about-link")))
    summary = inline.text(ui("a11y-summary"))
    tests = [inline.text(ui(key)) for key in ("a11y-test-browser", "a11y-test-axe", "a11y-test-html", "a11y-test-phone")]
    tests.append(inline.text(ui("a11y-test-no-script"), technology=TECHNOLOGY))
    body: list[Html | Heading] = [
        Html('<p class="summary">{}</p>').format(summary),
        Html("<p>{}</p>").format(inline.text(ui("a11y-target"), standard=STANDARD)),
        heading(inline, ui("a11y-how"), "how-we-test"),
        Html('<ul class="bullets">{}</ul>').format(Html().join(Html("<li>{}</li>").format(test) for test in tests)),
        heading(inline, ui("a11y-limits"), "limits"),
        *paragraphs("a11y-limit-people"),
        Html("<p>{} {}</p>").format(inline.text(ui("a11y-limit-translations")), about),
        *paragraphs("a11y-limit-leaflets", "a11y-help"),
    ]
    return page(inline, inline.text(ui("a11y-title")), summary, body, f"{directory}{ACCESSIBILITY_SLUG}/index.md")
