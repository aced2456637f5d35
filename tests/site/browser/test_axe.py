"""axe-core finds no accessibility violation on the pages people use most, in every language."""

from __future__ import annotations

import pytest

from tests.conftest import CODES

# The language chooser, a situation sheet, the decision guide and the glossary.
PAGES = ["no-papers/", "which-situation/", "glossary/"]
# Every WCAG 2.0-2.2 A and AA rule, plus axe's best practices.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def violations(page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
                    for node in violation["nodes"][:3])
        for violation in result["violations"]
    ]


def test_language_chooser_has_no_violation(phone, server, axe_source):
    phone.goto(server)
    assert violations(phone, axe_source) == []


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("code", CODES)
def test_page_has_no_violation(phone, server, axe_source, code, path):
    phone.goto(f"{server}{code}/{path}")
    assert violations(phone, axe_source) == []
