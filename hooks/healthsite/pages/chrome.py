"""What surrounds every page's content: the emergency bar and links to the other editions.

Rendered here, as plain HTML strings from the knowledge base and catalogues, so the
theme templates only place them and any renderer could reuse them.
"""

from __future__ import annotations

from ..knowledge.model import KnowledgeBase
from .escape import html_text, strip_tags
from .inline import InlineRenderer, phone_link

EMERGENCY_NUMBERS = (("112", "emergency-112"), ("1733", "emergency-1733"))


def emergency_bar(kb: KnowledgeBase, inline: InlineRenderer) -> str:
    """Tap-to-call 112 and 1733, on every page, in the reader's language."""
    items = [f"<li>{number} <span>{label}</span></li>" for number, label in emergency_numbers(kb, inline)]
    label = inline.text(kb.ui("emergency-label"))
    return (
        f'<nav class="emergency-bar" aria-label="{html_text(strip_tags(label))}">'
        f'<strong class="emergency-bar__label">{label}</strong><ul>{"".join(items)}</ul></nav>'
    )


def emergency_numbers(kb: KnowledgeBase, inline: InlineRenderer) -> list[tuple[str, str]]:
    """(tap-to-call number, what it is for) for 112 and 1733, as HTML: pages and leaflets show the same."""
    return [(phone_link(kb.phones[ident].number, kb.phones[ident].tel), inline.text(kb.ui(key)))
            for ident, key in EMERGENCY_NUMBERS]


def edition_links(kb: KnowledgeBase, page_path: str) -> list[dict[str, str]]:
    """The same page in every edition, as site-root-relative links.

    ``page_path`` is the page's path inside an edition ("" for its home page,
    "emergencies/" for a sheet): every edition has every page, so the link always exists.
    """
    return [
        {"name": language.name, "link": f"{language.code}/{page_path}", "lang": language.code}
        for language in kb.languages.editions
    ]
