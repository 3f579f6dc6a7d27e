"""Bilingual texts (core.common.text.Text): the language chosen, and the fields filled in."""

from __future__ import annotations

from coverage_planner.core.common.text import Text


def test_render_picks_the_language_and_fills_the_fields():
    t = Text("{n} villages", "{n} thôn")
    assert t.render("vi", n=3) == "3 thôn"
    assert t.render("en", n=3) == "3 villages"
    # without fields the text is shown as it is, braces included (no KeyError)
    assert t.render("en") == "{n} villages"
