"""The parts a reviewer works through: each sheet's own texts, the guide, and the shared texts.

A sheet's page also shows texts that are not its own: the interface (standard section
headings, "Sources", the leaflet links), phone labels, term names and explanations,
organisation descriptions and the words for durations. They appear on many pages and
are reviewed once, as the part ``shared``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge.model import KnowledgeBase, PluralText, Text

SHARED = "shared"


@dataclass(frozen=True)
class MessageGroup:
    name: str  # a sheet's slug, the guide's slug, or SHARED
    messages: tuple[Text | PluralText, ...]


def shared_messages(kb: KnowledgeBase) -> tuple[Text | PluralText, ...]:
    own = {message.key for group in page_groups(kb) for message in group.messages}
    return tuple(message for message in kb.texts() if message.key not in own)


def page_groups(kb: KnowledgeBase) -> list[MessageGroup]:
    """Each sheet's and the guide's own texts, in navigation order (the guide by its order)."""
    groups = [(sheet.order, MessageGroup(sheet.slug, tuple(sheet.texts()))) for sheet in kb.sheets]
    if kb.guide:
        groups.append((kb.guide.order, MessageGroup(kb.guide.slug, tuple(kb.guide.texts()))))
    return [group for _, group in sorted(groups, key=lambda pair: pair[0])]


def message_groups(kb: KnowledgeBase) -> list[MessageGroup]:
    """Every message exactly once: the pages' own texts, then the shared ones."""
    return page_groups(kb) + [MessageGroup(SHARED, shared_messages(kb))]


def group(kb: KnowledgeBase, name: str) -> MessageGroup:
    for candidate in message_groups(kb):
        if candidate.name == name:
            return candidate
    names = ", ".join(candidate.name for candidate in message_groups(kb))
    raise KeyError(f"no sheet or part called {name!r}: choose one of {names}")
