<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="41"/>
        <source>About Coverage Planner</source>
        <translation>Giới thiệu Coverage Planner</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="47"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="53"/>
        <source>Data set</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="64"/>
        <source>Village-level planning of mobile, 5G, fiber and public Wi-Fi coverage, on an offline map.</source>
        <translation>Quy hoạch phủ sóng di động, 5G, cáp quang và Wi-Fi công cộng đến từng thôn, trên bản đồ ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="66"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="73"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="84"/>
        <source>Synthetic (generated, not real) layers</source>
        <translation>Các lớp giả lập (tự sinh, không phải dữ liệu thật)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="97"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="97"/>
        <source>Origin</source>
        <translation>Nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="97"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="99"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="104"/>
        <source>The open data folder does not say where its layers come from.</source>
        <translation>Thư mục dữ liệu đang mở không ghi nguồn gốc của các lớp.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="106"/>
        <source>Software</source>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="109"/>
        <source>The map works offline: its web libraries ship with the program (resources/web/VENDORED.md).</source>
        <translation>Bản đồ chạy ngoại tuyến: các thư viện web đi kèm chương trình (resources/web/VENDORED.md).</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="109"/>
        <source>&amp;Run the coverage analysis</source>
        <translation>&amp;Chạy phân tích phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="110"/>
        <source>&amp;Cancel the analysis</source>
        <translation>&amp;Dừng phân tích</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="111"/>
        <source>Compute &amp;engine…</source>
        <translation>Nơi &amp;tính toán…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="113"/>
        <source>Compute on this computer or on Dask workers (big folders)</source>
        <translation>Tính trên máy này hoặc trên các worker Dask (thư mục lớn)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="114"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="115"/>
        <source>Stop the coverage analysis</source>
        <translation>Dừng phân tích phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="116"/>
        <source>Coverage analysis: masts computed</source>
        <translation>Phân tích phủ sóng: số cột anten đã tính</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="138"/>
        <source>No elevation model (dem.tif or .hgt) in this folder: coverage cannot be computed.</source>
        <translation>Thư mục này không có mô hình độ cao (dem.tif hoặc .hgt): không tính được vùng phủ sóng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="149"/>
        <source>Cancelling the coverage analysis…</source>
        <translation>Đang dừng phân tích phủ sóng…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="162"/>
        <source>Compute engine: {0}</source>
        <translation>Nơi tính toán: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="171"/>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="177"/>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="228"/>
        <source>Computing coverage…</source>
        <translation>Đang tính vùng phủ sóng…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="179"/>
        <source>Computing coverage: {0} masts</source>
        <translation>Đang tính vùng phủ sóng: {0} cột anten</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="201"/>
        <source>The coverage analysis failed: {0}</source>
        <translation>Phân tích phủ sóng bị lỗi: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="207"/>
        <source>Coverage analysis cancelled.</source>
        <translation>Đã dừng phân tích phủ sóng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="221"/>
        <source>Without fiber: {0} · No signal: {1} · Weak pockets: {2}</source>
        <translation>Chưa có cáp quang: {0} · Trắng sóng: {1} · Lõm sóng: {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="230"/>
        <source>Coverage not computed (cancelled; F5 runs it)</source>
        <translation>Chưa tính phủ sóng (đã dừng; nhấn F5 để chạy)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="232"/>
        <source>Coverage failed</source>
        <translation>Lỗi tính phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="235"/>
        <source>No elevation model: no coverage</source>
        <translation>Không có mô hình độ cao: chưa tính phủ sóng</translation>
    </message>
</context>
<context>
    <name>CalibrationController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/calibration.py" line="25"/>
        <source>Ca&amp;librate against measurements…</source>
        <translation>Hiệu chỉnh theo số &amp;liệu đo…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/calibration.py" line="27"/>
        <source>Fit the coverage model to the project&apos;s drive test: offsets per carrier and technology, distance slopes, clutter losses; held-out accuracy before and after</source>
        <translation>Khớp mô hình phủ sóng với số liệu đo kiểm của dự án: độ bù theo nhà mạng và công nghệ, độ dốc theo khoảng cách, suy hao lớp phủ; độ chính xác kiểm tra chéo trước và sau</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/calibration.py" line="34"/>
        <source>This project has no measurements. Put a measurements.csv in the data folder or use File → Import measurements… first.</source>
        <translation>Dự án chưa có số liệu đo. Đặt measurements.csv vào thư mục dữ liệu hoặc dùng Tệp → Nhập dữ liệu đo kiểm… trước.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="125"/>
        <source>Calibration against measurements</source>
        <translation>Hiệu chỉnh theo số liệu đo</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="126"/>
        <source>&amp;Save calibrated profile…</source>
        <translation>&amp;Lưu hồ sơ đã hiệu chỉnh…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="127"/>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="129"/>
        <source>Use the calibrated profile for this project: the coverage analysis runs again</source>
        <translation>Dùng hồ sơ đã hiệu chỉnh cho dự án: phân tích phủ sóng chạy lại</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="130"/>
        <source>Mean error (dB)</source>
        <translation>Sai số trung bình (dB)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="130"/>
        <source>RMSE (dB)</source>
        <translation>RMSE (dB)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="132"/>
        <source>Before calibration</source>
        <translation>Trước hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="133"/>
        <source>After calibration (held-out)</source>
        <translation>Sau hiệu chỉnh (kiểm tra chéo)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="135"/>
        <source>Carrier | technology</source>
        <translation>Nhà mạng | công nghệ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="135"/>
        <source>Samples</source>
        <translation>Số mẫu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="135"/>
        <source>Offset, dB (at distance)</source>
        <translation>Độ bù, dB (tại cự ly)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="136"/>
        <source>Slope (dB per decade)</source>
        <translation>Độ dốc (dB mỗi decade)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="138"/>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="145"/>
        <source>Calibrating against the measurements…</source>
        <translation>Đang hiệu chỉnh theo số liệu đo…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="164"/>
        <source>The calibration could not run:</source>
        <translation>Không chạy được hiệu chỉnh:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="177"/>
        <source>Samples used: {used}; left out (no cell of their carrier and technology within reach, or too few for it): {skipped}.</source>
        <translation>Số mẫu dùng: {used}; bỏ ra (không có cell cùng nhà mạng, công nghệ trong tầm, hoặc quá ít mẫu): {skipped}.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="198"/>
        <source>Clutter extra loss: {extras}</source>
        <translation>Suy hao thêm theo lớp phủ: {extras}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="208"/>
        <source>Save calibrated profile</source>
        <translation>Lưu hồ sơ đã hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="209"/>
        <source>Coverage profile (*.json)</source>
        <translation>Hồ sơ phủ sóng (*.json)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="215"/>
        <source>The profile could not be written:</source>
        <translation>Không ghi được hồ sơ:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="119"/>
        <source>Compare scenarios</source>
        <translation>So sánh các kịch bản</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="120"/>
        <source>Scenario:</source>
        <translation>Kịch bản:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="121"/>
        <source>against:</source>
        <translation>so với:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="122"/>
        <source>&amp;Compare</source>
        <translation>&amp;So sánh</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="123"/>
        <source>Outline the villages that change status on the map</source>
        <translation>Tô viền trên bản đồ các thôn thay đổi trạng thái</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="124"/>
        <source>Villages</source>
        <translation>Số thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="124"/>
        <source>gain</source>
        <translation>được thêm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="125"/>
        <source>lose</source>
        <translation>bị mất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="126"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="126"/>
        <source>Signal</source>
        <translation>Sóng di động</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="127"/>
        <source>Fiber</source>
        <translation>Cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="128"/>
        <source>gains coverage</source>
        <translation>được phủ thêm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="128"/>
        <source>loses coverage</source>
        <translation>bị mất phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="129"/>
        <source>gains and loses</source>
        <translation>vừa được vừa mất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="139"/>
        <source>Gaps: no signal (served / remaining)</source>
        <translation>Thôn trắng sóng (được phủ / còn lại)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="140"/>
        <source>Gaps: no 3G/4G (served / remaining)</source>
        <translation>Thôn chưa có 3G/4G (được phủ / còn lại)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="141"/>
        <source>Gaps: no fiber (served / remaining)</source>
        <translation>Thôn chưa có cáp quang (được phủ / còn lại)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="152"/>
        <source>the baseline (the data as loaded)</source>
        <translation>hiện trạng (dữ liệu như đã mở)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="179"/>
        <source>The coverage analysis has to finish first.</source>
        <translation>Cần chờ phân tích phủ sóng hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="192"/>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="214"/>
        <source>The comparison failed: {0}</source>
        <translation>Không so sánh được: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="236"/>
        <source>Choose two scenarios and press Compare.</source>
        <translation>Chọn hai kịch bản rồi bấm So sánh.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="241"/>
        <source>the baseline</source>
        <translation>hiện trạng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="243"/>
        <source>“{0}” against {1}: households gaining mobile signal {2}, 3G/4G {3}, fiber {4}; {5} villages change status.</source>
        <translation>“{0}” so với {1}: số hộ có thêm sóng di động {2}, 3G/4G {3}, cáp quang {4}; {5} thôn thay đổi trạng thái.</translation>
    </message>
</context>
<context>
    <name>Compute</name>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="74"/>
        <source>Dask: 1 worker at {0}</source>
        <translation>Dask: 1 worker tại {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="75"/>
        <source>Dask: {0} workers at {1}</source>
        <translation>Dask: {0} worker tại {1}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="78"/>
        <source>local Dask cluster: 1 worker</source>
        <translation>cụm Dask cục bộ: 1 worker</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="79"/>
        <source>local Dask cluster: {0} workers</source>
        <translation>cụm Dask cục bộ: {0} worker</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="99"/>
        <source>Connecting to the Dask scheduler at {0}…</source>
        <translation>Đang kết nối bộ lập lịch Dask {0}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="106"/>
        <source>Starting a local Dask cluster (worker processes: {0})…</source>
        <translation>Đang khởi động cụm Dask cục bộ (số tiến trình worker: {0})…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="139"/>
        <source>Computing coverage: {0}/{1} masts ({2})</source>
        <translation>Đang tính vùng phủ sóng: {0}/{1} cột anten ({2})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="149"/>
        <source>Coverage computed ({0})</source>
        <translation>Đã tính xong vùng phủ sóng ({0})</translation>
    </message>
</context>
<context>
    <name>ComputeDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="148"/>
        <source>Compute engine</source>
        <translation>Nơi tính toán</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="149"/>
        <source>Compute the coverage on</source>
        <translation>Tính vùng phủ sóng trên</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="150"/>
        <source>&amp;This computer (the built-in engine)</source>
        <translation>&amp;Máy tính này (bộ tính sẵn có của ứng dụng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="151"/>
        <source>A &amp;local Dask cluster of</source>
        <translation>&amp;Cụm Dask cục bộ gồm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="152"/>
        <source> worker processes</source>
        <translation> tiến trình worker</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="153"/>
        <source>One process per CPU core is usually best</source>
        <translation>Thường tốt nhất là mỗi lõi CPU một tiến trình</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="154"/>
        <source>The Dask &amp;scheduler at</source>
        <translation>&amp;Bộ lập lịch Dask tại</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="155"/>
        <source>Test &amp;connection</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="156"/>
        <source>Ask the scheduler for its workers</source>
        <translation>Hỏi bộ lập lịch xem có những worker nào</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="158"/>
        <source>A cluster of several machines: start `dask scheduler` on one machine and `dask worker tcp://HOST:8786 --nthreads 1` on every machine that computes. Every machine needs this application&apos;s Python package and the data folder at the same path (see docs/cluster.md).</source>
        <translation>Cụm nhiều máy: chạy `dask scheduler` trên một máy và `dask worker tcp://HOST:8786 --nthreads 1` trên mỗi máy tính toán. Mọi máy đều cần gói Python của ứng dụng này và thư mục dữ liệu ở cùng một đường dẫn (xem docs/cluster.md).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="162"/>
        <source>Use Dask only for big folders</source>
        <translation>Chỉ dùng Dask cho thư mục dữ liệu lớn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="163"/>
        <source>From this &amp;many cells:</source>
        <translation>Từ số c&amp;ell:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="164"/>
        <source>or this many &amp;villages:</source>
        <translation>hoặc số t&amp;hôn:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="166"/>
        <source>Smaller folders are computed on this computer: starting Dask workers takes seconds, more than a province&apos;s analysis gains. 0 means always Dask.</source>
        <translation>Thư mục nhỏ hơn được tính trên máy này: khởi động các worker Dask mất vài giây, nhiều hơn thời gian tiết kiệm được khi phân tích một tỉnh. 0 nghĩa là luôn dùng Dask.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="188"/>
        <source>a local Dask cluster of {0} worker processes, for folders from {1} cells or {2} villages</source>
        <translation>cụm Dask cục bộ {0} tiến trình worker, cho thư mục từ {1} cell hoặc {2} thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="191"/>
        <source>the Dask scheduler at {0}, for folders from {1} cells or {2} villages</source>
        <translation>bộ lập lịch Dask tại {0}, cho thư mục từ {1} cell hoặc {2} thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="193"/>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="207"/>
        <source>The open folder ({0} cells, {1} villages) will be computed on Dask.</source>
        <translation>Thư mục đang mở ({0} cell, {1} thôn) sẽ được tính trên Dask.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="209"/>
        <source>The open folder ({0} cells, {1} villages) will be computed on this computer.</source>
        <translation>Thư mục đang mở ({0} cell, {1} thôn) sẽ được tính trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="264"/>
        <source>Connecting to {0}…</source>
        <translation>Đang kết nối {0}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="278"/>
        <source>The scheduler at {0} answers but has no workers: start them with `dask worker {0}` (see docs/cluster.md).</source>
        <translation>Bộ lập lịch {0} có trả lời nhưng chưa có worker nào: hãy chạy `dask worker {0}` (xem docs/cluster.md).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="290"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="292"/>
        <source>Connected to {0}. Workers: {1} · threads: {2} · memory: {3}</source>
        <translation>Đã kết nối {0}. Worker: {1} · luồng: {2} · bộ nhớ: {3}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="295"/>
        <source>• {0}: threads: {1} · memory: {2}</source>
        <translation>• {0}: luồng: {1} · bộ nhớ: {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="298"/>
        <source>… and {0} more</source>
        <translation>… và {0} worker khác</translation>
    </message>
</context>
<context>
    <name>CostEditor</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/cost_editor.py" line="150"/>
        <source>Approximate unit costs (public figures or stated engineering assumptions; see the documentation). Compute uses the values below; Save keeps them in the project&apos;s profile.</source>
        <translation>Đơn giá gần đúng (số liệu công bố hoặc giả định kỹ thuật có nêu rõ; xem tài liệu). Nút Tính dùng các giá trị dưới đây; nút Lưu giữ chúng trong hồ sơ dự án.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/cost_editor.py" line="153"/>
        <source>&amp;Save to the project</source>
        <translation>&amp;Lưu vào dự án</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/cost_editor.py" line="154"/>
        <source>Keep these costs in the open project&apos;s profile (only the values that differ from the defaults)</source>
        <translation>Lưu các chi phí này vào hồ sơ của dự án đang mở (chỉ các giá trị khác mặc định)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/cost_editor.py" line="156"/>
        <source>Reset to &amp;defaults</source>
        <translation>Về &amp;mặc định</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="144"/>
        <source>Dashboard</source>
        <extracomment>rows of the table: summary key, and the key of the whole it is a share of (None: no share) rows only the province column has (they are not per village) area chart metrics: (covered column in counts(), the bar&apos;s &quot;yes&quot; and &quot;no&quot; colours)</extracomment>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="152"/>
        <source>What the bars by area show</source>
        <translation>Chỉ tiêu hiển thị trên biểu đồ theo địa bàn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="176"/>
        <source>whole province</source>
        <translation>toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="178"/>
        <source>{0} · carrier {1} (signal, 3G/4G and 5G of this carrier)</source>
        <translation>{0} · nhà mạng {1} (sóng, 3G/4G và 5G của nhà mạng này)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="199"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="199"/>
        <source>Province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="199"/>
        <source>Filter</source>
        <translation>Đang lọc</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="206"/>
        <source>The coverage analysis has not run yet.</source>
        <translation>Chưa chạy phân tích phủ sóng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="217"/>
        <source>Filter: {0}</source>
        <translation>Đang lọc: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="218"/>
        <source>Whole province: {0} villages</source>
        <translation>Toàn tỉnh: {0} thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="234"/>
        <source>Radio models</source>
        <translation>Mô hình truyền sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="268"/>
        <source>By commune: {0}</source>
        <translation>Theo xã: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="270"/>
        <source>By district</source>
        <translation>Theo huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="271"/>
        <source>By carrier (villages with its signal)</source>
        <translation>Theo nhà mạng (số thôn có sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="272"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="272"/>
        <source>no</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="279"/>
        <source>signal</source>
        <translation>có sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="299"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="300"/>
        <source>{0}: {1} of {2} villages without</source>
        <translation>{0}: {1}/{2} thôn chưa có</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="310"/>
        <source>{0}: signal {1}, 3G/4G {2}, 5G {3} of {4} villages</source>
        <translation>{0}: có sóng {1}, 3G/4G {2}, 5G {3} trên {4} thôn</translation>
    </message>
</context>
<context>
    <name>DeltaDock</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="108"/>
        <source>Gain mobile signal ({0})</source>
        <extracomment>delta&apos;s categories, in the order shown gap kinds of delta&apos;s gaps_served / gaps_remaining</extracomment>
        <translation>Có thêm sóng di động ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="109"/>
        <source>Gain 3G/4G broadband ({0})</source>
        <translation>Có thêm băng rộng 3G/4G ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="110"/>
        <source>Gain 5G ({0})</source>
        <translation>Có thêm 5G ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="111"/>
        <source>Gain fixed broadband ({0})</source>
        <translation>Có thêm băng rộng cố định ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="115"/>
        <source>Lose mobile signal ({0})</source>
        <translation>Mất sóng di động ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="116"/>
        <source>Lose 3G/4G broadband ({0})</source>
        <translation>Mất băng rộng 3G/4G ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="117"/>
        <source>Lose 5G ({0})</source>
        <translation>Mất 5G ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="118"/>
        <source>Lose fixed broadband ({0})</source>
        <translation>Mất băng rộng cố định ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="123"/>
        <source>What-if results</source>
        <translation>Kết quả giả định</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="124"/>
        <source>Villages</source>
        <translation>Số thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="124"/>
        <source>gain</source>
        <translation>được thêm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="125"/>
        <source>lose</source>
        <translation>bị mất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="126"/>
        <source>Gap villages</source>
        <translation>Thôn còn thiếu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="126"/>
        <source>now served</source>
        <translation>nay được phủ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="127"/>
        <source>remaining</source>
        <translation>còn lại</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="128"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="128"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="129"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="136"/>
        <source>Open a data folder to plan what-ifs.</source>
        <translation>Mở một thư mục dữ liệu để lập phương án giả định.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="140"/>
        <source>waiting for the coverage analysis</source>
        <translation>đang chờ phân tích phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="142"/>
        <source>computing…</source>
        <translation>đang tính…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="144"/>
        <source>no edits: the map shows the baseline</source>
        <translation>chưa có thay đổi: bản đồ hiển thị hiện trạng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="146"/>
        <source>up to date</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="147"/>
        <source>Scenario “{0}” · edits: {1} · {2}</source>
        <translation>Kịch bản “{0}” · số thay đổi: {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="196"/>
        <source>Households gaining mobile signal: {0} · 3G/4G: {1} · fiber: {2}</source>
        <translation>Số hộ có thêm sóng di động: {0} · 3G/4G: {1} · cáp quang: {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="201"/>
        <source>Place sites or fiber (Edit menu) to see what they change.</source>
        <translation>Đặt trạm hoặc cáp quang (trình đơn Sửa) để xem thay đổi mang lại.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="228"/>
        <source>{0}, {1} — click to show it on the map</source>
        <translation>{0}, {1} — bấm để xem trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="234"/>
        <source>… and {0} more</source>
        <translation>… và {0} thôn khác</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="162"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="162"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="163"/>
        <source>All carriers (the province)</source>
        <translation>Tất cả nhà mạng (toàn tỉnh)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="165"/>
        <source>Villages the carrier does not serve</source>
        <translation>Thôn nhà mạng chưa phục vụ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="166"/>
        <source>Gaps nearest to the carrier&apos;s sites</source>
        <translation>Thôn còn thiếu gần trạm của nhà mạng nhất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="168"/>
        <source>Villages the table shows (current filter)</source>
        <translation>Các thôn đang hiện trong bảng (bộ lọc hiện tại)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="169"/>
        <source>All villages</source>
        <translation>Tất cả các thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="173"/>
        <source>Grouped by:</source>
        <translation>Nhóm theo:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="174"/>
        <source>Carrier:</source>
        <translation>Nhà mạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="175"/>
        <source>Carrier&apos;s list:</source>
        <translation>Danh sách của nhà mạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="176"/>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="177"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="178"/>
        <source>Villages:</source>
        <translation>Các thôn:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="179"/>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="228"/>
        <source>Export gap list</source>
        <translation>Xuất danh sách thôn còn thiếu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="206"/>
        <source>Counting the villages…</source>
        <translation>Đang đếm số thôn…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="213"/>
        <source>{0} villages</source>
        <translation>{0} thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="225"/>
        <source>Export to a folder</source>
        <translation>Xuất vào một thư mục</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="50"/>
        <source>&amp;Export gap list…</source>
        <translation>&amp;Xuất danh sách thôn còn thiếu…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="51"/>
        <source>&amp;Report…</source>
        <translation>&amp;Báo cáo…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="83"/>
        <source>Exporting the gap list…</source>
        <translation>Đang xuất danh sách thôn còn thiếu…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="100"/>
        <source>Writing the report…</source>
        <translation>Đang viết báo cáo…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="133"/>
        <source>Export finished</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="134"/>
        <source>Written:</source>
        <translation>Đã ghi:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="140"/>
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
</context>
<context>
    <name>FiberPlanDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="116"/>
        <source>Suggested fiber extensions</source>
        <extracomment>export formats: file suffix -&gt; OGR driver</extracomment>
        <translation>Đề xuất kéo thêm cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="117"/>
        <source>&amp;Export lines…</source>
        <translation>&amp;Xuất các tuyến…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="118"/>
        <source>&amp;Add selected to the scenario</source>
        <translation>&amp;Thêm tuyến đã chọn vào kịch bản</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="119"/>
        <source>Each selected extension becomes a new fiber cable (an edit you can undo)</source>
        <translation>Mỗi tuyến đã chọn thành một tuyến cáp quang mới (thay đổi có thể hoàn tác)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="121"/>
        <source>&amp;Plan again</source>
        <translation>&amp;Lập lại</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="122"/>
        <source>For the scenario now on display</source>
        <translation>Cho kịch bản đang hiển thị</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="123"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="123"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="123"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="124"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="124"/>
        <source>Length</source>
        <translation>Chiều dài</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="124"/>
        <source>Route</source>
        <translation>Hướng tuyến</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="128"/>
        <source>along roads</source>
        <translation>theo đường giao thông</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="128"/>
        <source>straight</source>
        <translation>đường thẳng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="129"/>
        <source>within reach of another extension</source>
        <translation>trong tầm cáp thuê bao của tuyến khác</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="139"/>
        <source>The coverage analysis has to finish first.</source>
        <translation>Cần chờ phân tích phủ sóng hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="147"/>
        <source>Every village has fixed broadband: nothing to plan.</source>
        <translation>Mọi thôn đã có băng rộng cố định: không cần kéo thêm.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="156"/>
        <source>Routing fiber to {0} villages along the roads…</source>
        <translation>Đang tìm tuyến cáp quang đến {0} thôn theo đường giao thông…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="176"/>
        <source>The fiber plan failed: {0}</source>
        <translation>Không lập được phương án cáp quang: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="188"/>
        <source>{0} villages without fixed broadband: {1} of new cable in total, {2} extensions (routes follow the roads where they exist; cross-country counts double).</source>
        <translation>{0} thôn chưa có băng rộng cố định: tổng cộng {1} cáp mới, {2} tuyến (đi theo đường giao thông nếu có; đoạn băng đồng tính gấp đôi).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="260"/>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="270"/>
        <source>Export the fiber extensions</source>
        <translation>Xuất các tuyến cáp quang đề xuất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="261"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="271"/>
        <source>The lines could not be written: {0}</source>
        <translation>Không ghi được các tuyến: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="273"/>
        <source>Written: {0}</source>
        <translation>Đã ghi: {0}</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="29"/>
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="30"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="30"/>
        <source>Features</source>
        <translation>Số đối tượng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="30"/>
        <source>Origin</source>
        <translation>Nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="35"/>
        <source>Villages</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="36"/>
        <source>Households</source>
        <translation>Cụm hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="37"/>
        <source>Cells</source>
        <translation>Cell (trạm BTS)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="38"/>
        <source>Fiber cables</source>
        <translation>Cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="39"/>
        <source>Fiber access points</source>
        <translation>Điểm truy nhập cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="40"/>
        <source>Public Wi-Fi</source>
        <translation>Wi-Fi công cộng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="41"/>
        <source>Communes</source>
        <translation>Xã, phường, thị trấn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="42"/>
        <source>Districts</source>
        <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="43"/>
        <source>Roads</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="44"/>
        <source>Terrain (DEM)</source>
        <translation>Địa hình (DEM)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="45"/>
        <source>Measurements (drive test)</source>
        <translation>Đo kiểm (drive test)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="51"/>
        <source>real</source>
        <translation>thật</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="53"/>
        <source>synthetic</source>
        <translation>giả lập</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="54"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="69"/>
        <source>Generated data, not real: do not use for decisions</source>
        <translation>Dữ liệu tự sinh, không phải thật: không dùng để ra quyết định</translation>
    </message>
</context>
<context>
    <name>LoadingController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="61"/>
        <source>&amp;Open data folder…</source>
        <translation>&amp;Mở thư mục dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="62"/>
        <source>Open &amp;project…</source>
        <translation>Mở &amp;dự án…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="63"/>
        <source>Recent &amp;folders</source>
        <translation>Thư mục &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="64"/>
        <source>Open &amp;layer…</source>
        <translation>Mở &amp;lớp…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="65"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="75"/>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="82"/>
        <source>Open layer</source>
        <translation>Mở lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="83"/>
        <source>Layers (*.gpkg *.geojson *.json *.shp *.zip *.kml *.kmz *.csv);;All files (*)</source>
        <translation>Lớp bản đồ (*.gpkg *.geojson *.json *.shp *.zip *.kml *.kmz *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="91"/>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="92"/>
        <source>Coverage Planner projects (*.gpkg);;All files (*)</source>
        <translation>Dự án Coverage Planner (*.gpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="105"/>
        <source>(none)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="121"/>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="142"/>
        <source>Opening {0}…</source>
        <translation>Đang mở {0}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="126"/>
        <source>Drawing the map…</source>
        <translation>Đang vẽ bản đồ…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="155"/>
        <source>Recovering the last session…</source>
        <translation>Đang khôi phục phiên làm việc trước…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="171"/>
        <source>{0}: {1} features</source>
        <translation>{0}: {1} đối tượng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="178"/>
        <source>Cannot open the layer</source>
        <translation>Không mở được lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="222"/>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="238"/>
        <source>{0} villages · {1} sites · {2} km of fiber</source>
        <translation>{0} thôn · {1} trạm BTS · {2} km cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="243"/>
        <source>Synthetic data</source>
        <translation>Dữ liệu giả lập</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="249"/>
        <source>Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · Fiber: {4} km · Access points: {5} · Wi-Fi: {6}</source>
        <translation>Thôn: {0} · Hộ: {1} · Trạm BTS: {2} (cell: {3}) · Cáp quang: {4} km · Điểm truy nhập: {5} · Wi-Fi: {6}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="229"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="230"/>
        <source>&amp;Planning</source>
        <translation>&amp;Quy hoạch</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="231"/>
        <source>What-if tools</source>
        <translation>Công cụ giả định</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="233"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="234"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="235"/>
        <source>&amp;Coverage</source>
        <translation>&amp;Phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="237"/>
        <source>&amp;About Coverage Planner</source>
        <translation>&amp;Giới thiệu Coverage Planner</translation>
    </message>
</context>
<context>
    <name>MapLayersController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="63"/>
        <source>Online base map (OpenStreetMap)</source>
        <translation>Bản đồ nền trực tuyến (OpenStreetMap)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="65"/>
        <source>Offer OpenStreetMap tiles as a base map. Off: the map never uses the network.</source>
        <translation>Cho phép dùng bản đồ nền OpenStreetMap. Tắt: bản đồ không bao giờ dùng mạng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="117"/>
        <source>The terrain base map could not be drawn: {0}</source>
        <translation>Không vẽ được bản đồ nền địa hình: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="183"/>
        <source>Cancelling the coverage layers…</source>
        <translation>Đang hủy tính các lớp phủ sóng…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="189"/>
        <source>Updating the coverage layers for the scenario…</source>
        <translation>Đang cập nhật các lớp phủ sóng cho kịch bản…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="190"/>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="199"/>
        <source>Computing the coverage layers…</source>
        <translation>Đang tính các lớp phủ sóng…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="196"/>
        <source>Updating the coverage layers for the scenario: {0}</source>
        <translation>Đang cập nhật các lớp phủ sóng cho kịch bản: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="198"/>
        <source>Computing the coverage layers: {0}</source>
        <translation>Đang tính các lớp phủ sóng: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="213"/>
        <source>The coverage layers could not be computed: {0}</source>
        <translation>Không tính được các lớp phủ sóng: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="222"/>
        <source>Coverage layers cancelled.</source>
        <translation>Đã hủy tính các lớp phủ sóng.</translation>
    </message>
</context>
<context>
    <name>MapPageController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="84"/>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="105"/>
        <source>The map could not be shown: {0}</source>
        <translation>Không hiển thị được bản đồ: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="92"/>
        <source>Some layers could not be drawn: {0}</source>
        <translation>Một số lớp không vẽ được: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="151"/>
        <source>The map could not show the coverage: {0}</source>
        <translation>Bản đồ không hiển thị được kết quả phủ sóng: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="168"/>
        <source>Village {0}: {1}, {2}, {3}</source>
        <translation>Thôn {0}: {1}, {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="173"/>
        <source>(hidden by the table&apos;s filter)</source>
        <translation>(đang bị bộ lọc của bảng ẩn)</translation>
    </message>
</context>
<context>
    <name>MeasurementsController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="54"/>
        <source>Import &amp;measurements…</source>
        <translation>Nhập &amp;dữ liệu đo kiểm…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="56"/>
        <source>Read a drive test (CSV with longitude, latitude and level in dBm, or a G-NetTrack log) and show it on the map</source>
        <translation>Đọc dữ liệu đo kiểm (CSV có kinh độ, vĩ độ và mức thu dBm, hoặc nhật ký G-NetTrack) và hiển thị trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="63"/>
        <source>Import measurements</source>
        <translation>Nhập dữ liệu đo kiểm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="64"/>
        <source>Drive tests (*.csv *.txt);;All files (*)</source>
        <translation>Dữ liệu đo kiểm (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="74"/>
        <source>Open a data folder first.</source>
        <translation>Hãy mở một thư mục dữ liệu trước.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="89"/>
        <source>{0}: {1} samples imported</source>
        <translation>{0}: đã nhập {1} mẫu đo</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="91"/>
        <source>({0} notes in the load report)</source>
        <translation>({0} ghi chú trong báo cáo nạp)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="103"/>
        <source>Cannot import the measurements</source>
        <translation>Không nhập được dữ liệu đo kiểm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="131"/>
        <source>Measurements (drive test)</source>
        <translation>Đo kiểm (drive test)</translation>
    </message>
</context>
<context>
    <name>PlanDock</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="217"/>
        <source>billion VND (≈ {0} {1})</source>
        <translation>tỷ đồng (≈ {0} {1})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="219"/>
        <source>billion VND</source>
        <translation>tỷ đồng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="262"/>
        <source>The cost curve follows the plan (a plan for each of 12 budgets).</source>
        <translation>Đường chi phí sẽ có sau phương án (một phương án cho mỗi trong 12 mức ngân sách).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="293"/>
        <source>All carriers</source>
        <translation>Tất cả nhà mạng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="297"/>
        <source>villages</source>
        <translation>thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="298"/>
        <source>households</source>
        <translation>hộ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="303"/>
        <source>Rollout plan</source>
        <translation>Phương án đầu tư</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="304"/>
        <source>Budget:</source>
        <translation>Ngân sách:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="305"/>
        <source>Years:</source>
        <translation>Số năm:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="306"/>
        <source>Carrier:</source>
        <translation>Nhà mạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="307"/>
        <source>Weights:</source>
        <translation>Trọng số:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="308"/>
        <source>Count:</source>
        <translation>Tính theo:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="309"/>
        <source>fixed</source>
        <translation>cố định</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="310"/>
        <source>mobile BB</source>
        <translation>BR di động</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="311"/>
        <source>signal</source>
        <translation>sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="313"/>
        <source>How much a village (or household) newly served counts in this category</source>
        <translation>Mức tính cho mỗi thôn (hoặc hộ) được phục vụ thêm ở loại này</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="315"/>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="316"/>
        <source>The budget is spread evenly over the years; money not spent carries over</source>
        <translation>Ngân sách chia đều cho các năm; phần chưa dùng được chuyển sang năm sau</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="319"/>
        <source>&amp;Compute</source>
        <translation>&amp;Tính</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="320"/>
        <source>Candidates over the terrain, then the plan (mixed-integer programme) and its cost curve</source>
        <translation>Phương án ứng viên theo địa hình, rồi phương án đầu tư (quy hoạch nguyên hỗn hợp) và đường chi phí</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="322"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="323"/>
        <source>&amp;Apply as scenario</source>
        <translation>Á&amp;p dụng thành kịch bản</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="324"/>
        <source>A new what-if scenario with the plan&apos;s masts, upgrades and fiber (undo works item by item)</source>
        <translation>Một kịch bản giả định mới gồm trạm, nâng cấp và cáp quang của phương án (hoàn tác từng hạng mục)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="326"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="327"/>
        <source>The plan as an Excel workbook (.xlsx) or a GeoPackage (.gpkg)</source>
        <translation>Phương án dưới dạng bảng tính Excel (.xlsx) hoặc GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="329"/>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="330"/>
        <source>Items</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="331"/>
        <source>Cost curve</source>
        <translation>Đường chi phí</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="332"/>
        <source>Costs</source>
        <translation>Chi phí</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="44"/>
        <source>Item</source>
        <extracomment>the item&apos;s id, in the first column&apos;s data</extracomment>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="44"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="44"/>
        <source>Carrier</source>
        <translation>Nhà mạng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="44"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="45"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="45"/>
        <source>Capex (million ₫)</source>
        <translation>Đầu tư (triệu ₫)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="45"/>
        <source>Opex/year (million ₫)</source>
        <translation>Vận hành/năm (triệu ₫)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="46"/>
        <source>Fixed: villages / households</source>
        <translation>Cố định: thôn / hộ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="47"/>
        <source>Mobile broadband: villages / households</source>
        <translation>Băng rộng di động: thôn / hộ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="48"/>
        <source>Signal: villages / households</source>
        <translation>Sóng: thôn / hộ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="57"/>
        <source>MILP (HiGHS)</source>
        <translation>MILP (HiGHS)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="58"/>
        <source>greedy (the MILP&apos;s fallback)</source>
        <translation>tham lam (dự phòng của MILP)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="59"/>
        <source>optimal</source>
        <translation>tối ưu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="60"/>
        <source>stopped at the time limit</source>
        <translation>dừng khi hết thời gian</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="61"/>
        <source>greedy</source>
        <translation>tham lam</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="62"/>
        <source>priority list not met</source>
        <translation>chưa đáp ứng danh sách ưu tiên</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="65"/>
        <source>Budget {0}; cost {1}; {2} items.</source>
        <translation>Ngân sách {0}; chi phí {1}; {2} hạng mục.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="68"/>
        <source>Villages gained: fixed broadband +{0}, mobile broadband +{1}, signal +{2}.</source>
        <translation>Số thôn được phục vụ thêm: băng rộng cố định +{0}, băng rộng di động +{1}, sóng +{2}.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="70"/>
        <source>Households gained: fixed +{0}, mobile broadband +{1}, signal +{2}.</source>
        <translation>Số hộ được phục vụ thêm: cố định +{0}, băng rộng di động +{1}, sóng +{2}.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="72"/>
        <source>Method: {0}, {1}; optimality gap {2} % (no plan within the budget scores more than {2} % above this one).</source>
        <translation>Phương pháp: {0}, {1}; khoảng cách tối ưu {2} % (không phương án nào trong ngân sách hơn phương án này quá {2} %).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="127"/>
        <source>Total (villages counted once)</source>
        <translation>Tổng (mỗi thôn tính một lần)</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="86"/>
        <source>Add &amp;BTS</source>
        <translation>Thêm trạm &amp;BTS</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="87"/>
        <source>Add BTS: click on the map to place a base station with the settings of the What-if panel (Esc stops)</source>
        <translation>Thêm trạm BTS: bấm lên bản đồ để đặt trạm theo thông số trong bảng Phương án giả định (Esc để dừng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="90"/>
        <source>Add fiber &amp;access point</source>
        <translation>Thêm điểm &amp;truy nhập cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="91"/>
        <source>Click on the map to place a fiber access point (splitter) (Esc stops)</source>
        <translation>Bấm lên bản đồ để đặt điểm truy nhập cáp quang (bộ chia) (Esc để dừng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="93"/>
        <source>Add fiber &amp;cable</source>
        <translation>Thêm tuyến &amp;cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="94"/>
        <source>Click the cable&apos;s points on the map, double-click to finish (Esc cancels)</source>
        <translation>Bấm lần lượt các điểm của tuyến cáp trên bản đồ, bấm đúp để kết thúc (Esc để hủy)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="96"/>
        <source>Stop adding</source>
        <translation>Dừng thêm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="97"/>
        <source>&amp;Remove the selected site</source>
        <translation>&amp;Gỡ bỏ trạm đang chọn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="98"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Kịch bản mới</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="99"/>
        <source>A new scenario starting from the baseline</source>
        <translation>Một kịch bản mới bắt đầu từ hiện trạng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="100"/>
        <source>&amp;Suggest sites…</source>
        <translation>Đề xuất &amp;vị trí trạm…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="101"/>
        <source>Where new masts would cover the most households without coverage</source>
        <translation>Vị trí đặt cột mới phủ sóng được nhiều hộ chưa có sóng nhất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="103"/>
        <source>Suggest &amp;fiber extensions…</source>
        <translation>Đề xuất kéo thêm &amp;cáp quang…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="104"/>
        <source>Routes from the fiber network to the villages without fixed broadband</source>
        <translation>Tuyến từ mạng cáp quang đến các thôn chưa có băng rộng cố định</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="106"/>
        <source>&amp;Compare scenarios…</source>
        <translation>&amp;So sánh các kịch bản…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="108"/>
        <source>+ BTS</source>
        <translation>+ Trạm BTS</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="109"/>
        <source>+ Access point</source>
        <translation>+ Điểm truy nhập</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="110"/>
        <source>+ Cable</source>
        <translation>+ Tuyến cáp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="111"/>
        <source>Remove site</source>
        <translation>Gỡ trạm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="112"/>
        <source>Remove the selected site (an edit you can undo)</source>
        <translation>Gỡ bỏ trạm đang chọn (thay đổi có thể hoàn tác)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="114"/>
        <source>Suggest sites</source>
        <translation>Đề xuất trạm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="115"/>
        <source>Fiber plan</source>
        <translation>Đề xuất cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="116"/>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="117"/>
        <source>A scenario against the baseline or another scenario</source>
        <translation>Một kịch bản so với hiện trạng hoặc với kịch bản khác</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="127"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Hoàn tác: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="129"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="130"/>
        <source>Undo {0}</source>
        <translation>Hoàn tác: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="132"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Làm lại: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="133"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="134"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="135"/>
        <source>Redo {0}</source>
        <translation>Làm lại: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="173"/>
        <source>Click on the map to place a site ({0}); Esc stops.</source>
        <translation>Bấm lên bản đồ để đặt trạm ({0}); Esc để dừng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="174"/>
        <source>Click on the map to place a fiber access point; Esc stops.</source>
        <translation>Bấm lên bản đồ để đặt điểm truy nhập cáp quang; Esc để dừng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="175"/>
        <source>Click the cable&apos;s points, double-click to finish; Esc cancels.</source>
        <translation>Bấm các điểm của tuyến cáp, bấm đúp để kết thúc; Esc để hủy.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/profile_dialog.py" line="57"/>
        <source>Open a data folder first.</source>
        <translation>Hãy mở một thư mục dữ liệu trước.</translation>
    </message>
</context>
<context>
    <name>ProjectFilesController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="39"/>
        <source>The autosave failed: {0}</source>
        <translation>Tự động lưu không thành công: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="52"/>
        <source>&amp;Save project</source>
        <translation>&amp;Lưu dự án</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="53"/>
        <source>Save project &amp;as…</source>
        <translation>Lưu dự án &amp;thành…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="64"/>
        <source>Coverage Planner</source>
        <translation>Coverage Planner – Quy hoạch phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="67"/>
        <source>unsaved</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="72"/>
        <source>Coverage Planner — {0}</source>
        <translation>Coverage Planner — {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="83"/>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="90"/>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="100"/>
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="84"/>
        <source>This project was not opened from a data folder: there is nothing a project file could point to.</source>
        <translation>Dự án này không được mở từ một thư mục dữ liệu: tệp dự án không có gì để tham chiếu tới.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="91"/>
        <source>Coverage Planner projects (*.gpkg)</source>
        <translation>Dự án Coverage Planner (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="101"/>
        <source>The project could not be saved: {0}</source>
        <translation>Không lưu được dự án: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="106"/>
        <source>Saved {0}</source>
        <translation>Đã lưu {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="119"/>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="132"/>
        <source>Recover your work?</source>
        <translation>Khôi phục công việc?</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="133"/>
        <source>Coverage Planner did not quit normally last time. Recover the scenarios saved automatically then?</source>
        <translation>Lần trước Coverage Planner không thoát bình thường. Khôi phục các kịch bản đã được tự động lưu khi đó?</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="139"/>
        <source>Save the scenarios?</source>
        <translation>Lưu các kịch bản?</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="140"/>
        <source>The scenarios have changes that are not saved in a project file.</source>
        <translation>Các kịch bản có thay đổi chưa được lưu vào tệp dự án.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="31"/>
        <source>OK</source>
        <extracomment>language code -&gt; its name in that language (menu entries are not translated)</extracomment>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="32"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="33"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="34"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="35"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="36"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="37"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
</context>
<context>
    <name>RadioModelsController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/radio_models.py" line="20"/>
        <source>Radio &amp;models…</source>
        <translation>&amp;Mô hình truyền sóng…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/radio_models.py" line="22"/>
        <source>The propagation model per technology (P.452, Longley–Rice ITM, Hata, 38.901) and how the terrain is read, with each model&apos;s validity</source>
        <translation>Mô hình truyền sóng theo công nghệ (P.452, Longley–Rice ITM, Hata, 38.901) và cách đọc địa hình, kèm phạm vi hiệu lực của từng mô hình</translation>
    </message>
</context>
<context>
    <name>RadioModelsDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="107"/>
        <source>Radio models</source>
        <translation>Mô hình truyền sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="109"/>
        <source>How the path loss over the terrain is computed, per technology. The coverage is computed again when you apply.</source>
        <translation>Cách tính suy hao đường truyền qua địa hình, theo từng công nghệ. Vùng phủ sóng được tính lại khi bấm Áp dụng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="114"/>
        <source>&amp;Save profile…</source>
        <translation>&amp;Lưu hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="115"/>
        <source>Terrain heights</source>
        <translation>Độ cao địa hình</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="116"/>
        <source>interpolated on the grid (smooth; the default)</source>
        <translation>nội suy trên lưới (trơn; mặc định)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="117"/>
        <source>the DEM&apos;s own posts (nearest; as SPLAT! and Signal-Server)</source>
        <translation>các điểm mốc của chính DEM (điểm gần nhất; như SPLAT! và Signal-Server)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="121"/>
        <source>Cells that name their own model in the sites table (propagation_model) keep it: {0}.</source>
        <translation>Số cell có mô hình riêng trong bảng trạm (propagation_model), được giữ nguyên: {0}.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="143"/>
        <source>Validity and reference:</source>
        <translation>Phạm vi hiệu lực và tài liệu tham chiếu:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="147"/>
        <source>The calibration was fitted with the models in force; with other models it is set aside. Calibrate again afterwards (Coverage → Calibrate against measurements…).</source>
        <translation>Hiệu chỉnh đã được khớp với các mô hình đang dùng; khi đổi mô hình, hiệu chỉnh được tạm bỏ. Hãy hiệu chỉnh lại sau đó (Phủ sóng → Hiệu chỉnh theo số liệu đo…).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="156"/>
        <source>Save profile</source>
        <translation>Lưu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="157"/>
        <source>Coverage profile (*.json)</source>
        <translation>Hồ sơ phủ sóng (*.json)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="163"/>
        <source>The profile could not be written:</source>
        <translation>Không ghi được hồ sơ:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="241"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="242"/>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="245"/>
        <source>PDF report</source>
        <translation>Báo cáo PDF</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="246"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RolloutController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="98"/>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="108"/>
        <source>&amp;Rollout plan…</source>
        <translation>Phương án đầu &amp;tư…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="110"/>
        <source>Which masts, 4G upgrades and fiber extensions serve the most villages for a budget, year by year, with the cost curve</source>
        <translation>Những trạm mới, nâng cấp 4G và tuyến cáp quang nào phục vụ nhiều thôn nhất với ngân sách, theo từng năm, kèm đường chi phí</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="137"/>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="179"/>
        <source>The coverage analysis has to finish first.</source>
        <translation>Cần chờ phân tích vùng phủ hoàn tất trước.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="172"/>
        <source>Costs saved in the project&apos;s profile.</source>
        <translation>Đã lưu chi phí vào hồ sơ của dự án.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="196"/>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="204"/>
        <source>Candidates: masts swept over the terrain, upgrades, fiber routes…</source>
        <translation>Phương án ứng viên: tính phủ sóng trạm theo địa hình, nâng cấp, tuyến cáp quang…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="206"/>
        <source>Choosing the items (mixed-integer programme)…</source>
        <translation>Đang chọn hạng mục (quy hoạch nguyên hỗn hợp)…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="209"/>
        <source>Cost curve: budget {0} of {1}…</source>
        <translation>Đường chi phí: mức ngân sách {0}/{1}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="240"/>
        <source>The plan could not be computed: {0}</source>
        <translation>Không tính được phương án: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="251"/>
        <source>Rollout plan</source>
        <translation>Phương án đầu tư</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="291"/>
        <source>Rollout plan {0} billion VND</source>
        <translation>Phương án đầu tư {0} tỷ đồng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="304"/>
        <source>The plan is the scenario “{0}”: {1} edits (undo goes back item by item).</source>
        <translation>Phương án đã thành kịch bản “{0}”: {1} thay đổi (hoàn tác lùi từng hạng mục).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="307"/>
        <source>{0} satellite terminals are not network elements the engine models: left out of the scenario.</source>
        <translation>{0} trạm vệ tinh không phải phần tử mạng mà mô hình tính: không đưa vào kịch bản.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="311"/>
        <source>{0} items could not be applied.</source>
        <translation>{0} hạng mục không áp dụng được.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="325"/>
        <source>Export the rollout plan</source>
        <translation>Xuất phương án đầu tư</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="326"/>
        <source>Excel workbook (*.xlsx);;GeoPackage (*.gpkg)</source>
        <translation>Bảng tính Excel (*.xlsx);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="340"/>
        <source>Written: {0}</source>
        <translation>Đã ghi: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="345"/>
        <source>The plan could not be written: {0}</source>
        <translation>Không ghi được phương án: {0}</translation>
    </message>
</context>
<context>
    <name>ScenarioEvaluation</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_evaluation.py" line="252"/>
        <source>The scenario&apos;s coverage could not be computed: {0}</source>
        <extracomment>the key of a scenario without edits (it shows the baseline result) one evaluation at a time in the whole app: the evaluator&apos;s memory and the engine&apos;s disk cache (whose temporary file names are per process) are not shared safely between threads</extracomment>
        <translation>Không tính được phủ sóng của kịch bản: {0}</translation>
    </message>
</context>
<context>
    <name>SiteEdits</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="42"/>
        <source>The site could not be added: {0}</source>
        <extracomment>how far outside the villages&apos; bounding box (degrees) a site may be placed</extracomment>
        <translation>Không thêm được trạm: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="50"/>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="61"/>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="67"/>
        <source>There is no site {0} in this scenario.</source>
        <translation>Không có trạm {0} trong kịch bản này.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="175"/>
        <source>That point is outside the data&apos;s area: place sites and fiber near the villages.</source>
        <translation>Điểm này nằm ngoài vùng dữ liệu: hãy đặt trạm và cáp quang gần các thôn.</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="161"/>
        <source>Carrier:</source>
        <extracomment>bands in use in Lào Cai (DOMAIN.md §3), MHz, the usual one first</extracomment>
        <translation>Nhà mạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="162"/>
        <source>Technologies:</source>
        <translation>Công nghệ:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="163"/>
        <source>Band:</source>
        <translation>Băng tần:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="164"/>
        <source>Power (EIRP):</source>
        <translation>Công suất (EIRP):</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="165"/>
        <source>EIRP per sector; an omni antenna radiates 3 dB less in every direction</source>
        <translation>EIRP của mỗi sector; anten vô hướng phát thấp hơn 3 dB theo mọi hướng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="167"/>
        <source>Mast height:</source>
        <translation>Chiều cao cột:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="168"/>
        <source>Antennas:</source>
        <translation>Anten:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="169"/>
        <source>sectors</source>
        <translation>sector</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="170"/>
        <source>Azimuths of the sectors in degrees from north, e.g. 0/120/240</source>
        <translation>Góc phương vị của các sector, tính bằng độ từ hướng bắc, ví dụ 0/120/240</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="172"/>
        <source>omni</source>
        <translation>vô hướng (omni)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="173"/>
        <source>Radio model:</source>
        <translation>Mô hình truyền sóng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="175"/>
        <source>the profile&apos;s, per technology</source>
        <translation>theo hồ sơ, từng công nghệ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="176"/>
        <source>How the new mast&apos;s path loss is computed: the coverage profile&apos;s model for each technology, or one of its own for all its cells</source>
        <translation>Cách tính suy hao đường truyền của cột mới: mô hình của hồ sơ vùng phủ cho từng công nghệ, hoặc một mô hình riêng cho mọi cell của cột</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="252"/>
        <source>each technology&apos;s template</source>
        <translation>theo mẫu của từng công nghệ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="256"/>
        <source>template</source>
        <translation>theo mẫu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="275"/>
        <source>Several technologies: each uses its template band and power ({0}).</source>
        <translation>Nhiều công nghệ: mỗi công nghệ dùng băng tần và công suất theo mẫu ({0}).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="350"/>
        <source>Write 1 to 6 azimuths between 0 and 359°, e.g. 0/120/240, or choose omni.</source>
        <translation>Nhập từ 1 đến 6 góc phương vị trong khoảng 0–359°, ví dụ 0/120/240, hoặc chọn vô hướng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="375"/>
        <source>Choose at least one technology.</source>
        <translation>Chọn ít nhất một công nghệ.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="152"/>
        <source>Suggested sites</source>
        <translation>Vị trí trạm đề xuất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="153"/>
        <source>Number of new sites (K):</source>
        <translation>Số trạm mới (K):</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="154"/>
        <source>Carrier:</source>
        <translation>Nhà mạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="155"/>
        <source>Technology:</source>
        <translation>Công nghệ:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="156"/>
        <source>Mast height:</source>
        <translation>Chiều cao cột:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="157"/>
        <source>Candidate spacing:</source>
        <translation>Khoảng cách giữa các vị trí ứng viên:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="158"/>
        <source>One candidate per block of this size: its highest point</source>
        <translation>Mỗi ô kích thước này có một vị trí ứng viên: điểm cao nhất của ô</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="160"/>
        <source>Within this distance of a village without it:</source>
        <translation>Cách thôn chưa có sóng không quá:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="161"/>
        <source>Near a road:</source>
        <translation>Gần đường giao thông:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="162"/>
        <source>at most</source>
        <translation>không quá</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="163"/>
        <source>Only candidates this close to a road (building and power need access); ignored without a roads layer</source>
        <translation>Chỉ xét vị trí gần đường trong khoảng này (để thi công và kéo điện); bỏ qua nếu không có lớp đường giao thông</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="165"/>
        <source>&amp;Suggest</source>
        <translation>Đề &amp;xuất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="166"/>
        <source>&amp;Accept as a new site</source>
        <translation>&amp;Nhận làm trạm mới</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="167"/>
        <source>Add the selected suggestion to the scenario (an edit you can undo)</source>
        <translation>Thêm vị trí đề xuất đã chọn vào kịch bản (thay đổi có thể hoàn tác)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="169"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="169"/>
        <source>New households</source>
        <translation>Hộ được phủ mới</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="170"/>
        <source>Villages</source>
        <translation>Số thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="170"/>
        <source>Cumulative</source>
        <translation>Cộng dồn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="171"/>
        <source>Ground</source>
        <translation>Độ cao mặt đất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="171"/>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="171"/>
        <source>Accepted</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="202"/>
        <source>The coverage analysis has to finish first.</source>
        <translation>Cần chờ phân tích phủ sóng hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="224"/>
        <source>Evaluating candidate sites with the terrain…</source>
        <translation>Đang đánh giá các vị trí ứng viên theo địa hình…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="246"/>
        <source>The suggestion failed: {0}</source>
        <translation>Không đề xuất được: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="262"/>
        <source>No candidate site covers a household without {0} ({1} candidates looked at).</source>
        <translation>Không vị trí ứng viên nào phủ được hộ chưa có {0} (đã xét {1} vị trí).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="266"/>
        <source>{0} {1} sites of {2} cover {3} households without {1}; no {4} sites can cover more than {5} ({6} % of that bound). {7} candidates looked at.</source>
        <translation>{0} trạm {1} của {2} phủ được {3} hộ chưa có {1}; không có {4} trạm nào phủ được quá {5} hộ (đạt {6} % mức tối đa đó). Đã xét {7} vị trí ứng viên.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="278"/>
        <source>Choose the parameters and press Suggest (a few seconds: every candidate is evaluated with the terrain, against the baseline).</source>
        <translation>Chọn thông số rồi bấm Đề xuất (mất vài giây: mỗi vị trí ứng viên được đánh giá theo địa hình, so với hiện trạng).</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="18"/>
        <source>Mobile signal</source>
        <translation>Sóng di động</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="19"/>
        <source>3G/4G broadband</source>
        <translation>Băng rộng 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="20"/>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="21"/>
        <source>Fixed broadband (fiber)</source>
        <translation>Băng rộng cố định (cáp quang)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="26"/>
        <source>All villages</source>
        <translation>Tất cả các thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="27"/>
        <source>No signal (trắng sóng)</source>
        <translation>Trắng sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="28"/>
        <source>Weak-signal pocket (lõm sóng)</source>
        <translation>Lõm sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="29"/>
        <source>No 3G/4G broadband</source>
        <translation>Chưa có băng rộng 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="30"/>
        <source>No fixed broadband (fiber)</source>
        <translation>Chưa có băng rộng cố định (cáp quang)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="31"/>
        <source>No 5G</source>
        <translation>Chưa có 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="37"/>
        <source>No 3G/4G</source>
        <translation>Chưa có 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="38"/>
        <source>No fiber</source>
        <translation>Chưa có cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="43"/>
        <source>Villages (thôn, bản, tổ dân phố)</source>
        <translation>Thôn, bản, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="44"/>
        <source>with mobile signal</source>
        <translation>được phủ sóng di động</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="45"/>
        <source>without mobile signal (trắng sóng)</source>
        <translation>trắng sóng (chưa có sóng di động)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="46"/>
        <source>with weak-signal pockets (lõm sóng)</source>
        <translation>có lõm sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="47"/>
        <source>with mobile broadband 3G/4G</source>
        <translation>có hạ tầng băng rộng di động 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="48"/>
        <source>with 5G</source>
        <translation>có sóng 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="49"/>
        <source>with fixed broadband (fiber)</source>
        <translation>có hạ tầng băng rộng cố định (cáp quang)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="50"/>
        <source>without fixed broadband</source>
        <translation>chưa có băng rộng cố định</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="51"/>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="52"/>
        <source>households with fiber (subscribed)</source>
        <translation>hộ dùng băng rộng cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="53"/>
        <source>5G sites</source>
        <translation>Trạm 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="54"/>
        <source>Public Wi-Fi points</source>
        <translation>Điểm Wi-Fi công cộng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="61"/>
        <source>Mobile broadband 3G/4G</source>
        <translation>Băng rộng di động 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="65"/>
        <source>No coverage result yet.</source>
        <translation>Chưa có kết quả phủ sóng.</translation>
    </message>
</context>
<context>
    <name>VillageTableDock</name>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="147"/>
        <source>Villages</source>
        <extracomment>for tests: the filter was applied to the table</extracomment>
        <translation>Danh sách thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="148"/>
        <source>&amp;District:</source>
        <translation>&amp;Huyện:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="149"/>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="150"/>
        <source>&amp;Status:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="151"/>
        <source>C&amp;arrier:</source>
        <translation>&amp;Nhà mạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="152"/>
        <source>S&amp;earch:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="153"/>
        <source>village, commune or code (accents optional)</source>
        <translation>thôn, xã hoặc mã (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="154"/>
        <source>Diacritics are ignored: &quot;ban pho&quot; finds &quot;Bản Phố&quot;</source>
        <translation>Không phân biệt dấu: gõ &quot;ban pho&quot; sẽ tìm thấy &quot;Bản Phố&quot;</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="176"/>
        <source>All districts</source>
        <translation>Tất cả các huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="179"/>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="205"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="184"/>
        <source>All carriers</source>
        <translation>Tất cả nhà mạng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="294"/>
        <source>{0} of {1} villages · {2} households · without fiber: {3} · no signal: {4} · weak-signal pockets: {5}</source>
        <translation>{0}/{1} thôn · {2} hộ · chưa có cáp quang: {3} · trắng sóng: {4} · lõm sóng: {5}</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="285"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="285"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="286"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="286"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="288"/>
        <source>Fiber</source>
        <translation>Cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="288"/>
        <source>Best server</source>
        <translation>Trạm phục vụ tốt nhất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="289"/>
        <source>To fiber</source>
        <translation>Tới cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="295"/>
        <source>{0} signal of {1} at the village centre</source>
        <translation>Sóng {0} của {1} tại trung tâm thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="297"/>
        <source>{0} signal at the village centre (any carrier)</source>
        <translation>Sóng {0} tại trung tâm thôn (mọi nhà mạng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="299"/>
        <source>Fixed broadband: fiber within drop reach</source>
        <translation>Băng rộng cố định: có cáp quang trong tầm kéo cáp thuê bao</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="300"/>
        <source>Carrier, technology and level of the strongest cell</source>
        <translation>Nhà mạng, công nghệ và mức thu của cell mạnh nhất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="301"/>
        <source>Distance from the centre to the nearest fiber access point or distribution cable</source>
        <translation>Khoảng cách từ trung tâm thôn tới điểm truy nhập hoặc cáp quang phân phối gần nhất</translation>
    </message>
</context>
<context>
    <name>WhatIfController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/whatif.py" line="105"/>
        <source>{0} — click again for another site; Esc stops.</source>
        <extracomment>a what-if edit waits this long for the next one before its coverage layers are computed how long the status bar shows a what-if message</extracomment>
        <translation>{0} — bấm tiếp để đặt trạm khác; Esc để dừng.</translation>
    </message>
</context>
<context>
    <name>WhatIfDock</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="186"/>
        <source>What-if</source>
        <translation>Phương án giả định</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="187"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Kịch bản:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="188"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="189"/>
        <source>A new scenario without edits (the baseline)</source>
        <translation>Một kịch bản mới chưa có thay đổi (hiện trạng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="190"/>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="191"/>
        <source>A new scenario with a copy of this one&apos;s edits</source>
        <translation>Một kịch bản mới sao chép các thay đổi của kịch bản này</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="192"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="193"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="194"/>
        <source>Delete this scenario and its edits</source>
        <translation>Xóa kịch bản này cùng các thay đổi</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="195"/>
        <source>New site</source>
        <translation>Trạm mới</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="196"/>
        <source>In “Add BTS” mode (Edit menu or toolbar) every click on the map places a site with these settings.</source>
        <translation>Ở chế độ “Thêm trạm BTS” (trình đơn Sửa hoặc thanh công cụ), mỗi lần bấm lên bản đồ sẽ đặt một trạm với các thông số này.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="198"/>
        <source>Selected site</source>
        <translation>Trạm đang chọn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="199"/>
        <source>site code, or click a site on the map</source>
        <translation>mã trạm, hoặc bấm vào trạm trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="200"/>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="201"/>
        <source>Longitude:</source>
        <translation>Kinh độ:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="202"/>
        <source>Latitude:</source>
        <translation>Vĩ độ:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="203"/>
        <source>Mast height:</source>
        <translation>Chiều cao cột:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="204"/>
        <source>EIRP:</source>
        <translation>EIRP:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="205"/>
        <source>Band:</source>
        <translation>Băng tần:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="206"/>
        <source>Apply changes</source>
        <translation>Áp dụng thay đổi</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="207"/>
        <source>Move or edit the site (an edit you can undo)</source>
        <translation>Dời hoặc sửa trạm (thay đổi có thể hoàn tác)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="208"/>
        <source>Remove site</source>
        <translation>Gỡ bỏ trạm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="209"/>
        <source>Edits</source>
        <translation>Các thay đổi</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="210"/>
        <source>Click an edit to go back to it (the later ones can be redone)</source>
        <translation>Bấm vào một thay đổi để quay lại bước đó (các bước sau vẫn có thể làm lại)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="236"/>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="239"/>
        <source>Rename the scenario</source>
        <translation>Đổi tên kịch bản</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="236"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="240"/>
        <source>Give a name that no other scenario has.</source>
        <translation>Hãy đặt tên chưa trùng với kịch bản nào khác.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="246"/>
        <source>Delete the scenario</source>
        <translation>Xóa kịch bản</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="247"/>
        <source>Delete the scenario “{0}” and its {1} edits? This cannot be undone.</source>
        <translation>Xóa kịch bản “{0}” cùng {1} thay đổi? Không thể hoàn tác việc này.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="263"/>
        <source>Open a data folder to plan what-ifs.</source>
        <translation>Mở một thư mục dữ liệu để lập phương án giả định.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="267"/>
        <source>Edits in this scenario: {0}. The baseline data are never changed.</source>
        <translation>Số thay đổi trong kịch bản: {0}. Dữ liệu hiện trạng không bao giờ bị sửa.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="269"/>
        <source>(baseline: no edits)</source>
        <translation>(hiện trạng: chưa có thay đổi)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="298"/>
        <source>No site {0} in this scenario.</source>
        <translation>Không có trạm {0} trong kịch bản này.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="302"/>
        <source>new (this scenario)</source>
        <translation>mới (kịch bản này)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="303"/>
        <source>moved</source>
        <translation>đã dời</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="304"/>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="305"/>
        <source>as in the data</source>
        <translation>như trong dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="320"/>
        <source>No site selected: click a site on the map (the carriers&apos; site layers, or a new site), or type its code.</source>
        <translation>Chưa chọn trạm: bấm vào một trạm trên bản đồ (lớp trạm của các nhà mạng, hoặc trạm mới), hoặc nhập mã trạm.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="331"/>
        <source>{0} · {1} · {2} · cells: {3} · {4}</source>
        <translation>{0} · {1} · {2} · số cell: {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="351"/>
        <source>The cells of this site have different powers: {0} dBm</source>
        <translation>Các cell của trạm này có công suất khác nhau: {0} dBm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="355"/>
        <source>The cells of this site use different bands: {0} MHz</source>
        <translation>Các cell của trạm này dùng băng tần khác nhau: {0} MHz</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_model.py" line="152"/>
        <source>Scenario {0}</source>
        <translation>Kịch bản {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_model.py" line="255"/>
        <source>{0}: edit {1} ({2}) could not be applied: {3}</source>
        <translation>{0}: không áp dụng được thay đổi thứ {1} ({2}): {3}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_model.py" line="279"/>
        <source>The edit could not be applied: {0}</source>
        <translation>Không áp dụng được thay đổi: {0}</translation>
    </message>
</context>
<context>
    <name>_SavesToPath</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="124"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="134"/>
        <source>Gap list:</source>
        <translation>Danh sách thôn còn thiếu:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="137"/>
        <source>Save to:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="147"/>
        <source>Choose where to save.</source>
        <translation>Hãy chọn nơi lưu.</translation>
    </message>
</context>
</TS>
