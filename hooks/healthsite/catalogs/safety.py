"""What a translation may contain: the same placeholders and digits as its source, no markup.

These rules protect readers twice: the checks report a bad translation to
translators, and the translator refuses to use one on the site (it falls back to
English), so catalogue text can never inject HTML, links or script.
"""

from __future__ import annotations

import re

from ..knowledge.references import placeholders

MARKUP = re.compile(r"[<>]|&#?\w+;|\]\(|https?://|www\.|javascript:", re.IGNORECASE)
# Western digits, and the Arabic-Indic and Persian digits a translator might type instead.
_DIGIT_RUNS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:][0-9\u0660-\u0669\u06f0-\u06f9]+)*")
_PLACEHOLDER_OR_DIGITS_IN_IT = re.compile(r"\{[^{}]*\}")


def numbers(text: str) -> list[str]:
    """Digit groups outside placeholders, normalised: "8:00" and "8.00" compare equal."""
    bare = _PLACEHOLDER_OR_DIGITS_IN_IT.sub(" ", text)
    return sorted(re.sub(r"[.,:]", ":", run) for run in _DIGIT_RUNS.findall(bare))


def problems_with(source: str, translation: str) -> list[str]:
    """Why ``translation`` cannot stand for ``source`` (empty list: it can)."""
    found = []
    if placeholders(translation) != placeholders(source):
        found.append(f"placeholders differ: source has {placeholders(source)}, translation has {placeholders(translation)}")
    if numbers(translation) != numbers(source):
        found.append(f"numbers differ: source has {numbers(source)}, translation has {numbers(translation)}")
    if MARKUP.search(translation):
        found.append("contains markup, a link or a web address: translations are plain text")
    return found
