"""Legacy Vietnamese encodings: the TCVN3 table, detection of TCVN3 / VNI / cp1258 / UTF-8, and
what the loaders do with each (TCVN3 converted with a warning, VNI refused with the fix)."""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata

import pytest
from badinput.other import TCVN3 as TCVN3_NAMES
from badinput.other import VNI as VNI_NAMES
from badinput.other import legacy_shapefile

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import legacy, read_layer
from coverage_planner.core.project.model import LoadReport

PLACES = """Bản Phố Thôn Làng Mới Tổ dân phố Cốc Lếu Lào Cai Nguyễn Văn Trỗi Hà Nội Mường Khương
Bát Xát Sa Pa Phường Duyên Hải Xã Tả Van Bảo Thắng Văn Bàn Si Ma Cai Bắc Hà Bảo Yên Phố Lu
Xuân Quang Gia Phú Tằng Loỏng Sơn Hải Phong Niên Trì Quang Thái Niên Giao Sơn Thống Nhất Cam
Đường Hợp Thành Tả Phời Đồng Tuyển Vạn Hoà Bình Minh Kim Tân Pom Hán Bắc Lệnh Nam Cường Xuân
Tăng Lũng Vai Nậm Chảy Pha Long Cao Sơn Tả Ngải Chồ Bản Lầu Thanh Bình Lùng Khấu Nhin Tung Chung
Nhà văn hoá thôn Chợ trung tâm Điểm bưu điện Bến xe Cầu Kiều Ngòi Phát Trịnh Tường Dền Thàng
Mường Vi Trạm y tế Trường tiểu học""".split()


def to_tcvn3(text: str) -> bytes:
    """Unicode -> TCVN3 bytes (a capital with a tone takes the small letter's code, as in the
    capital .VnXxxH fonts)."""
    inverse = {v: k for k, v in legacy.TCVN3.items()}
    out = b""
    for c in unicodedata.normalize("NFC", text):
        out += c.encode() if c.isascii() else bytes([inverse.get(c, inverse.get(c.lower()))])
    return out


def to_vni(text: str) -> bytes:
    """Unicode -> VNI-Windows bytes: base letter, then the hat / breve and tone mark byte."""
    tone = {v: k for k, v in legacy.VNI_TONE.items()}
    hat = {v: k for k, v in legacy.VNI_HAT.items()}
    breve = {v: k for k, v in legacy.VNI_BREVE.items()}
    letter = {v: k for k, v in legacy.VNI_LETTER.items()}
    out = b""
    for c in unicodedata.normalize("NFC", text):
        big = c.isupper()
        case = (lambda b: b & ~0x20) if big else (lambda b: b)
        low = c.lower()
        if c.isascii():
            out += c.encode()
            continue
        if low in letter:
            out += bytes([case(letter[low])])
            continue
        base, *marks = unicodedata.normalize("NFD", low)
        t = "".join(m for m in marks if m in legacy.TONES)
        mod = "".join(m for m in marks if m not in legacy.TONES)
        head = (base.upper() if big else base).encode()
        if mod == "\u031b":  # horn: ơ / ư are letters of their own, the tone follows
            out += bytes([case(letter[unicodedata.normalize("NFC", base + mod)])])
            out += bytes([case(tone[t])]) if t else b""
        elif mod == legacy.HAT:
            out += head + bytes([case(hat[t])])
        elif mod == legacy.BREVE:
            out += head + bytes([case(breve[t])])
        else:
            out += head + bytes([case(tone[t])])
    return out


def to_cp1258(text: str) -> bytes:
    out = b""
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:  # cp1258 writes the tone as a combining mark
            parts = unicodedata.normalize("NFD", c)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in legacy.TONES))
            out += base.encode("cp1258") + "".join(
                p for p in parts if p in legacy.TONES).encode("cp1258")
    return out


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs iconv (glibc) to cross-check")
def test_tcvn3_table_matches_glibc():
    """Every code of our VN3 table decodes alike with glibc's TCVN5712-1 (VN1, a superset)."""
    data = bytes(sorted(legacy.TCVN3))
    run = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data,
                         capture_output=True, check=False)
    if run.returncode:
        pytest.skip("this iconv has no TCVN5712-1")
    assert run.stdout.decode() == "".join(legacy.TCVN3[b] for b in sorted(legacy.TCVN3))


def test_tcvn3_known_text():
    text, unknown = legacy.decode_tcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("latin1"))
    assert text == "Cộng hoà xã hội chủ nghĩa Việt Nam" and not unknown
    assert legacy.decode_tcvn3(b"B\xb6N PH\xe8 C\xe8c")[0] == "BẢN PHỐ Cốc"  # capital font
    assert legacy.decode_tcvn3(b"B\xb6n \x85")[1] == [0x85]  # not in the table: reported
    assert len(legacy.TCVN3) == 74 and len(set(legacy.TCVN3.values())) == 74


def test_test_encoders_round_trip():
    for word in PLACES:
        assert legacy.decode_vni(to_vni(word)) == (word, 0), word
        assert unicodedata.normalize("NFC", to_cp1258(word).decode("cp1258")) == word
        assert legacy.decode_tcvn3(to_tcvn3(word))[0] == word, word
    for uni, raw in TCVN3_NAMES.items():  # the corpus' hand-written bytes agree
        assert to_tcvn3(uni) == raw and to_vni(uni) == VNI_NAMES[uni]


@pytest.mark.parametrize("seed", range(40))
def test_detection_of_a_column_of_names(seed):
    rnd = random.Random(seed)
    names = [" ".join(rnd.sample(PLACES, rnd.randint(1, 3))) for _ in range(10)]
    as_bytes = {enc: b"\n".join(map(f, names)) for enc, f in
                (("tcvn3", to_tcvn3), ("vni", to_vni), ("cp1258", to_cp1258))}
    assert legacy.detect_bytes(as_bytes["tcvn3"]) == "tcvn3"
    assert legacy.detect_bytes(as_bytes["vni"]) == "vni"
    assert legacy.detect_bytes(as_bytes["cp1258"]) is None
    assert legacy.detect_bytes("\n".join(names).encode("utf-8")) is None
    # the same, typed in a legacy font but stored as Unicode (Excel, then "CSV UTF-8")
    assert legacy.detect_text(as_bytes["tcvn3"].decode("cp1252", "replace").split("\n")) \
        == "tcvn3"
    assert legacy.detect_text(as_bytes["vni"].decode("cp1252").split("\n")) == "vni"
    assert legacy.detect_text(names) is None


def test_tcvn3_shapefile_is_converted(build, tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    (root / "villages.geojson").write_text("{}")
    legacy_shapefile(root, TCVN3_NAMES)
    report = LoadReport()
    gdf = read_layer(root / "villages.shp", "villages", report=report)
    assert list(gdf["name"]) == ["Bản Phố", "Thôn Làng Mới", "Tổ dân phố 1"]
    assert set(gdf["commune"]) == {"Cốc Lếu"} and set(gdf["district"]) == {"Lào Cai"}
    assert any("TCVN3" in w.en and "TCVN3" in w.vi for w in report.warnings)


def test_vni_shapefile_is_refused_with_the_fix(build, tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    (root / "villages.geojson").write_text("{}")
    legacy_shapefile(root, VNI_NAMES)
    with pytest.raises(DataError) as err:
        read_layer(root / "villages.shp", "villages")
    e = err.value
    assert (e.row, e.column) == (1, "name") and "Baûn Phoá" in str(e)
    assert "VNI" in e.message("en") and "Unikey" in e.message("en")
    assert "VNI" in e.message("vi") and "Unikey" in e.message("vi")


def test_tcvn3_in_a_utf8_csv_is_converted(build, tmp_path):
    path = tmp_path / "wifi.csv"
    path.write_text("wifi_id,name,lon,lat\nW1,Chî L\xb5o Cai,103.97,22.48\n"
                    "W2,Nh\xb5 v\xa8n ho\xb8 th\xabn,103.98,22.48\n", encoding="utf-8")
    report = LoadReport()
    gdf = read_layer(path, "wifi", report=report)
    assert list(gdf["name"]) == ["Chợ Lào Cai", "Nhà văn hoá thôn"]
    assert any("TCVN3" in w.en for w in report.warnings)


def test_cp1258_and_utf8_names_are_left_alone(build, tmp_path):
    names = [" ".join(PLACES[i:i + 2]) for i in range(0, 40, 2)]
    path = tmp_path / "wifi.csv"
    lines = ["wifi_id,name,lon,lat"] + [f"W{i},{n},103.97,22.48" for i, n in enumerate(names)]
    for codec in ("utf-8", "cp1258"):
        data = "\n".join(lines).encode("utf-8") if codec == "utf-8" else b"\n".join(
            to_cp1258(line) for line in lines)
        path.write_bytes(data)
        report = LoadReport()
        assert list(read_layer(path, "wifi", report=report)["name"]) == names
        assert not any("TCVN3" in w.en for w in report.warnings)
