"""Drive tests: generic CSV (English and Vietnamese headers), G-NetTrack logs, bad rows,
encodings, and the optional measurements of a data folder."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder
from coverage_planner.core.io.measurements import MAX_BAD_SHARE, OUTPUT, read_measurements
from coverage_planner.core.project.model import LoadReport

EN = """lon,lat,value_dbm,kind,operator,technology,cell_id,time
104.05,22.48,-85.5,RSRP,Viettel,4G,VTL-0001-4G-1,2024-05-01T10:00:00
104.06,22.49,-95,,Vinaphone,3G,77,2024-05-01T10:00:01
104.07,22.50,-101,RxLev,mobifone,,,
"""

VI = """Kinh độ;Vĩ độ;Mức thu (dBm);Nhà mạng;CÔNG NGHỆ;Loại đo;Mã cell;Thời gian
104,05;22,48;-85,5;VNPT-Vinaphone;LTE;;12;01/05/2024 10:00:00
104,06;22,49;-71;Viettel;5G;SS-RSRP;;02/05/2024 08:30:00
"""

# G-NetTrack's log: tab-separated, every line ends with a tab; a row without service
GNETTRACK = (
    "Timestamp\tLongitude\tLatitude\tSpeed\tOperatorname\tOperator\tCGI\tCellname\tNode\t"
    "CellID\tLAC\tNetworkTech\tNetworkMode\tLevel\tQual\tSNR\tCQI\tLTERSSI\tARFCN\t\n"
    "2024.05.01_10.00.00\t104.050000\t22.480000\t35\tViettel\t45204\t452-04-1234-56789\t\t"
    "1234\t56789\t1234\tLTE\tLTE\t-97\t-11\t8.0\t9\t-70\t1650\t\n"
    "2024.05.01_10.00.01\t104.050500\t22.480300\t35\tVN VINAPHONE\t45202\t452-02-11-22\t\t"
    "11\t22\t11\tHSPA+\tHSPA\t-88\t-6\t\t\t\t10700\t\n"
    "2024.05.01_10.00.02\t104.051000\t22.480600\t36\tMobiFone\t45201\t452-01-5-6\t\t5\t6\t"
    "5\tEDGE\tGSM\t-75\t0\t\t\t\t60\t\n"
    "2024.05.01_10.00.03\t104.051500\t22.480900\t36\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n"
)


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: a letter the code page lacks is its base plus a combining tone."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            out += unicodedata.normalize("NFC", parts[:-1]).encode("cp1258")
            out += parts[-1].encode("cp1258")
    return out


def write(tmp_path, text: str, name: str = "measurements.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_generic_english_headers(tmp_path):
    df = read_measurements(write(tmp_path, EN))
    assert list(df.columns) == OUTPUT
    assert df["value_dbm"].tolist() == [-85.5, -95.0, -101.0]
    # kind from the technology, technology from the kind; carriers canonical
    assert df["kind"].tolist() == ["RSRP", "RSCP", "RxLev"]
    assert df["technology"].tolist() == ["4G", "3G", "2G"]
    assert df["operator"].tolist() == ["Viettel", "VNPT", "MobiFone"]
    assert df["cell_id"].tolist() == ["VTL-0001-4G-1", "77", ""]
    assert pd.api.types.is_datetime64_any_dtype(df["time"])
    assert df["time"].iloc[0] == pd.Timestamp("2024-05-01 10:00:00")
    assert pd.isna(df["time"].iloc[2])


def test_generic_vietnamese_headers_semicolons_and_decimal_commas(tmp_path):
    report = LoadReport()
    df = read_measurements(write(tmp_path, VI), report=report)
    assert df["lon"].tolist() == [104.05, 104.06]
    assert df["value_dbm"].tolist() == [-85.5, -71.0]
    assert df["operator"].tolist() == ["VNPT", "Viettel"]
    assert df["technology"].tolist() == ["4G", "5G"]
    assert df["kind"].tolist() == ["RSRP", "SS-RSRP"]
    assert df["time"].iloc[0] == pd.Timestamp("2024-05-01 10:00:00")  # day first
    mapped = report.mapped_columns["measurements"]
    assert mapped["Kinh độ"] == "lon" and mapped["Mức thu (dBm)"] == "value_dbm"
    assert mapped["CÔNG NGHỆ"] == "technology" and mapped["Thời gian"] == "time"


def test_value_column_named_after_its_quantity_gives_the_kind(tmp_path):
    text = "longitude,latitude,RSCP,carrier\n104.05,22.48,-90,Viettel\n"
    df = read_measurements(write(tmp_path, text))
    assert df[["kind", "technology"]].iloc[0].tolist() == ["RSCP", "3G"]


def test_gnettrack_log(tmp_path):
    report = LoadReport()
    df = read_measurements(write(tmp_path, GNETTRACK, "log.txt"), report=report)
    assert len(df) == 3  # the row without service is skipped
    assert df["technology"].tolist() == ["4G", "3G", "2G"]
    assert df["kind"].tolist() == ["RSRP", "RSCP", "RxLev"]
    assert df["operator"].tolist() == ["Viettel", "VNPT", "MobiFone"]
    assert df["cell_id"].tolist() == ["56789", "22", "6"]
    assert df["value_dbm"].tolist() == [-97.0, -88.0, -75.0]
    assert df["time"].iloc[1] == pd.Timestamp("2024-05-01 10:00:01")
    text = " ".join(w.en for w in report.warnings)
    assert "G-NetTrack" in text and "1 row(s) without a level" in text


def many_rows(n: int, bad: dict) -> str:
    lines = ["lon,lat,value_dbm,technology,operator"]
    for i in range(n):
        lines.append(bad.get(i + 1, f"{104 + i * 1e-4:.4f},22.5,-90,4G,Viettel"))
    return "\n".join(lines) + "\n"


def test_a_few_bad_rows_are_dropped_with_row_numbers_and_fixes(tmp_path):
    bad = {3: "104.0,22.5,-200,4G,Viettel", 7: "22.5,104.0,-90,4G,Viettel",
           9: "104.0,22.5,-90,6G,Viettel"}
    report = LoadReport()
    df = read_measurements(write(tmp_path, many_rows(100, bad)), report=report)
    assert len(df) == 97
    text = "\n".join(w.en for w in report.warnings)
    assert "3 bad row(s) of 100 dropped" in text
    assert "row 3, column 'value_dbm'" in text and "-200 dBm is not plausible" in text
    assert "row 7" in text and "swapped" in text
    assert "row 9, column 'technology'" in text and "unknown technology '6G'" in text
    assert "Fix:" in text
    vi = "\n".join(w.vi for w in report.warnings)
    assert "dòng 3" in vi and "Cách sửa" in vi


def test_many_bad_rows_refuse_the_file(tmp_path):
    n = 40
    bad = {i: "104.0,22.5,-5,4G,Viettel" for i in range(5, 5 + int(MAX_BAD_SHARE * n) + 2)}
    with pytest.raises(DataError) as info:
        read_measurements(write(tmp_path, many_rows(n, bad)))
    err = info.value
    assert err.row == 5 and err.column == "value_dbm"
    assert "too many" in err.message("en") and "ASU" in err.fix.en
    assert "quá nhiều" in err.message("vi")


@pytest.mark.parametrize("row, column, needle", [
    ("0,0,-90,4G,Viettel", "lon", "no GPS fix"),
    ("581234,2487654,-90,4G,Viettel", "lon", "out of range"),
    ("104.0,22.5,abc,4G,Viettel", "value_dbm", "'abc' is not a number"),
    (",22.5,-90,4G,Viettel", "lon", "missing"),
])
def test_each_kind_of_bad_row_is_named(tmp_path, row, column, needle):
    with pytest.raises(DataError) as info:  # one row of two: too many to drop
        read_measurements(write(tmp_path, many_rows(2, {2: row})))
    assert (info.value.row, info.value.column) == (2, column)
    assert needle in info.value.problem.en


def test_kind_that_another_technology_measures(tmp_path):
    text = "lon,lat,value_dbm,technology,kind\n104,22.5,-90,2G,RSRP\n"
    with pytest.raises(DataError) as info:
        read_measurements(write(tmp_path, text))
    assert info.value.column == "kind" and "not what this technology measures" in \
        info.value.problem.en


def test_missing_columns_are_refused_with_the_accepted_names(tmp_path):
    with pytest.raises(DataError) as info:
        read_measurements(write(tmp_path, "lon,lat,operator\n104,22.5,Viettel\n"))
    assert info.value.column == "value_dbm" and "muc_thu" in info.value.fix.en
    with pytest.raises(DataError) as info:
        read_measurements(write(tmp_path, "lon,lat,value\n104,22.5,-90\n"))
    assert info.value.column == "technology"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1258"])
def test_encodings(tmp_path, encoding):
    text = "Kinh độ,Vĩ độ,Cường độ (dBm),Nhà mạng,Công nghệ\n104.05,22.48,-99,Viễn Thông X,4G\n"
    if encoding == "cp1258":  # (the helper encodes tone marks over a one-mark base only)
        text = "lon,lat,Mức thu (dBm),Nhà mạng,tech\n104.05,22.48,-99,Viễn Thông X,4G\n"
        path = tmp_path / "m.csv"
        path.write_bytes(cp1258(text))
    else:
        path = write(tmp_path, text, "m.csv", encoding)
    df = read_measurements(path)
    assert df["value_dbm"].tolist() == [-99.0]
    assert df["operator"].tolist() == ["Viễn Thông X"]  # unknown carriers kept as written


def test_folder_loads_measurements_and_checks_clutter(build, tmp_path):
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    root = build.folder()
    assert load_folder(root).measurements is None
    (root / "measurements.csv").write_text(EN, encoding="utf-8")
    project = load_folder(root)
    assert len(project.measurements) == 3 and project.clutter_path is None
    profile = {"driver": "GTiff", "dtype": "uint8", "count": 1, "width": 4, "height": 4,
               "crs": "EPSG:4326", "transform": from_origin(103.9, 22.6, 0.05, 0.05)}
    with rasterio.open(root / "clutter.tif", "w", **profile) as dst:
        dst.write(np.full((4, 4), 5, np.uint8), 1)
    assert load_folder(root).clutter_path == root / "clutter.tif"
    with rasterio.open(root / "clutter.tif", "w", **profile) as dst:
        dst.write(np.full((4, 4), 9, np.uint8), 1)
    with pytest.raises(DataError) as info:
        load_folder(root)
    assert "clutter code 9" in info.value.problem.en
