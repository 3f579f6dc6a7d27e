"""Legacy Vietnamese 8-bit font encodings: TCVN3 (ABC) is converted to Unicode, VNI refused.

Before Unicode, Vietnamese text was typed with font encodings: the bytes are the ASCII letters
plus high bytes that the .VnTime (TCVN3, "ABC") or VNI-Times fonts draw as Vietnamese letters.
Read as cp1252 / Latin-1 / cp1258 they show tell-tale characters: TCVN3 ``B¶n Phè`` and VNI
``Baûn Phoá`` both stand for ``Bản Phố``.

Detection compares how Vietnamese a text looks (:func:`score`: the share of its words made of
Vietnamese letters with at most one tone mark) read as cp1258, as TCVN3 and as VNI:

- TCVN3 puts each toned vowel in one byte; :data:`TCVN3` is its table (TCVN 5712:1993, the VN3
  subset used by the ABC fonts: the 7 capitals Ă Â Ê Ô Ơ Ư Đ, their small letters and the 60
  small vowels with a tone). Capitals with a tone have no code in VN3 (they were typed in the
  capital .VnXxxH fonts), so a byte outside the table is refused rather than guessed.
- VNI writes a base letter then a mark byte (``a`` + ``û`` = ả); a text whose high bytes all
  follow that grammar is VNI. It is refused with the fix (convert with Unikey), not converted.
"""

from __future__ import annotations

import re
import unicodedata

#: TCVN3 (ABC) byte -> letter; bytes below 0x80 are ASCII, 0xA0 a no-break space
TCVN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # each vowel with grave, hook above, tilde, acute, dot below
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
HAT, BREVE = "\u0302", "\u0306"
TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)
#: VNI-Windows: mark bytes (small; the capital forms are 0x20 lower) following a base letter
VNI_TONE = {0xF8: GRAVE, 0xFB: HOOK, 0xF5: TILDE, 0xF9: ACUTE, 0xEF: DOT}
VNI_HAT = {0xE2: "", 0xE0: GRAVE, 0xE5: HOOK, 0xE3: TILDE, 0xE1: ACUTE, 0xE4: DOT}
VNI_BREVE = {0xEA: "", 0xE8: GRAVE, 0xFA: HOOK, 0xFC: TILDE, 0xE9: ACUTE, 0xEB: DOT}
#: VNI-Windows letters of their own (small; capitals 0x20 lower)
VNI_LETTER = {0xF1: "đ", 0xF4: "ơ", 0xF6: "ư", 0xEC: "ì", 0xE6: "ỉ", 0xF3: "ĩ", 0xED: "í",
              0xF2: "ị", 0xEE: "ỵ"}
_VOWELS = "aăâeêioôơuưy"
#: vowels (NFD) that may take a tone mark byte in VNI
_TONELESS = {unicodedata.normalize("NFD", v) for v in _VOWELS + _VOWELS.upper()}
VIETNAMESE = {unicodedata.normalize("NFC", v + t) for v in _VOWELS + _VOWELS.upper()
              for t in ("", *TONES)} | set("đĐ")
#: non-ASCII characters that are neither letters nor tell-tales (punctuation in any encoding)
NEUTRAL = "\u00a0–—‘’“”…°•€₫"
#: a plain a / e / o next to one with a hat or breve ("aâ", "eê", "oô"): never Vietnamese, but
#: what VNI text (base letter + mark byte) looks like when read as cp1258
_DOUBLED = re.compile(r"([aeo]) \1\*|([aeo])\*\2 ")
_TOKEN = re.compile(rf"[^\s!-@\[-`{{-~{NEUTRAL}]+")


def score(text: str) -> float:
    """Share of the words with non-ASCII letters that read as Vietnamese (1.0 when none)."""
    good = total = 0
    for token in _TOKEN.findall(text):
        if token.isascii():
            continue
        total += 1
        word = unicodedata.normalize("NFC", token)
        letters = all(c.isascii() or c in VIETNAMESE for c in word)
        tones = sum(c in TONES for c in unicodedata.normalize("NFD", word))
        good += letters and tones <= 1 and not _DOUBLED.search(_bases(word))
    return good / total if total else 1.0


def _bases(word: str) -> str:
    """Base letter + '*' for a letter with a hat, breve or horn: 'Taân' -> 't a a*n '."""
    out = []
    for c in word.lower():
        parts = unicodedata.normalize("NFD", c)
        out.append(parts[0] + ("*" if set(parts) & {HAT, BREVE, "\u031b"} else " "))
    return "".join(out)


def decode_tcvn3(data: bytes) -> tuple[str, list[int]]:
    """TCVN3 bytes as text, and the high bytes not in the table (shown as U+FFFD)."""
    out, unknown = [], []
    for b in data:
        if b < 0x80:
            out.append(chr(b))
        elif b == 0xA0:
            out.append("\u00a0")
        elif b in TCVN3:
            out.append(TCVN3[b])
        else:
            out.append("\ufffd")
            unknown.append(b)
    text = "".join(out)
    return _capital_words(text), unknown


def _capital_words(text: str) -> str:
    """Words typed in a capital .VnXxxH font: ASCII capitals, small TCVN3 letters -> capitals."""
    def upper(m: re.Match) -> str:
        word = m.group(0)
        ascii_letters = [c for c in word if c.isascii() and c.isalpha()]
        if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters):
            return word.upper()
        return word

    return re.sub(r"\w+", upper, text)


def decode_vni(data: bytes) -> tuple[str, int]:
    """VNI-Windows bytes as text, and how many high bytes break the VNI grammar."""
    out: list[str] = []
    bad = 0
    for b in data:
        if b < 0x80:
            out.append(chr(b))
            continue
        small = b | 0x20
        prev = out[-1] if out else ""
        base = unicodedata.normalize("NFD", prev)
        if small in VNI_LETTER:
            letter = VNI_LETTER[small]
            out.append(letter if b == small else letter.upper())
        elif small in VNI_TONE and base in _TONELESS:
            out[-1] = unicodedata.normalize("NFC", prev + VNI_TONE[small])
        elif small in VNI_HAT and base.lower() in ("a", "e", "o"):
            out[-1] = unicodedata.normalize("NFC", prev + HAT + VNI_HAT[small])
        elif small in VNI_BREVE and base.lower() == "a":
            out[-1] = unicodedata.normalize("NFC", prev + BREVE + VNI_BREVE[small])
        else:
            out.append("\ufffd")
            bad += 1
    return "".join(out), bad


def classify(data: bytes, baseline: float) -> str | None:
    """``"tcvn3"``, ``"vni"`` or None for ``data`` whose usual reading scores ``baseline``."""
    high = sum(b >= 0x80 for b in data)
    if not high or baseline >= 0.95:
        return None
    vni_text, vni_bad = decode_vni(data)
    if vni_bad <= 0.05 * high and score(vni_text) >= max(baseline, 0.8):
        return "vni"
    tcvn_text, unknown = decode_tcvn3(data)
    tcvn = score(tcvn_text.replace("\ufffd", ""))
    if len(unknown) <= 0.2 * high and tcvn >= 0.8 and tcvn > baseline:
        return "tcvn3"
    return None


def detect_bytes(data: bytes) -> str | None:
    """Encoding of raw text bytes: ``"tcvn3"``, ``"vni"``, or None (UTF-8, cp1258, unknown)."""
    if data.isascii():
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    return classify(data, score(data.decode("cp1258", "replace")))


def as_bytes(text: str) -> bytes | None:
    """The 8-bit bytes a font-encoded string was typed as (cp1252, else Latin-1), or None."""
    for codec in ("cp1252", "latin1"):
        try:
            return text.encode(codec)
        except UnicodeEncodeError:
            continue
    return None


def detect_text(texts: list[str]) -> str | None:
    """``"tcvn3"`` or ``"vni"`` when Unicode text holds font-encoded characters (``B¶n Phè``)."""
    baseline = score("\n".join(texts))
    if baseline >= 0.95:
        return None
    typed = [b for b in map(as_bytes, texts) if b is not None and not b.isascii()]
    return classify(b"\n".join(typed), baseline) if typed else None


def example(data: bytes) -> str:
    """A font-encoded value as it shows when read as cp1252 (what the user sees)."""
    return data.decode("cp1252", "replace")[:40]
