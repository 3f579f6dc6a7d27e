"""The calibration in the exports: the figure (PNG, both languages), the PDF report's calibration
page and status line, the files' descriptions."""

from __future__ import annotations

import io
from dataclasses import replace

import numpy as np
import pytest
from calibration_world import write_calibration_folder

from coverage_planner.core.analysis.calibration import calibrate, predict_at_samples

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from coverage_planner.core.analysis.villages import analyse
    from coverage_planner.core.io import load_folder

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path_factory.mktemp("cache")))
        root = write_calibration_folder(tmp_path_factory.mktemp("data"))
        project = load_folder(root)
        result = analyse(project, workers=1)
        cal = calibrate(predict_at_samples(project, project.profile, project.measurements),
                        project.profile)
        yield project, result, cal


def test_the_figure_in_both_languages(world):
    from PIL import Image

    from coverage_planner.core.exports.calibration_plot import result_png

    _, _, cal = world
    vi, en = result_png(cal, "vi"), result_png(cal, "en")
    assert vi.startswith(PNG) and en.startswith(PNG)
    assert len(vi) > 20_000 and vi != en
    img = np.asarray(Image.open(io.BytesIO(vi)).convert("L"))
    assert img.shape[1] > 1000
    assert (img < 128).mean() > 0.01  # points, lines and labels drawn


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_report_has_a_calibration_page_and_says_not_calibrated(world, tmp_path):
    from coverage_planner.core.exports.report import write_pdf

    project, result, cal = world
    out = write_pdf(project, result, tmp_path / "report.pdf", "vi", gaps="signal")
    text = _pdf_text(out)
    assert "Hiệu chỉnh theo số liệu đo" in text  # the page: the project has measurements
    assert "Mô hình phủ sóng chưa được hiệu chỉnh theo số liệu đo" in text  # the status line
    assert "Trước hiệu chỉnh" in text and "Viettel|4G" in text


def test_report_of_a_calibrated_profile_says_so(world, tmp_path):
    from coverage_planner.core.exports.report import write_pdf

    project, result, cal = world
    calibrated = replace(project, profile=cal.profile, measurements=None)
    result = replace(result, profile=cal.profile.to_dict())
    out = write_pdf(calibrated, result, tmp_path / "report.pdf", "en", gaps="signal")
    text = " ".join(_pdf_text(out).split())
    rmse = f"{cal.heldout['after']['rmse']:.1f}"
    assert f"calibrated against {cal.samples:,} measured samples" in text
    assert f"held-out RMSE {rmse} dB" in text
    assert "Calibration against measurements" in text  # the stored figures and terms


def test_descriptions_and_summary_sheet_say_it(world, tmp_path):
    from coverage_planner.core.exports.sources import description

    project, result, cal = world
    assert "not calibrated" in description(project, "en", "Gaps")
    calibrated = replace(project, profile=cal.profile)
    assert f"{cal.samples:,} measured samples" in description(calibrated, "en", "Gaps")
