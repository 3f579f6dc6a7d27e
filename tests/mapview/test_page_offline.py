"""The page loads nothing from a network: every reference is local (or Qt's qrc:)."""

from __future__ import annotations

import re

REMOTE = re.compile(r"(?:https?|wss?|ftp):", re.I)


def test_references_are_local_files_that_exist(build, tiny_project):
    page = build(tiny_project)
    refs = page.refs().refs
    assert refs, "the page should reference its scripts and styles"
    for tag, attr, value in refs:
        assert not REMOTE.match(value), f"<{tag} {attr}={value}>"
        if value.startswith("qrc:"):
            assert value == "qrc:///qtwebchannel/qwebchannel.js"
            continue
        assert "://" not in value and not value.startswith("/"), value
        assert (page.dir / value).is_file(), f"missing {value}"


def test_no_http_url_anywhere_in_generated_files(build, tiny_project):
    page = build(tiny_project)
    for path in page.generated_files():
        text = path.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, path.name
        assert "//cdn" not in text, path.name


def test_vendored_leaflet_and_markercluster_are_loaded(build, tiny_project):
    scripts = [v for tag, _, v in build(tiny_project).refs().refs if tag == "script"]
    assert "lib/leaflet/leaflet.js" in scripts
    assert "lib/leaflet.markercluster/leaflet.markercluster.js" in scripts
    assert not any("jquery" in s or "bootstrap" in s or "awesome" in s for s in scripts)
    # Leaflet first, our script after it, the data after that
    assert scripts.index("lib/leaflet/leaflet.js") < scripts.index("lib/cp/map.js")


def test_content_security_policy_allows_only_local_sources(build, tiny_project):
    metas = build(tiny_project).refs().meta
    csp = [m["content"] for m in metas if m.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(csp) == 1
    assert "default-src 'none'" in csp[0]
    assert not REMOTE.search(csp[0]) and "*" not in csp[0]


def test_qwebchannel_is_optional_in_the_script(build, tiny_project):
    page = build(tiny_project)
    script = (page.dir / "lib" / "cp" / "map.js").read_text(encoding="utf-8")
    assert "typeof QWebChannel === 'undefined'" in script
    assert "window.cpReady = true" in script


def test_large_layers_are_written_to_files_not_inlined(build, tiny_project):
    page = build(tiny_project)
    assert "FeatureCollection" not in page.html
    assert page.data("villages")["type"] == "FeatureCollection"
    assert page.index.stat().st_size < 50_000
