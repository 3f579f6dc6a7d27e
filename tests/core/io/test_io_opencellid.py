"""OpenCelliD exports: detection by header, defaults, carriers, site ids."""

from __future__ import annotations

import numpy as np
import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder, read_layer
from coverage_planner.core.io.opencellid import EIRP_DBM, HEIGHT_M
from coverage_planner.core.project.model import LoadReport

HEADER = ("radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,"
          "averageSignal")
ROWS = [
    "LTE,452,4,12345,26141953,0,103.985,22.495,1000,12,1,1500000000,1600000000,0",
    "LTE,452,4,12345,26141954,0,103.985,22.495,1000,12,1,1500000000,1600000000,0",
    "GSM,452,2,1234,56781,0,103.99,22.49,800,3,1,1500000000,1600000000,0",
    "UMTS,452,1,22,1310731,0,103.975,22.485,900,5,1,1500000000,1600000000,0",
    "NR,452,4,7,41943041,0,104.0,22.487,300,2,1,1500000000,1600000000,0",
    "CDMA,452,3,1,17,0,104.0,22.487,300,2,1,1500000000,1600000000,0",
    "LTE,452,8,9,2561,0,104.01,22.488,300,2,1,1500000000,1600000000,0",
]


def write(tmp_path, header=True):
    path = tmp_path / "sites.csv"
    path.write_text("\n".join(([HEADER] if header else []) + ROWS) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("header", [True, False])
def test_opencellid_csv(tmp_path, header):
    report = LoadReport()
    cells = read_layer(write(tmp_path, header), "cells", report=report)
    assert len(cells) == 6  # the CDMA row is dropped
    assert cells["technology"].tolist() == ["4G", "4G", "2G", "3G", "5G", "4G"]
    assert cells["operator"].tolist() == ["Viettel", "Viettel", "VNPT", "MobiFone", "Viettel",
                                          "452-08"]
    assert cells["site_id"].tolist() == ["452-04-L102117", "452-04-L102117", "452-02-G1234-5678",
                                         "452-01-U20-1", "452-04-N10240", "452-08-L10"]
    assert cells["cell_id"].tolist()[:2] == ["26141953", "26141954"]
    assert cells["frequency_mhz"].tolist() == [1800, 1800, 900, 2100, 3500, 1800]
    assert (cells["height_m"] == HEIGHT_M).all()
    assert cells["eirp_dbm"].tolist() == [EIRP_DBM[t] for t in cells["technology"]]
    assert np.isnan(cells["azimuth_deg"]).all() and np.isnan(cells["beamwidth_deg"]).all()
    assert (cells["tilt_deg"] == 0).all()
    assert cells["lon"].iloc[0] == pytest.approx(103.985)
    texts = " ".join(w.en for w in report.warnings)
    assert "OpenCelliD file, 6 cells" in texts and "1 cell(s) of other radios" in texts


def test_opencellid_in_a_folder(build, tmp_path):
    root = build.folder({"sites.csv": None})
    write(root)
    project = load_folder(root)
    assert len(project.cells) == 6
    assert set(project.cells["operator"]) == {"Viettel", "VNPT", "MobiFone", "452-08"}


def test_opencellid_bad_number_names_row(tmp_path):
    path = write(tmp_path)
    path.write_text(path.read_text().replace("452,2,1234", "452,x2,1234"), encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_layer(path, "cells")
    assert err.value.row == 3 and err.value.column == "net"
