"""Untrusted strings from the data reach the page as text, never as markup or template code."""

from __future__ import annotations

import html

HOSTILE = "<img src=x onerror=alert(1)>"


def _all_text(page) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in page.generated_files())


def test_hostile_village_name_is_escaped_in_tooltip_and_popup(build, make_project):
    page = build(make_project(hostile_name=HOSTILE))
    features = {f["properties"]["id"]: f["properties"] for f in page.data("villages")["features"]}
    props = features["V2"]
    assert props["t"] == html.escape(HOSTILE)
    assert html.escape(HOSTILE) in props["p"]
    assert "<img" not in props["p"]
    # the commune "Xã <b>Bold</b>" of V3 is text too
    assert "&lt;b&gt;Bold&lt;/b&gt;" in features["V3"]["p"]


def test_no_raw_angle_bracket_from_data_in_any_generated_file(build, make_project):
    page = build(make_project(hostile_name=HOSTILE))
    text = _all_text(page)
    assert "<img" not in text and "\\u003cimg" not in text


def test_script_closing_tag_cannot_escape_the_inline_config(build, make_project):
    project = make_project()
    project.provenance["layers"]["villages"]["source"] = "</script><script>alert(1)</script>"
    project.provenance["layers"]["villages"]["origin"] = "real"
    page = build(project)
    assert page.html.count("</script>") == page.html.count("<script")
    assert "alert(1)" in page.config()["attribution"].replace("&lt;", "<")


def test_template_syntax_in_data_is_not_evaluated(build, make_project):
    project = make_project(hostile_name="{{ 7*7 }}")
    project.provenance["layers"]["communes"]["source"] = "{% raw %}{{ 6*7 }}"
    page = build(project)
    assert "{{ 6*7 }}" in page.config()["attribution"]
    assert page.data("villages")["features"][1]["properties"]["t"] == "{{ 7*7 }}"


def test_site_and_label_strings_are_escaped(build, make_project):
    project = make_project()
    project.cells.loc[0, "operator"] = "<b>Viettel</b>"
    project.cells.loc[2, "site_id"] = "<svg onload=x>"
    project.communes.loc[0, "name"] = "<i>Tả Van</i>"
    page = build(project)
    text = _all_text(page)
    assert "<svg" not in text and "<i>" not in text and "<b>Viettel" not in text
    labels = page.data("communes")["labels"]
    assert labels[0][2] == "&lt;i&gt;Tả Van&lt;/i&gt;"


def test_js_json_round_trips_and_hides_dangerous_sequences():
    import json

    from coverage_planner.mapview.escape import js_json

    value = {"s": "</script><!-- {{ x }} {% if %} {# c #} & \u2028", "n": [1, {"k": None}]}
    text = js_json(value)
    assert json.loads(text) == value
    for bad in ("</", "<!--", "{{", "{%", "{#", "&", "\u2028"):
        assert bad not in text


def test_esc_handles_missing_values():
    from coverage_planner.mapview.escape import esc

    assert esc(None) == "" and esc(float("nan")) == "" and esc(12.0) == "12"
    assert esc('"a" <b>') == "&quot;a&quot; &lt;b&gt;"
