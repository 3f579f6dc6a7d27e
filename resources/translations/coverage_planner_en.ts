<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="41"/>
        <source>About Coverage Planner</source>
        <translation>About Coverage Planner</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="47"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="53"/>
        <source>Data set</source>
        <translation>Data set</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="64"/>
        <source>Village-level planning of mobile, 5G, fiber and public Wi-Fi coverage, on an offline map.</source>
        <translation>Village-level planning of mobile, 5G, fiber and public Wi-Fi coverage, on an offline map.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="66"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="73"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="84"/>
        <source>Synthetic (generated, not real) layers</source>
        <translation>Synthetic (generated, not real) layers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="97"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="97"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="97"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="99"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="104"/>
        <source>The open data folder does not say where its layers come from.</source>
        <translation>The open data folder does not say where its layers come from.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="106"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/about.py" line="109"/>
        <source>The map works offline: its web libraries ship with the program (resources/web/VENDORED.md).</source>
        <translation>The map works offline: its web libraries ship with the program (resources/web/VENDORED.md).</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="115"/>
        <source>Villages (thôn, bản, tổ dân phố)</source>
        <extracomment>rows of the table: summary key, and the key of the whole it is a share of (None: no share) rows only the province column has (they are not per village) area chart metrics: (covered column in counts(), the bar&apos;s &quot;yes&quot; and &quot;no&quot; colours)</extracomment>
        <translation>Villages (thôn, bản, tổ dân phố)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="116"/>
        <source>with mobile signal</source>
        <translation>with mobile signal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="117"/>
        <source>without mobile signal (trắng sóng)</source>
        <translation>without mobile signal (trắng sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="118"/>
        <source>with weak-signal pockets (lõm sóng)</source>
        <translation>with weak-signal pockets (lõm sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="119"/>
        <source>with mobile broadband 3G/4G</source>
        <translation>with mobile broadband 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="120"/>
        <source>with 5G</source>
        <translation>with 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="121"/>
        <source>with fixed broadband (fiber)</source>
        <translation>with fixed broadband (fiber)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="122"/>
        <source>without fixed broadband</source>
        <translation>without fixed broadband</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="123"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="124"/>
        <source>households with fiber (subscribed)</source>
        <translation>households with fiber (subscribed)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="125"/>
        <source>5G sites</source>
        <translation>5G sites</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="126"/>
        <source>Public Wi-Fi points</source>
        <translation>Public Wi-Fi points</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="131"/>
        <source>Fixed broadband (fiber)</source>
        <translation>Fixed broadband (fiber)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="132"/>
        <source>Mobile signal</source>
        <translation>Mobile signal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="133"/>
        <source>Mobile broadband 3G/4G</source>
        <translation>Mobile broadband 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="134"/>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="138"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="146"/>
        <source>What the bars by area show</source>
        <translation>What the bars by area show</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="170"/>
        <source>whole province</source>
        <translation>whole province</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="172"/>
        <source>{0} · carrier {1} (signal, 3G/4G and 5G of this carrier)</source>
        <translation>{0} · carrier {1} (signal, 3G/4G and 5G of this carrier)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="184"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="184"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="184"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="190"/>
        <source>The coverage analysis has not run yet.</source>
        <translation>The coverage analysis has not run yet.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="201"/>
        <source>Filter: {0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="202"/>
        <source>Whole province: {0} villages</source>
        <translation>Whole province: {0} villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="235"/>
        <location filename="../../coverage_planner/gui/dashboard.py" line="236"/>
        <source>No coverage result yet.</source>
        <translation>No coverage result yet.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="238"/>
        <source>By commune: {0}</source>
        <translation>By commune: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="240"/>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="241"/>
        <source>By carrier (villages with its signal)</source>
        <translation>By carrier (villages with its signal)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="242"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="242"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="249"/>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="265"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="266"/>
        <source>{0}: {1} of {2} villages without</source>
        <translation>{0}: {1} of {2} villages without</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dashboard.py" line="276"/>
        <source>{0}: signal {1}, 3G/4G {2}, 5G {3} of {4} villages</source>
        <translation>{0}: signal {1}, 3G/4G {2}, 5G {3} of {4} villages</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="28"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="29"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="29"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="29"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="39"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="40"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="41"/>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="42"/>
        <source>Fiber cables</source>
        <translation>Fiber cables</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="43"/>
        <source>Fiber access points</source>
        <translation>Fiber access points</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="44"/>
        <source>Public Wi-Fi</source>
        <translation>Public Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="45"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="46"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="47"/>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="48"/>
        <source>Terrain (DEM)</source>
        <translation>Terrain (DEM)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="54"/>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="56"/>
        <source>synthetic</source>
        <translation>synthetic</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="57"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/layers_dock.py" line="72"/>
        <source>Generated data, not real: do not use for decisions</source>
        <translation>Generated data, not real: do not use for decisions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="206"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="207"/>
        <source>&amp;Open data folder…</source>
        <translation>&amp;Open data folder…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="208"/>
        <source>Recent &amp;folders</source>
        <translation>Recent &amp;folders</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="209"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="211"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="212"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="213"/>
        <source>&amp;Coverage</source>
        <translation>&amp;Coverage</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="214"/>
        <source>&amp;Run the coverage analysis</source>
        <translation>&amp;Run the coverage analysis</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="215"/>
        <source>&amp;Cancel the analysis</source>
        <translation>&amp;Cancel the analysis</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="217"/>
        <source>&amp;About Coverage Planner</source>
        <translation>&amp;About Coverage Planner</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="218"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="219"/>
        <source>Stop the coverage analysis</source>
        <translation>Stop the coverage analysis</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="220"/>
        <source>Coverage analysis: masts computed</source>
        <translation>Coverage analysis: masts computed</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="282"/>
        <location filename="../../coverage_planner/gui/main_window.py" line="449"/>
        <source>The map could not be shown: {0}</source>
        <translation>The map could not be shown: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="300"/>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="307"/>
        <source>Opening {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="312"/>
        <source>Drawing the map…</source>
        <translation>Drawing the map…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="323"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="372"/>
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="406"/>
        <source>{0} villages · {1} sites · {2} km of fiber</source>
        <translation>{0} villages · {1} sites · {2} km of fiber</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="411"/>
        <source>Synthetic data</source>
        <translation>Synthetic data</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="417"/>
        <source>Coverage Planner</source>
        <translation>Coverage Planner</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="420"/>
        <source>unsaved</source>
        <translation>unsaved</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="421"/>
        <source>Coverage Planner — {0}</source>
        <translation>Coverage Planner — {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="426"/>
        <source>Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · Fiber: {4} km · Access points: {5} · Wi-Fi: {6}</source>
        <translation>Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · Fiber: {4} km · Access points: {5} · Wi-Fi: {6}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="436"/>
        <source>Some layers could not be drawn: {0}</source>
        <translation>Some layers could not be drawn: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="463"/>
        <source>No elevation model (dem.tif or .hgt) in this folder: coverage cannot be computed.</source>
        <translation>No elevation model (dem.tif or .hgt) in this folder: coverage cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="472"/>
        <source>Cancelling the coverage analysis…</source>
        <translation>Cancelling the coverage analysis…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="485"/>
        <location filename="../../coverage_planner/gui/main_window.py" line="490"/>
        <location filename="../../coverage_planner/gui/main_window.py" line="529"/>
        <source>Computing coverage…</source>
        <translation>Computing coverage…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="489"/>
        <source>Computing coverage: {0} masts</source>
        <translation>Computing coverage: {0} masts</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="502"/>
        <source>The coverage analysis failed: {0}</source>
        <translation>The coverage analysis failed: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="508"/>
        <source>Coverage analysis cancelled.</source>
        <translation>Coverage analysis cancelled.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="523"/>
        <source>Without fiber: {0} · No signal: {1} · Weak pockets: {2}</source>
        <translation>Without fiber: {0} · No signal: {1} · Weak pockets: {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="531"/>
        <source>Coverage not computed (cancelled; F5 runs it)</source>
        <translation>Coverage not computed (cancelled; F5 runs it)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="533"/>
        <source>Coverage failed</source>
        <translation>Coverage failed</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="536"/>
        <source>No elevation model: no coverage</source>
        <translation>No elevation model: no coverage</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="581"/>
        <source>The map could not show the coverage: {0}</source>
        <translation>The map could not show the coverage: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="601"/>
        <source>Village {0}: {1}, {2}, {3}</source>
        <translation>Village {0}: {1}, {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="605"/>
        <source>(hidden by the table&apos;s filter)</source>
        <translation>(hidden by the table&apos;s filter)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="31"/>
        <source>OK</source>
        <extracomment>language code -&gt; its name in that language (menu entries are not translated)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="32"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="33"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="34"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="35"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="36"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/i18n.py" line="37"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>VillageTableDock</name>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="369"/>
        <source>All villages</source>
        <extracomment>for tests: the filter was applied to the table</extracomment>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="370"/>
        <source>No signal (trắng sóng)</source>
        <translation>No signal (trắng sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="371"/>
        <source>Weak-signal pocket (lõm sóng)</source>
        <translation>Weak-signal pocket (lõm sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="372"/>
        <source>No 3G/4G broadband</source>
        <translation>No 3G/4G broadband</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="373"/>
        <source>No fixed broadband (fiber)</source>
        <translation>No fixed broadband (fiber)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="374"/>
        <source>No 5G</source>
        <translation>No 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="378"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="379"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="380"/>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="381"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="382"/>
        <source>C&amp;arrier:</source>
        <translation>C&amp;arrier:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="383"/>
        <source>S&amp;earch:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="384"/>
        <source>village, commune or code (accents optional)</source>
        <translation>village, commune or code (accents optional)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="385"/>
        <source>Diacritics are ignored: &quot;ban pho&quot; finds &quot;Bản Phố&quot;</source>
        <translation>Diacritics are ignored: &quot;ban pho&quot; finds &quot;Bản Phố&quot;</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="412"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="415"/>
        <location filename="../../coverage_planner/gui/village_table.py" line="441"/>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="420"/>
        <source>All carriers</source>
        <translation>All carriers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="498"/>
        <source>No coverage result yet.</source>
        <translation>No coverage result yet.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="507"/>
        <source>{0} of {1} villages · {2} households · without fiber: {3} · no signal: {4} · weak-signal pockets: {5}</source>
        <translation>{0} of {1} villages · {2} households · without fiber: {3} · no signal: {4} · weak-signal pockets: {5}</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="191"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="191"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="192"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="192"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="194"/>
        <source>Fiber</source>
        <translation>Fiber</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="194"/>
        <source>Best server</source>
        <translation>Best server</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="195"/>
        <source>To fiber</source>
        <translation>To fiber</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="201"/>
        <source>{0} signal of {1} at the village centre</source>
        <translation>{0} signal of {1} at the village centre</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="203"/>
        <source>{0} signal at the village centre (any carrier)</source>
        <translation>{0} signal at the village centre (any carrier)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="205"/>
        <source>Fixed broadband: fiber within drop reach</source>
        <translation>Fixed broadband: fiber within drop reach</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="206"/>
        <source>Carrier, technology and level of the strongest cell</source>
        <translation>Carrier, technology and level of the strongest cell</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/village_table.py" line="207"/>
        <source>Distance from the centre to the nearest fiber access point or distribution cable</source>
        <translation>Distance from the centre to the nearest fiber access point or distribution cable</translation>
    </message>
</context>
</TS>
