"""Lighthouse reports are read into scores and the audits that cost points."""

from __future__ import annotations

from healthsite.checks.lighthouse import Scores, summarise

REPORT = {
    "finalDisplayedUrl": "http://127.0.0.1:1/ar/no-papers/",
    "categories": {
        "performance": {"score": 0.96, "auditRefs": [{"id": "total-blocking-time", "weight": 30},
                                                     {"id": "diagnostics", "weight": 0}]},
        "seo": {"score": 1, "auditRefs": [{"id": "document-title", "weight": 1}]},
    },
    "audits": {
        "total-blocking-time": {"score": 0.9, "displayValue": "120 ms"},
        "diagnostics": {"score": 0.1},
        "document-title": {"score": 1},
    },
}


def test_scores_are_out_of_a_hundred_and_weighted_shortfalls_are_named():
    scores = summarise(REPORT)
    assert scores.scores == {"performance": 96, "seo": 100}
    assert scores.shortfalls == ["performance: total-blocking-time 120 ms"]


def test_targets_are_those_of_the_issue():
    assert Scores("u", {"performance": 94, "accessibility": 100, "best-practices": 100, "seo": 100}, []).below_target() == ["performance"]
    assert Scores("u", {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}, []).below_target() == []
    # "100 accessibility, best practices and SEO" (issue 16)
    assert Scores("u", {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 95}, []).below_target() == ["seo"]
