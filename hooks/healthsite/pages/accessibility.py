"""The accessibility statement: one page per edition, saying the target, the tests and the limits.

The tests it describes are the ones in tests/site/browser and tests/site; when a
test is added or dropped, this page and its strings change with it.
"""

from __future__ import annotations

from ..knowledge.model import KnowledgeBase
from ..site_map import ABOUT_TRANSLATIONS_SLUG, ACCESSIBILITY_SLUG
from .documents import PageSource, heading, page
from .inline import InlineRenderer

# The standard's name is the same in every language: data, not prose.
STANDARD = "WCAG 2.2, level AA"
TECHNOLOGY = "JavaScript"


def render_accessibility(kb: KnowledgeBase, inline: InlineRenderer, directory: str) -> PageSource:
    ui = kb.ui

    def paragraphs(*keys: str) -> list[str]:
        return [f"<p>{inline.text(ui(key))}</p>" for key in keys]

    about = f'<a href="{inline.link_prefix}{ABOUT_TRANSLATIONS_SLUG}/">{inline.text(ui("about-link"))}</a>'
    summary = inline.text(ui("a11y-summary"))
    body = [
        f'<p class="summary">{summary}</p>',
        f'<p>{inline.text(ui("a11y-target"), standard=STANDARD)}</p>',
        heading(inline, ui("a11y-how"), "how-we-test"),
        '<ul class="bullets">' + "".join(
            f"<li>{inline.text(ui(key))}</li>" for key in ("a11y-test-browser", "a11y-test-axe", "a11y-test-html", "a11y-test-phone")
        ) + f'<li>{inline.text(ui("a11y-test-no-script"), technology=TECHNOLOGY)}</li></ul>',
        heading(inline, ui("a11y-limits"), "limits"),
        *paragraphs("a11y-limit-people"),
        f'<p>{inline.text(ui("a11y-limit-translations"))} {about}</p>',
        *paragraphs("a11y-limit-leaflets", "a11y-help"),
    ]
    return page(inline, inline.text(ui("a11y-title")), summary, body, f"{directory}{ACCESSIBILITY_SLUG}/index.md")
