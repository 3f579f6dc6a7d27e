"""Legend, layer names and attribution in Vietnamese and English; synthetic layers say so."""

from __future__ import annotations


def test_vietnamese_texts(build, tiny_project):
    config = build(tiny_project, lang="vi").config()
    assert config["lang"] == "vi"
    assert "Chú giải" in config["legend"]
    assert "Đã có hộ dùng cáp quang" in config["legend"]
    names = " ".join(layer["name"] for layer in config["layers"])
    assert "Thôn, bản, tổ dân phố" in names and "Trạm BTS Viettel" in names
    assert "GIẢ LẬP" in config["attribution"]


def test_english_texts(build, tiny_project):
    config = build(tiny_project, lang="en").config()
    assert "Legend" in config["legend"]
    assert "Has fiber subscribers" in config["legend"]
    names = " ".join(layer["name"] for layer in config["layers"])
    assert "Villages / residential groups" in names and "Viettel sites" in names
    assert "Public Wi-Fi points" in names


def test_attribution_names_synthetic_and_real_layers(build, tiny_project):
    attribution = build(tiny_project, lang="en").config()["attribution"]
    real, synthetic = attribution.split("SYNTHETIC")
    assert "communes" in real and "censusVN2009 (MIT)" in real
    for name in ("villages", "cell sites", "fiber network", "public Wi-Fi"):
        assert name in synthetic
    # the legend repeats the warning where the user looks
    assert "SYNTHETIC" in build(tiny_project, lang="en").config()["legend"]


def test_no_provenance_no_synthetic_claim(build, make_project):
    config = build(make_project(with_provenance=False)).config()
    assert "SYNTHETIC" not in config["attribution"] and "SYNTHETIC" not in config["legend"]


def test_popup_labels_follow_language(build, tiny_project):
    vi = build(tiny_project, lang="vi").data("villages")["features"][0]["properties"]["p"]
    en = build(tiny_project, lang="en").data("villages")["features"][0]["properties"]["p"]
    assert "Số hộ" in vi and "Households" in en
    assert "Xã Tả Van" in vi and "Thị xã Sa Pa" in en


def test_layer_specs(build, tiny_project):
    config = build(tiny_project).config()
    keys = [layer["key"] for layer in config["layers"]]
    assert keys[0] == "villages"  # drawn first, outlines above it
    for key in ("communes", "districts", "fiber_cables", "fiber_access_points", "sites_viettel",
                "sites_vnpt", "sites_mobifone", "sites_5g", "wifi"):
        assert key in keys
    specs = {layer["key"]: layer for layer in config["layers"]}
    assert specs["sites_viettel"]["options"]["cluster"] is True
    assert specs["sites_5g"]["options"]["cluster"] is False
    south, west = config["bounds"][0]
    north, east = config["bounds"][1]
    assert (south, west, north, east) == (22.3, 103.8, 22.34, 103.84)
