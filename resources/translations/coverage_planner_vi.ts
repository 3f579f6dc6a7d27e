<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="41"/>
        <source>About Coverage Planner</source>
        <translation>Giới thiệu Coverage Planner</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="47"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="53"/>
        <source>Data set</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="64"/>
        <source>Village-level planning of mobile, 5G, fiber and public Wi-Fi coverage, on an offline map.</source>
        <translation>Quy hoạch phủ sóng di động, 5G, cáp quang và Wi-Fi công cộng đến từng thôn, trên bản đồ ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="66"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="73"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="84"/>
        <source>Synthetic (generated, not real) layers</source>
        <translation>Các lớp giả lập (tự sinh, không phải dữ liệu thật)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="97"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="97"/>
        <source>Origin</source>
        <translation>Nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="97"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="99"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="104"/>
        <source>The open data folder does not say where its layers come from.</source>
        <translation>Thư mục dữ liệu đang mở không ghi nguồn gốc của các lớp.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="106"/>
        <source>Software</source>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="109"/>
        <source>The map works offline: its web libraries ship with the program (resources/web/VENDORED.md).</source>
        <translation>Bản đồ chạy ngoại tuyến: các thư viện web đi kèm chương trình (resources/web/VENDORED.md).</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="115"/>
        <source>Villages (thôn, bản, tổ dân phố)</source>
        <extracomment>rows of the table: summary key, and the key of the whole it is a share of (None: no share) rows only the province column has (they are not per village) area chart metrics: (covered column in counts(), the bar&apos;s &quot;yes&quot; and &quot;no&quot; colours)</extracomment>
        <translation>Thôn, bản, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="116"/>
        <source>with mobile signal</source>
        <translation>được phủ sóng di động</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="117"/>
        <source>without mobile signal (trắng sóng)</source>
        <translation>trắng sóng (chưa có sóng di động)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="118"/>
        <source>with weak-signal pockets (lõm sóng)</source>
        <translation>có lõm sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="119"/>
        <source>with mobile broadband 3G/4G</source>
        <translation>có hạ tầng băng rộng di động 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="120"/>
        <source>with 5G</source>
        <translation>có sóng 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="121"/>
        <source>with fixed broadband (fiber)</source>
        <translation>có hạ tầng băng rộng cố định (cáp quang)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="122"/>
        <source>without fixed broadband</source>
        <translation>chưa có băng rộng cố định</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="123"/>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="124"/>
        <source>households with fiber (subscribed)</source>
        <translation>hộ dùng băng rộng cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="125"/>
        <source>5G sites</source>
        <translation>Trạm 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="126"/>
        <source>Public Wi-Fi points</source>
        <translation>Điểm Wi-Fi công cộng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="131"/>
        <source>Fixed broadband (fiber)</source>
        <translation>Băng rộng cố định (cáp quang)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="132"/>
        <source>Mobile signal</source>
        <translation>Sóng di động</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="133"/>
        <source>Mobile broadband 3G/4G</source>
        <translation>Băng rộng di động 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="134"/>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="138"/>
        <source>Dashboard</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="146"/>
        <source>What the bars by area show</source>
        <translation>Chỉ tiêu hiển thị trên biểu đồ theo địa bàn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="170"/>
        <source>whole province</source>
        <translation>toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="172"/>
        <source>{0} · carrier {1} (signal, 3G/4G and 5G of this carrier)</source>
        <translation>{0} · nhà mạng {1} (sóng, 3G/4G và 5G của nhà mạng này)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="184"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="184"/>
        <source>Province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="184"/>
        <source>Filter</source>
        <translation>Đang lọc</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="190"/>
        <source>The coverage analysis has not run yet.</source>
        <translation>Chưa chạy phân tích phủ sóng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="201"/>
        <source>Filter: {0}</source>
        <translation>Đang lọc: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="202"/>
        <source>Whole province: {0} villages</source>
        <translation>Toàn tỉnh: {0} thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="235"/>
        <location filename="../../coverage_planner/gui/dashboard.py" line="236"/>
        <source>No coverage result yet.</source>
        <translation>Chưa có kết quả phủ sóng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="238"/>
        <source>By commune: {0}</source>
        <translation>Theo xã: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="240"/>
        <source>By district</source>
        <translation>Theo huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="241"/>
        <source>By carrier (villages with its signal)</source>
        <translation>Theo nhà mạng (số thôn có sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="242"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="242"/>
        <source>no</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="249"/>
        <source>signal</source>
        <translation>có sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="265"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="266"/>
        <source>{0}: {1} of {2} villages without</source>
        <translation>{0}: {1}/{2} thôn chưa có</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="276"/>
        <source>{0}: signal {1}, 3G/4G {2}, 5G {3} of {4} villages</source>
        <translation>{0}: có sóng {1}, 3G/4G {2}, 5G {3} trên {4} thôn</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="28"/>
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="29"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="29"/>
        <source>Features</source>
        <translation>Số đối tượng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="29"/>
        <source>Origin</source>
        <translation>Nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="39"/>
        <source>Villages</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="40"/>
        <source>Households</source>
        <translation>Cụm hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="41"/>
        <source>Cells</source>
        <translation>Cell (trạm BTS)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="42"/>
        <source>Fiber cables</source>
        <translation>Cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="43"/>
        <source>Fiber access points</source>
        <translation>Điểm truy nhập cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="44"/>
        <source>Public Wi-Fi</source>
        <translation>Wi-Fi công cộng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="45"/>
        <source>Communes</source>
        <translation>Xã, phường, thị trấn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="46"/>
        <source>Districts</source>
        <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="47"/>
        <source>Roads</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="48"/>
        <source>Terrain (DEM)</source>
        <translation>Địa hình (DEM)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="54"/>
        <source>real</source>
        <translation>thật</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="56"/>
        <source>synthetic</source>
        <translation>giả lập</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="57"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="72"/>
        <source>Generated data, not real: do not use for decisions</source>
        <translation>Dữ liệu tự sinh, không phải thật: không dùng để ra quyết định</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="206"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="207"/>
        <source>&amp;Open data folder…</source>
        <translation>&amp;Mở thư mục dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="208"/>
        <source>Recent &amp;folders</source>
        <translation>Thư mục &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="209"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="211"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="212"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="213"/>
        <source>&amp;Coverage</source>
        <translation>&amp;Phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="214"/>
        <source>&amp;Run the coverage analysis</source>
        <translation>&amp;Chạy phân tích phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="215"/>
        <source>&amp;Cancel the analysis</source>
        <translation>&amp;Dừng phân tích</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="217"/>
        <source>&amp;About Coverage Planner</source>
        <translation>&amp;Giới thiệu Coverage Planner</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="218"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="219"/>
        <source>Stop the coverage analysis</source>
        <translation>Dừng phân tích phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="220"/>
        <source>Coverage analysis: masts computed</source>
        <translation>Phân tích phủ sóng: số cột anten đã tính</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="282"/>
        <location filename="../../coverage_planner/gui/main_window.py" line="449"/>
        <source>The map could not be shown: {0}</source>
        <translation>Không hiển thị được bản đồ: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="300"/>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="307"/>
        <source>Opening {0}…</source>
        <translation>Đang mở {0}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="312"/>
        <source>Drawing the map…</source>
        <translation>Đang vẽ bản đồ…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="323"/>
        <source>(none)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="372"/>
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="406"/>
        <source>{0} villages · {1} sites · {2} km of fiber</source>
        <translation>{0} thôn · {1} trạm BTS · {2} km cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="411"/>
        <source>Synthetic data</source>
        <translation>Dữ liệu giả lập</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="417"/>
        <source>Coverage Planner</source>
        <translation>Coverage Planner – Quy hoạch phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="420"/>
        <source>unsaved</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="421"/>
        <source>Coverage Planner — {0}</source>
        <translation>Coverage Planner — {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="426"/>
        <source>Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · Fiber: {4} km · Access points: {5} · Wi-Fi: {6}</source>
        <translation>Thôn: {0} · Hộ: {1} · Trạm BTS: {2} (cell: {3}) · Cáp quang: {4} km · Điểm truy nhập: {5} · Wi-Fi: {6}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="436"/>
        <source>Some layers could not be drawn: {0}</source>
        <translation>Một số lớp không vẽ được: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="463"/>
        <source>No elevation model (dem.tif or .hgt) in this folder: coverage cannot be computed.</source>
        <translation>Thư mục này không có mô hình độ cao (dem.tif hoặc .hgt): không tính được vùng phủ sóng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="472"/>
        <source>Cancelling the coverage analysis…</source>
        <translation>Đang dừng phân tích phủ sóng…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="485"/>
        <location filename="../../coverage_planner/gui/main_window.py" line="490"/>
        <location filename="../../coverage_planner/gui/main_window.py" line="529"/>
        <source>Computing coverage…</source>
        <translation>Đang tính vùng phủ sóng…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="489"/>
        <source>Computing coverage: {0} masts</source>
        <translation>Đang tính vùng phủ sóng: {0} cột anten</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="502"/>
        <source>The coverage analysis failed: {0}</source>
        <translation>Phân tích phủ sóng bị lỗi: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="508"/>
        <source>Coverage analysis cancelled.</source>
        <translation>Đã dừng phân tích phủ sóng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="523"/>
        <source>Without fiber: {0} · No signal: {1} · Weak pockets: {2}</source>
        <translation>Chưa có cáp quang: {0} · Trắng sóng: {1} · Lõm sóng: {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="531"/>
        <source>Coverage not computed (cancelled; F5 runs it)</source>
        <translation>Chưa tính phủ sóng (đã dừng; nhấn F5 để chạy)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="533"/>
        <source>Coverage failed</source>
        <translation>Lỗi tính phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="536"/>
        <source>No elevation model: no coverage</source>
        <translation>Không có mô hình độ cao: chưa tính phủ sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="581"/>
        <source>The map could not show the coverage: {0}</source>
        <translation>Bản đồ không hiển thị được kết quả phủ sóng: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="601"/>
        <source>Village {0}: {1}, {2}, {3}</source>
        <translation>Thôn {0}: {1}, {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="605"/>
        <source>(hidden by the table&apos;s filter)</source>
        <translation>(đang bị bộ lọc của bảng ẩn)</translation>
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
    <name>VillageTableDock</name>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="369"/>
        <source>All villages</source>
        <extracomment>for tests: the filter was applied to the table</extracomment>
        <translation>Tất cả các thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="370"/>
        <source>No signal (trắng sóng)</source>
        <translation>Trắng sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="371"/>
        <source>Weak-signal pocket (lõm sóng)</source>
        <translation>Lõm sóng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="372"/>
        <source>No 3G/4G broadband</source>
        <translation>Chưa có băng rộng 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="373"/>
        <source>No fixed broadband (fiber)</source>
        <translation>Chưa có băng rộng cố định (cáp quang)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="374"/>
        <source>No 5G</source>
        <translation>Chưa có 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="378"/>
        <source>Villages</source>
        <translation>Danh sách thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="379"/>
        <source>&amp;District:</source>
        <translation>&amp;Huyện:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="380"/>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="381"/>
        <source>&amp;Status:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="382"/>
        <source>C&amp;arrier:</source>
        <translation>&amp;Nhà mạng:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="383"/>
        <source>S&amp;earch:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="384"/>
        <source>village, commune or code (accents optional)</source>
        <translation>thôn, xã hoặc mã (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="385"/>
        <source>Diacritics are ignored: &quot;ban pho&quot; finds &quot;Bản Phố&quot;</source>
        <translation>Không phân biệt dấu: gõ &quot;ban pho&quot; sẽ tìm thấy &quot;Bản Phố&quot;</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="412"/>
        <source>All districts</source>
        <translation>Tất cả các huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="415"/>
        <location filename="../../coverage_planner/gui/village_table.py" line="441"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="420"/>
        <source>All carriers</source>
        <translation>Tất cả nhà mạng</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="498"/>
        <source>No coverage result yet.</source>
        <translation>Chưa có kết quả phủ sóng.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="507"/>
        <source>{0} of {1} villages · {2} households · without fiber: {3} · no signal: {4} · weak-signal pockets: {5}</source>
        <translation>{0}/{1} thôn · {2} hộ · chưa có cáp quang: {3} · trắng sóng: {4} · lõm sóng: {5}</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="191"/>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="191"/>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="192"/>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="192"/>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="194"/>
        <source>Fiber</source>
        <translation>Cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="194"/>
        <source>Best server</source>
        <translation>Trạm phục vụ tốt nhất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="195"/>
        <source>To fiber</source>
        <translation>Tới cáp quang</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="201"/>
        <source>{0} signal of {1} at the village centre</source>
        <translation>Sóng {0} của {1} tại trung tâm thôn</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="203"/>
        <source>{0} signal at the village centre (any carrier)</source>
        <translation>Sóng {0} tại trung tâm thôn (mọi nhà mạng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="205"/>
        <source>Fixed broadband: fiber within drop reach</source>
        <translation>Băng rộng cố định: có cáp quang trong tầm kéo cáp thuê bao</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="206"/>
        <source>Carrier, technology and level of the strongest cell</source>
        <translation>Nhà mạng, công nghệ và mức thu của cell mạnh nhất</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="207"/>
        <source>Distance from the centre to the nearest fiber access point or distribution cable</source>
        <translation>Khoảng cách từ trung tâm thôn tới điểm truy nhập hoặc cáp quang phân phối gần nhất</translation>
    </message>
</context>
</TS>
