"""Fixtures for the map page tests: build a page and read it back (no browser, no Qt)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

_DRAW = re.compile(r"cpDraw\((map_\w+), (\{.*\})\);", re.S)
_DATA = re.compile(r'^window\.cpData=window\.cpData\|\|\{\};window\.cpData\["(\w+)"\]=(.*);\s*$', re.S)


def page_config(index: Path) -> dict:
    match = _DRAW.search(index.read_text(encoding="utf-8"))
    assert match, "cpDraw call not found"
    return json.loads(match.group(2))


def layer_data(page_dir: Path, key: str):
    match = _DATA.match((page_dir / "data" / f"{key}.js").read_text(encoding="ascii"))
    assert match and match.group(1) == key
    return json.loads(match.group(2))


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.meta: list[dict] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "action", "data", "poster") and value is not None:
                self.refs.append((tag, name, value))
        if tag == "meta":
            self.meta.append(dict(attrs))


def html_refs(index: Path) -> _Refs:
    parser = _Refs()
    parser.feed(index.read_text(encoding="utf-8"))
    return parser


class BuiltPage:
    """A page written by build_map_page, read back."""

    def __init__(self, index: Path) -> None:
        self.index = index
        self.dir = index.parent

    @property
    def html(self) -> str:
        return self.index.read_text(encoding="utf-8")

    def config(self) -> dict:
        return page_config(self.index)

    def data(self, key: str):
        return layer_data(self.dir, key)

    def refs(self) -> _Refs:
        return html_refs(self.index)

    def generated_files(self) -> list[Path]:
        """The page, its data files and our own script/style (not the vendored libraries)."""
        return [self.index, *sorted((self.dir / "data").glob("*.js")),
                *sorted((self.dir / "lib" / "cp").glob("*"))]


@pytest.fixture
def build(tmp_path):
    """build(project, lang="en", **kw) -> BuiltPage, each in its own folder."""
    from coverage_planner.mapview import build_map_page

    counter = iter(range(1000))

    def _build(project, lang="en", **kwargs) -> BuiltPage:
        return BuiltPage(build_map_page(project, tmp_path / f"page{next(counter)}", lang=lang,
                                        **kwargs))

    return _build
