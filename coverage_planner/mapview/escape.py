"""Everything that reaches the map page goes through these: HTML text is escaped, data is JSON.

Strings from data files (village names, operators, notes) are untrusted: a village named
``<img src=x onerror=alert(1)>`` must show as text. HTML fragments (tooltips, popups, legend,
layer names) are built here with :func:`esc`; data and configuration are serialised with
:func:`js_json`, which also keeps ``<``, ``>`` and ``&`` out of the output so that JSON can sit
inside an inline ``<script>`` without ending it.
"""

from __future__ import annotations

import html
import json
import math
import re

_JS_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


# folium/branca re-parse rendered scripts as Jinja templates: "{{", "{%" and "{#" must never
# appear. In JSON text they can only occur inside strings (an object starts with '"' or '}'),
# where "\u007b" means the same "{".
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def text_of(value) -> str:
    """A cell value as display text: missing values (None, NaN) become an empty string."""
    if type(value) is str:  # the usual case, first: this runs for every cell of big tables
        return value
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def esc(value) -> str:
    """HTML-escape a value for use as text or in a quoted attribute."""
    return html.escape(text_of(value), quote=True)


def js_json(obj) -> str:
    """JSON safe to embed in a script (inline or in a ``.js`` file); non-ASCII as ``\\u`` escapes.

    Also safe from template engines: no ``{{``, ``{%`` or ``{#`` in the output.
    """
    out = json.dumps(obj, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    for char, repl in _JS_UNSAFE.items():
        out = out.replace(char, repl)
    return _JINJA_OPEN.sub(r"\\u007b", out)
