"""The vendored DejaVu fonts (``resources/fonts/dejavu``), registered once with reportlab.

reportlab embeds a subset of each TrueType font it uses, so the PDF shows every Vietnamese
glyph on any machine.
"""

from __future__ import annotations

from functools import lru_cache

from coverage_planner.core.common.paths import RESOURCES

FONT_DIR = RESOURCES / "fonts" / "dejavu"
FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSansCondensed": "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "DejaVuSansCondensed-Bold.ttf",
}
BODY, BOLD, NARROW, NARROW_BOLD = FILES


@lru_cache(maxsize=1)
def register() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    for regular, bold in ((BODY, BOLD), (NARROW, NARROW_BOLD)):
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
