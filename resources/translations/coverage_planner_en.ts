<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="41"/>
        <source>About Coverage Planner</source>
        <translation>About Coverage Planner</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="47"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="53"/>
        <source>Data set</source>
        <translation>Data set</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="64"/>
        <source>Village-level planning of mobile, 5G, fiber and public Wi-Fi coverage, on an offline map.</source>
        <translation>Village-level planning of mobile, 5G, fiber and public Wi-Fi coverage, on an offline map.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="66"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="73"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="84"/>
        <source>Synthetic (generated, not real) layers</source>
        <translation>Synthetic (generated, not real) layers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="97"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="97"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="97"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="99"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="104"/>
        <source>The open data folder does not say where its layers come from.</source>
        <translation>The open data folder does not say where its layers come from.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="106"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/about.py" line="109"/>
        <source>The map works offline: its web libraries ship with the program (resources/web/VENDORED.md).</source>
        <translation>The map works offline: its web libraries ship with the program (resources/web/VENDORED.md).</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="109"/>
        <source>&amp;Run the coverage analysis</source>
        <translation>&amp;Run the coverage analysis</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="110"/>
        <source>&amp;Cancel the analysis</source>
        <translation>&amp;Cancel the analysis</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="111"/>
        <source>Compute &amp;engine…</source>
        <translation>Compute &amp;engine…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="113"/>
        <source>Compute on this computer or on Dask workers (big folders)</source>
        <translation>Compute on this computer or on Dask workers (big folders)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="114"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="115"/>
        <source>Stop the coverage analysis</source>
        <translation>Stop the coverage analysis</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="116"/>
        <source>Coverage analysis: masts computed</source>
        <translation>Coverage analysis: masts computed</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="138"/>
        <source>No elevation model (dem.tif or .hgt) in this folder: coverage cannot be computed.</source>
        <translation>No elevation model (dem.tif or .hgt) in this folder: coverage cannot be computed.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="149"/>
        <source>Cancelling the coverage analysis…</source>
        <translation>Cancelling the coverage analysis…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="162"/>
        <source>Compute engine: {0}</source>
        <translation>Compute engine: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="171"/>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="177"/>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="228"/>
        <source>Computing coverage…</source>
        <translation>Computing coverage…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="179"/>
        <source>Computing coverage: {0} masts</source>
        <translation>Computing coverage: {0} masts</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="201"/>
        <source>The coverage analysis failed: {0}</source>
        <translation>The coverage analysis failed: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="207"/>
        <source>Coverage analysis cancelled.</source>
        <translation>Coverage analysis cancelled.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="221"/>
        <source>Without fiber: {0} · No signal: {1} · Weak pockets: {2}</source>
        <translation>Without fiber: {0} · No signal: {1} · Weak pockets: {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="230"/>
        <source>Coverage not computed (cancelled; F5 runs it)</source>
        <translation>Coverage not computed (cancelled; F5 runs it)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="232"/>
        <source>Coverage failed</source>
        <translation>Coverage failed</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/analysis_status.py" line="235"/>
        <source>No elevation model: no coverage</source>
        <translation>No elevation model: no coverage</translation>
    </message>
</context>
<context>
    <name>CalibrationController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/calibration.py" line="25"/>
        <source>Ca&amp;librate against measurements…</source>
        <translation>Ca&amp;librate against measurements…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/calibration.py" line="27"/>
        <source>Fit the coverage model to the project&apos;s drive test: offsets per carrier and technology, distance slopes, clutter losses; held-out accuracy before and after</source>
        <translation>Fit the coverage model to the project&apos;s drive test: offsets per carrier and technology, distance slopes, clutter losses; held-out accuracy before and after</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/calibration.py" line="34"/>
        <source>This project has no measurements. Put a measurements.csv in the data folder or use File → Import measurements… first.</source>
        <translation>This project has no measurements. Put a measurements.csv in the data folder or use File → Import measurements… first.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="125"/>
        <source>Calibration against measurements</source>
        <translation>Calibration against measurements</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="126"/>
        <source>&amp;Save calibrated profile…</source>
        <translation>&amp;Save calibrated profile…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="127"/>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="129"/>
        <source>Use the calibrated profile for this project: the coverage analysis runs again</source>
        <translation>Use the calibrated profile for this project: the coverage analysis runs again</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="130"/>
        <source>Mean error (dB)</source>
        <translation>Mean error (dB)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="130"/>
        <source>RMSE (dB)</source>
        <translation>RMSE (dB)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="132"/>
        <source>Before calibration</source>
        <translation>Before calibration</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="133"/>
        <source>After calibration (held-out)</source>
        <translation>After calibration (held-out)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="135"/>
        <source>Carrier | technology</source>
        <translation>Carrier | technology</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="135"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="135"/>
        <source>Offset, dB (at distance)</source>
        <translation>Offset, dB (at distance)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="136"/>
        <source>Slope (dB per decade)</source>
        <translation>Slope (dB per decade)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="138"/>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="145"/>
        <source>Calibrating against the measurements…</source>
        <translation>Calibrating against the measurements…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="164"/>
        <source>The calibration could not run:</source>
        <translation>The calibration could not run:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="177"/>
        <source>Samples used: {used}; left out (no cell of their carrier and technology within reach, or too few for it): {skipped}.</source>
        <translation>Samples used: {used}; left out (no cell of their carrier and technology within reach, or too few for it): {skipped}.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="198"/>
        <source>Clutter extra loss: {extras}</source>
        <translation>Clutter extra loss: {extras}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="208"/>
        <source>Save calibrated profile</source>
        <translation>Save calibrated profile</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="209"/>
        <source>Coverage profile (*.json)</source>
        <translation>Coverage profile (*.json)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/calibration_dialog.py" line="215"/>
        <source>The profile could not be written:</source>
        <translation>The profile could not be written:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="119"/>
        <source>Compare scenarios</source>
        <translation>Compare scenarios</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="120"/>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="121"/>
        <source>against:</source>
        <translation>against:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="122"/>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="123"/>
        <source>Outline the villages that change status on the map</source>
        <translation>Outline the villages that change status on the map</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="124"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="124"/>
        <source>gain</source>
        <translation>gain</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="125"/>
        <source>lose</source>
        <translation>lose</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="126"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="126"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="127"/>
        <source>Fiber</source>
        <translation>Fiber</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="128"/>
        <source>gains coverage</source>
        <translation>gains coverage</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="128"/>
        <source>loses coverage</source>
        <translation>loses coverage</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="129"/>
        <source>gains and loses</source>
        <translation>gains and loses</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="139"/>
        <source>Gaps: no signal (served / remaining)</source>
        <translation>Gaps: no signal (served / remaining)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="140"/>
        <source>Gaps: no 3G/4G (served / remaining)</source>
        <translation>Gaps: no 3G/4G (served / remaining)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="141"/>
        <source>Gaps: no fiber (served / remaining)</source>
        <translation>Gaps: no fiber (served / remaining)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="152"/>
        <source>the baseline (the data as loaded)</source>
        <translation>the baseline (the data as loaded)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="179"/>
        <source>The coverage analysis has to finish first.</source>
        <translation>The coverage analysis has to finish first.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="192"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="214"/>
        <source>The comparison failed: {0}</source>
        <translation>The comparison failed: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="236"/>
        <source>Choose two scenarios and press Compare.</source>
        <translation>Choose two scenarios and press Compare.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="241"/>
        <source>the baseline</source>
        <translation>the baseline</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/compare_dialog.py" line="243"/>
        <source>“{0}” against {1}: households gaining mobile signal {2}, 3G/4G {3}, fiber {4}; {5} villages change status.</source>
        <translation>“{0}” against {1}: households gaining mobile signal {2}, 3G/4G {3}, fiber {4}; {5} villages change status.</translation>
    </message>
</context>
<context>
    <name>Compute</name>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="74"/>
        <source>Dask: 1 worker at {0}</source>
        <translation>Dask: 1 worker at {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="75"/>
        <source>Dask: {0} workers at {1}</source>
        <translation>Dask: {0} workers at {1}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="78"/>
        <source>local Dask cluster: 1 worker</source>
        <translation>local Dask cluster: 1 worker</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="79"/>
        <source>local Dask cluster: {0} workers</source>
        <translation>local Dask cluster: {0} workers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="99"/>
        <source>Connecting to the Dask scheduler at {0}…</source>
        <translation>Connecting to the Dask scheduler at {0}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="106"/>
        <source>Starting a local Dask cluster (worker processes: {0})…</source>
        <translation>Starting a local Dask cluster (worker processes: {0})…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="139"/>
        <source>Computing coverage: {0}/{1} masts ({2})</source>
        <translation>Computing coverage: {0}/{1} masts ({2})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/compute.py" line="149"/>
        <source>Coverage computed ({0})</source>
        <translation>Coverage computed ({0})</translation>
    </message>
</context>
<context>
    <name>ComputeDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="148"/>
        <source>Compute engine</source>
        <translation>Compute engine</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="149"/>
        <source>Compute the coverage on</source>
        <translation>Compute the coverage on</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="150"/>
        <source>&amp;This computer (the built-in engine)</source>
        <translation>&amp;This computer (the built-in engine)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="151"/>
        <source>A &amp;local Dask cluster of</source>
        <translation>A &amp;local Dask cluster of</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="152"/>
        <source> worker processes</source>
        <translation> worker processes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="153"/>
        <source>One process per CPU core is usually best</source>
        <translation>One process per CPU core is usually best</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="154"/>
        <source>The Dask &amp;scheduler at</source>
        <translation>The Dask &amp;scheduler at</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="155"/>
        <source>Test &amp;connection</source>
        <translation>Test &amp;connection</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="156"/>
        <source>Ask the scheduler for its workers</source>
        <translation>Ask the scheduler for its workers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="158"/>
        <source>A cluster of several machines: start `dask scheduler` on one machine and `dask worker tcp://HOST:8786 --nthreads 1` on every machine that computes. Every machine needs this application&apos;s Python package and the data folder at the same path (see docs/cluster.md).</source>
        <translation>A cluster of several machines: start `dask scheduler` on one machine and `dask worker tcp://HOST:8786 --nthreads 1` on every machine that computes. Every machine needs this application&apos;s Python package and the data folder at the same path (see docs/cluster.md).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="162"/>
        <source>Use Dask only for big folders</source>
        <translation>Use Dask only for big folders</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="163"/>
        <source>From this &amp;many cells:</source>
        <translation>From this &amp;many cells:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="164"/>
        <source>or this many &amp;villages:</source>
        <translation>or this many &amp;villages:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="166"/>
        <source>Smaller folders are computed on this computer: starting Dask workers takes seconds, more than a province&apos;s analysis gains. 0 means always Dask.</source>
        <translation>Smaller folders are computed on this computer: starting Dask workers takes seconds, more than a province&apos;s analysis gains. 0 means always Dask.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="188"/>
        <source>a local Dask cluster of {0} worker processes, for folders from {1} cells or {2} villages</source>
        <translation>a local Dask cluster of {0} worker processes, for folders from {1} cells or {2} villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="191"/>
        <source>the Dask scheduler at {0}, for folders from {1} cells or {2} villages</source>
        <translation>the Dask scheduler at {0}, for folders from {1} cells or {2} villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="193"/>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="207"/>
        <source>The open folder ({0} cells, {1} villages) will be computed on Dask.</source>
        <translation>The open folder ({0} cells, {1} villages) will be computed on Dask.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="209"/>
        <source>The open folder ({0} cells, {1} villages) will be computed on this computer.</source>
        <translation>The open folder ({0} cells, {1} villages) will be computed on this computer.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="264"/>
        <source>Connecting to {0}…</source>
        <translation>Connecting to {0}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="278"/>
        <source>The scheduler at {0} answers but has no workers: start them with `dask worker {0}` (see docs/cluster.md).</source>
        <translation>The scheduler at {0} answers but has no workers: start them with `dask worker {0}` (see docs/cluster.md).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="290"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="292"/>
        <source>Connected to {0}. Workers: {1} · threads: {2} · memory: {3}</source>
        <translation>Connected to {0}. Workers: {1} · threads: {2} · memory: {3}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="295"/>
        <source>• {0}: threads: {1} · memory: {2}</source>
        <translation>• {0}: threads: {1} · memory: {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/compute_dialog.py" line="298"/>
        <source>… and {0} more</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>CostEditor</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/cost_editor.py" line="150"/>
        <source>Approximate unit costs (public figures or stated engineering assumptions; see the documentation). Compute uses the values below; Save keeps them in the project&apos;s profile.</source>
        <translation>Approximate unit costs (public figures or stated engineering assumptions; see the documentation). Compute uses the values below; Save keeps them in the project&apos;s profile.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/cost_editor.py" line="153"/>
        <source>&amp;Save to the project</source>
        <translation>&amp;Save to the project</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/cost_editor.py" line="154"/>
        <source>Keep these costs in the open project&apos;s profile (only the values that differ from the defaults)</source>
        <translation>Keep these costs in the open project&apos;s profile (only the values that differ from the defaults)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/cost_editor.py" line="156"/>
        <source>Reset to &amp;defaults</source>
        <translation>Reset to &amp;defaults</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="144"/>
        <source>Dashboard</source>
        <extracomment>rows of the table: summary key, and the key of the whole it is a share of (None: no share) rows only the province column has (they are not per village) area chart metrics: (covered column in counts(), the bar&apos;s &quot;yes&quot; and &quot;no&quot; colours)</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="152"/>
        <source>What the bars by area show</source>
        <translation>What the bars by area show</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="176"/>
        <source>whole province</source>
        <translation>whole province</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="178"/>
        <source>{0} · carrier {1} (signal, 3G/4G and 5G of this carrier)</source>
        <translation>{0} · carrier {1} (signal, 3G/4G and 5G of this carrier)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="199"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="199"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="199"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="206"/>
        <source>The coverage analysis has not run yet.</source>
        <translation>The coverage analysis has not run yet.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="217"/>
        <source>Filter: {0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="218"/>
        <source>Whole province: {0} villages</source>
        <translation>Whole province: {0} villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="234"/>
        <source>Radio models</source>
        <translation>Radio models</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="268"/>
        <source>By commune: {0}</source>
        <translation>By commune: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="270"/>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="271"/>
        <source>By carrier (villages with its signal)</source>
        <translation>By carrier (villages with its signal)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="272"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="272"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="279"/>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="299"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="300"/>
        <source>{0}: {1} of {2} villages without</source>
        <translation>{0}: {1} of {2} villages without</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/dashboard.py" line="310"/>
        <source>{0}: signal {1}, 3G/4G {2}, 5G {3} of {4} villages</source>
        <translation>{0}: signal {1}, 3G/4G {2}, 5G {3} of {4} villages</translation>
    </message>
</context>
<context>
    <name>DeltaDock</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="108"/>
        <source>Gain mobile signal ({0})</source>
        <extracomment>delta&apos;s categories, in the order shown gap kinds of delta&apos;s gaps_served / gaps_remaining</extracomment>
        <translation>Gain mobile signal ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="109"/>
        <source>Gain 3G/4G broadband ({0})</source>
        <translation>Gain 3G/4G broadband ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="110"/>
        <source>Gain 5G ({0})</source>
        <translation>Gain 5G ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="111"/>
        <source>Gain fixed broadband ({0})</source>
        <translation>Gain fixed broadband ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="115"/>
        <source>Lose mobile signal ({0})</source>
        <translation>Lose mobile signal ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="116"/>
        <source>Lose 3G/4G broadband ({0})</source>
        <translation>Lose 3G/4G broadband ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="117"/>
        <source>Lose 5G ({0})</source>
        <translation>Lose 5G ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="118"/>
        <source>Lose fixed broadband ({0})</source>
        <translation>Lose fixed broadband ({0})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="123"/>
        <source>What-if results</source>
        <translation>What-if results</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="124"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="124"/>
        <source>gain</source>
        <translation>gain</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="125"/>
        <source>lose</source>
        <translation>lose</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="126"/>
        <source>Gap villages</source>
        <translation>Gap villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="126"/>
        <source>now served</source>
        <translation>now served</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="127"/>
        <source>remaining</source>
        <translation>remaining</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="128"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="128"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="129"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="136"/>
        <source>Open a data folder to plan what-ifs.</source>
        <translation>Open a data folder to plan what-ifs.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="140"/>
        <source>waiting for the coverage analysis</source>
        <translation>waiting for the coverage analysis</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="142"/>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="144"/>
        <source>no edits: the map shows the baseline</source>
        <translation>no edits: the map shows the baseline</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="146"/>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="147"/>
        <source>Scenario “{0}” · edits: {1} · {2}</source>
        <translation>Scenario “{0}” · edits: {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="196"/>
        <source>Households gaining mobile signal: {0} · 3G/4G: {1} · fiber: {2}</source>
        <translation>Households gaining mobile signal: {0} · 3G/4G: {1} · fiber: {2}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="201"/>
        <source>Place sites or fiber (Edit menu) to see what they change.</source>
        <translation>Place sites or fiber (Edit menu) to see what they change.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="228"/>
        <source>{0}, {1} — click to show it on the map</source>
        <translation>{0}, {1} — click to show it on the map</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/delta_dock.py" line="234"/>
        <source>… and {0} more</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="162"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="162"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="163"/>
        <source>All carriers (the province)</source>
        <translation>All carriers (the province)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="165"/>
        <source>Villages the carrier does not serve</source>
        <translation>Villages the carrier does not serve</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="166"/>
        <source>Gaps nearest to the carrier&apos;s sites</source>
        <translation>Gaps nearest to the carrier&apos;s sites</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="168"/>
        <source>Villages the table shows (current filter)</source>
        <translation>Villages the table shows (current filter)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="169"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="173"/>
        <source>Grouped by:</source>
        <translation>Grouped by:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="174"/>
        <source>Carrier:</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="175"/>
        <source>Carrier&apos;s list:</source>
        <translation>Carrier&apos;s list:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="176"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="177"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="178"/>
        <source>Villages:</source>
        <translation>Villages:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="179"/>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="228"/>
        <source>Export gap list</source>
        <translation>Export gap list</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="206"/>
        <source>Counting the villages…</source>
        <translation>Counting the villages…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="213"/>
        <source>{0} villages</source>
        <translation>{0} villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="225"/>
        <source>Export to a folder</source>
        <translation>Export to a folder</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="50"/>
        <source>&amp;Export gap list…</source>
        <translation>&amp;Export gap list…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="51"/>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="83"/>
        <source>Exporting the gap list…</source>
        <translation>Exporting the gap list…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="100"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="133"/>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="134"/>
        <source>Written:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/exporter.py" line="140"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>FiberPlanDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="116"/>
        <source>Suggested fiber extensions</source>
        <extracomment>export formats: file suffix -&gt; OGR driver</extracomment>
        <translation>Suggested fiber extensions</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="117"/>
        <source>&amp;Export lines…</source>
        <translation>&amp;Export lines…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="118"/>
        <source>&amp;Add selected to the scenario</source>
        <translation>&amp;Add selected to the scenario</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="119"/>
        <source>Each selected extension becomes a new fiber cable (an edit you can undo)</source>
        <translation>Each selected extension becomes a new fiber cable (an edit you can undo)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="121"/>
        <source>&amp;Plan again</source>
        <translation>&amp;Plan again</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="122"/>
        <source>For the scenario now on display</source>
        <translation>For the scenario now on display</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="123"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="123"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="123"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="124"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="124"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="124"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="128"/>
        <source>along roads</source>
        <translation>along roads</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="128"/>
        <source>straight</source>
        <translation>straight</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="129"/>
        <source>within reach of another extension</source>
        <translation>within reach of another extension</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="139"/>
        <source>The coverage analysis has to finish first.</source>
        <translation>The coverage analysis has to finish first.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="147"/>
        <source>Every village has fixed broadband: nothing to plan.</source>
        <translation>Every village has fixed broadband: nothing to plan.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="156"/>
        <source>Routing fiber to {0} villages along the roads…</source>
        <translation>Routing fiber to {0} villages along the roads…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="176"/>
        <source>The fiber plan failed: {0}</source>
        <translation>The fiber plan failed: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="188"/>
        <source>{0} villages without fixed broadband: {1} of new cable in total, {2} extensions (routes follow the roads where they exist; cross-country counts double).</source>
        <translation>{0} villages without fixed broadband: {1} of new cable in total, {2} extensions (routes follow the roads where they exist; cross-country counts double).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="260"/>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="270"/>
        <source>Export the fiber extensions</source>
        <translation>Export the fiber extensions</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="261"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="271"/>
        <source>The lines could not be written: {0}</source>
        <translation>The lines could not be written: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/fiber_dialog.py" line="273"/>
        <source>Written: {0}</source>
        <translation>Written: {0}</translation>
    </message>
</context>
<context>
    <name>LayersDock</name>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="29"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="30"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="30"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="30"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="35"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="36"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="37"/>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="38"/>
        <source>Fiber cables</source>
        <translation>Fiber cables</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="39"/>
        <source>Fiber access points</source>
        <translation>Fiber access points</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="40"/>
        <source>Public Wi-Fi</source>
        <translation>Public Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="41"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="42"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="43"/>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="44"/>
        <source>Terrain (DEM)</source>
        <translation>Terrain (DEM)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="45"/>
        <source>Measurements (drive test)</source>
        <translation>Measurements (drive test)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="51"/>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="53"/>
        <source>synthetic</source>
        <translation>synthetic</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="54"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/map/layers_dock.py" line="69"/>
        <source>Generated data, not real: do not use for decisions</source>
        <translation>Generated data, not real: do not use for decisions</translation>
    </message>
</context>
<context>
    <name>LoadingController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="61"/>
        <source>&amp;Open data folder…</source>
        <translation>&amp;Open data folder…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="62"/>
        <source>Open &amp;project…</source>
        <translation>Open &amp;project…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="63"/>
        <source>Recent &amp;folders</source>
        <translation>Recent &amp;folders</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="64"/>
        <source>Open &amp;layer…</source>
        <translation>Open &amp;layer…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="65"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="75"/>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="82"/>
        <source>Open layer</source>
        <translation>Open layer</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="83"/>
        <source>Layers (*.gpkg *.geojson *.json *.shp *.zip *.kml *.kmz *.csv);;All files (*)</source>
        <translation>Layers (*.gpkg *.geojson *.json *.shp *.zip *.kml *.kmz *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="91"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="92"/>
        <source>Coverage Planner projects (*.gpkg);;All files (*)</source>
        <translation>Coverage Planner projects (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="105"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="121"/>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="142"/>
        <source>Opening {0}…</source>
        <translation>Opening {0}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="126"/>
        <source>Drawing the map…</source>
        <translation>Drawing the map…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="155"/>
        <source>Recovering the last session…</source>
        <translation>Recovering the last session…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="171"/>
        <source>{0}: {1} features</source>
        <translation>{0}: {1} features</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="178"/>
        <source>Cannot open the layer</source>
        <translation>Cannot open the layer</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="222"/>
        <source>Cannot open the data</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="238"/>
        <source>{0} villages · {1} sites · {2} km of fiber</source>
        <translation>{0} villages · {1} sites · {2} km of fiber</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="243"/>
        <source>Synthetic data</source>
        <translation>Synthetic data</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/loading.py" line="249"/>
        <source>Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · Fiber: {4} km · Access points: {5} · Wi-Fi: {6}</source>
        <translation>Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · Fiber: {4} km · Access points: {5} · Wi-Fi: {6}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="229"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="230"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="231"/>
        <source>What-if tools</source>
        <translation>What-if tools</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="233"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="234"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="235"/>
        <source>&amp;Coverage</source>
        <translation>&amp;Coverage</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/main_window.py" line="237"/>
        <source>&amp;About Coverage Planner</source>
        <translation>&amp;About Coverage Planner</translation>
    </message>
</context>
<context>
    <name>MapLayersController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="63"/>
        <source>Online base map (OpenStreetMap)</source>
        <translation>Online base map (OpenStreetMap)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="65"/>
        <source>Offer OpenStreetMap tiles as a base map. Off: the map never uses the network.</source>
        <translation>Offer OpenStreetMap tiles as a base map. Off: the map never uses the network.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="117"/>
        <source>The terrain base map could not be drawn: {0}</source>
        <translation>The terrain base map could not be drawn: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="183"/>
        <source>Cancelling the coverage layers…</source>
        <translation>Cancelling the coverage layers…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="189"/>
        <source>Updating the coverage layers for the scenario…</source>
        <translation>Updating the coverage layers for the scenario…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="190"/>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="199"/>
        <source>Computing the coverage layers…</source>
        <translation>Computing the coverage layers…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="196"/>
        <source>Updating the coverage layers for the scenario: {0}</source>
        <translation>Updating the coverage layers for the scenario: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="198"/>
        <source>Computing the coverage layers: {0}</source>
        <translation>Computing the coverage layers: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="213"/>
        <source>The coverage layers could not be computed: {0}</source>
        <translation>The coverage layers could not be computed: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/layers.py" line="222"/>
        <source>Coverage layers cancelled.</source>
        <translation>Coverage layers cancelled.</translation>
    </message>
</context>
<context>
    <name>MapPageController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="84"/>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="105"/>
        <source>The map could not be shown: {0}</source>
        <translation>The map could not be shown: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="92"/>
        <source>Some layers could not be drawn: {0}</source>
        <translation>Some layers could not be drawn: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="151"/>
        <source>The map could not show the coverage: {0}</source>
        <translation>The map could not show the coverage: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="168"/>
        <source>Village {0}: {1}, {2}, {3}</source>
        <translation>Village {0}: {1}, {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/map_page.py" line="173"/>
        <source>(hidden by the table&apos;s filter)</source>
        <translation>(hidden by the table&apos;s filter)</translation>
    </message>
</context>
<context>
    <name>MeasurementsController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="54"/>
        <source>Import &amp;measurements…</source>
        <translation>Import &amp;measurements…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="56"/>
        <source>Read a drive test (CSV with longitude, latitude and level in dBm, or a G-NetTrack log) and show it on the map</source>
        <translation>Read a drive test (CSV with longitude, latitude and level in dBm, or a G-NetTrack log) and show it on the map</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="63"/>
        <source>Import measurements</source>
        <translation>Import measurements</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="64"/>
        <source>Drive tests (*.csv *.txt);;All files (*)</source>
        <translation>Drive tests (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="74"/>
        <source>Open a data folder first.</source>
        <translation>Open a data folder first.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="89"/>
        <source>{0}: {1} samples imported</source>
        <translation>{0}: {1} samples imported</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="91"/>
        <source>({0} notes in the load report)</source>
        <translation>({0} notes in the load report)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="103"/>
        <source>Cannot import the measurements</source>
        <translation>Cannot import the measurements</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/measurements.py" line="131"/>
        <source>Measurements (drive test)</source>
        <translation>Measurements (drive test)</translation>
    </message>
</context>
<context>
    <name>PlanDock</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="217"/>
        <source>billion VND (≈ {0} {1})</source>
        <translation>billion VND (≈ {0} {1})</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="219"/>
        <source>billion VND</source>
        <translation>billion VND</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="262"/>
        <source>The cost curve follows the plan (a plan for each of 12 budgets).</source>
        <translation>The cost curve follows the plan (a plan for each of 12 budgets).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="293"/>
        <source>All carriers</source>
        <translation>All carriers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="297"/>
        <source>villages</source>
        <translation>villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="298"/>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="303"/>
        <source>Rollout plan</source>
        <translation>Rollout plan</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="304"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="305"/>
        <source>Years:</source>
        <translation>Years:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="306"/>
        <source>Carrier:</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="307"/>
        <source>Weights:</source>
        <translation>Weights:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="308"/>
        <source>Count:</source>
        <translation>Count:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="309"/>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="310"/>
        <source>mobile BB</source>
        <translation>mobile BB</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="311"/>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="313"/>
        <source>How much a village (or household) newly served counts in this category</source>
        <translation>How much a village (or household) newly served counts in this category</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="315"/>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="316"/>
        <source>The budget is spread evenly over the years; money not spent carries over</source>
        <translation>The budget is spread evenly over the years; money not spent carries over</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="319"/>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="320"/>
        <source>Candidates over the terrain, then the plan (mixed-integer programme) and its cost curve</source>
        <translation>Candidates over the terrain, then the plan (mixed-integer programme) and its cost curve</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="322"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="323"/>
        <source>&amp;Apply as scenario</source>
        <translation>&amp;Apply as scenario</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="324"/>
        <source>A new what-if scenario with the plan&apos;s masts, upgrades and fiber (undo works item by item)</source>
        <translation>A new what-if scenario with the plan&apos;s masts, upgrades and fiber (undo works item by item)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="326"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="327"/>
        <source>The plan as an Excel workbook (.xlsx) or a GeoPackage (.gpkg)</source>
        <translation>The plan as an Excel workbook (.xlsx) or a GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="329"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="330"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="331"/>
        <source>Cost curve</source>
        <translation>Cost curve</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_dock.py" line="332"/>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="44"/>
        <source>Item</source>
        <extracomment>the item&apos;s id, in the first column&apos;s data</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="44"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="44"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="44"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="45"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="45"/>
        <source>Capex (million ₫)</source>
        <translation>Capex (million ₫)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="45"/>
        <source>Opex/year (million ₫)</source>
        <translation>Opex/year (million ₫)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="46"/>
        <source>Fixed: villages / households</source>
        <translation>Fixed: villages / households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="47"/>
        <source>Mobile broadband: villages / households</source>
        <translation>Mobile broadband: villages / households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="48"/>
        <source>Signal: villages / households</source>
        <translation>Signal: villages / households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="57"/>
        <source>MILP (HiGHS)</source>
        <translation>MILP (HiGHS)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="58"/>
        <source>greedy (the MILP&apos;s fallback)</source>
        <translation>greedy (the MILP&apos;s fallback)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="59"/>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="60"/>
        <source>stopped at the time limit</source>
        <translation>stopped at the time limit</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="61"/>
        <source>greedy</source>
        <translation>greedy</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="62"/>
        <source>priority list not met</source>
        <translation>priority list not met</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="65"/>
        <source>Budget {0}; cost {1}; {2} items.</source>
        <translation>Budget {0}; cost {1}; {2} items.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="68"/>
        <source>Villages gained: fixed broadband +{0}, mobile broadband +{1}, signal +{2}.</source>
        <translation>Villages gained: fixed broadband +{0}, mobile broadband +{1}, signal +{2}.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="70"/>
        <source>Households gained: fixed +{0}, mobile broadband +{1}, signal +{2}.</source>
        <translation>Households gained: fixed +{0}, mobile broadband +{1}, signal +{2}.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="72"/>
        <source>Method: {0}, {1}; optimality gap {2} % (no plan within the budget scores more than {2} % above this one).</source>
        <translation>Method: {0}, {1}; optimality gap {2} % (no plan within the budget scores more than {2} % above this one).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/plan_table.py" line="127"/>
        <source>Total (villages counted once)</source>
        <translation>Total (villages counted once)</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="86"/>
        <source>Add &amp;BTS</source>
        <translation>Add &amp;BTS</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="87"/>
        <source>Add BTS: click on the map to place a base station with the settings of the What-if panel (Esc stops)</source>
        <translation>Add BTS: click on the map to place a base station with the settings of the What-if panel (Esc stops)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="90"/>
        <source>Add fiber &amp;access point</source>
        <translation>Add fiber &amp;access point</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="91"/>
        <source>Click on the map to place a fiber access point (splitter) (Esc stops)</source>
        <translation>Click on the map to place a fiber access point (splitter) (Esc stops)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="93"/>
        <source>Add fiber &amp;cable</source>
        <translation>Add fiber &amp;cable</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="94"/>
        <source>Click the cable&apos;s points on the map, double-click to finish (Esc cancels)</source>
        <translation>Click the cable&apos;s points on the map, double-click to finish (Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="96"/>
        <source>Stop adding</source>
        <translation>Stop adding</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="97"/>
        <source>&amp;Remove the selected site</source>
        <translation>&amp;Remove the selected site</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="98"/>
        <source>&amp;New scenario</source>
        <translation>&amp;New scenario</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="99"/>
        <source>A new scenario starting from the baseline</source>
        <translation>A new scenario starting from the baseline</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="100"/>
        <source>&amp;Suggest sites…</source>
        <translation>&amp;Suggest sites…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="101"/>
        <source>Where new masts would cover the most households without coverage</source>
        <translation>Where new masts would cover the most households without coverage</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="103"/>
        <source>Suggest &amp;fiber extensions…</source>
        <translation>Suggest &amp;fiber extensions…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="104"/>
        <source>Routes from the fiber network to the villages without fixed broadband</source>
        <translation>Routes from the fiber network to the villages without fixed broadband</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="106"/>
        <source>&amp;Compare scenarios…</source>
        <translation>&amp;Compare scenarios…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="108"/>
        <source>+ BTS</source>
        <translation>+ BTS</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="109"/>
        <source>+ Access point</source>
        <translation>+ Access point</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="110"/>
        <source>+ Cable</source>
        <translation>+ Cable</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="111"/>
        <source>Remove site</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="112"/>
        <source>Remove the selected site (an edit you can undo)</source>
        <translation>Remove the selected site (an edit you can undo)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="114"/>
        <source>Suggest sites</source>
        <translation>Suggest sites</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="115"/>
        <source>Fiber plan</source>
        <translation>Fiber plan</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="116"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="117"/>
        <source>A scenario against the baseline or another scenario</source>
        <translation>A scenario against the baseline or another scenario</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="127"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="129"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="130"/>
        <source>Undo {0}</source>
        <translation>Undo {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="132"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="133"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="134"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="135"/>
        <source>Redo {0}</source>
        <translation>Redo {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="173"/>
        <source>Click on the map to place a site ({0}); Esc stops.</source>
        <translation>Click on the map to place a site ({0}); Esc stops.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="174"/>
        <source>Click on the map to place a fiber access point; Esc stops.</source>
        <translation>Click on the map to place a fiber access point; Esc stops.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/planner.py" line="175"/>
        <source>Click the cable&apos;s points, double-click to finish; Esc cancels.</source>
        <translation>Click the cable&apos;s points, double-click to finish; Esc cancels.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/profile_dialog.py" line="57"/>
        <source>Open a data folder first.</source>
        <translation>Open a data folder first.</translation>
    </message>
</context>
<context>
    <name>ProjectFilesController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="39"/>
        <source>The autosave failed: {0}</source>
        <translation>The autosave failed: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="52"/>
        <source>&amp;Save project</source>
        <translation>&amp;Save project</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="53"/>
        <source>Save project &amp;as…</source>
        <translation>Save project &amp;as…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="64"/>
        <source>Coverage Planner</source>
        <translation>Coverage Planner</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="67"/>
        <source>unsaved</source>
        <translation>unsaved</translation>
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
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="84"/>
        <source>This project was not opened from a data folder: there is nothing a project file could point to.</source>
        <translation>This project was not opened from a data folder: there is nothing a project file could point to.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="91"/>
        <source>Coverage Planner projects (*.gpkg)</source>
        <translation>Coverage Planner projects (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="101"/>
        <source>The project could not be saved: {0}</source>
        <translation>The project could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="106"/>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="119"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="132"/>
        <source>Recover your work?</source>
        <translation>Recover your work?</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="133"/>
        <source>Coverage Planner did not quit normally last time. Recover the scenarios saved automatically then?</source>
        <translation>Coverage Planner did not quit normally last time. Recover the scenarios saved automatically then?</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="139"/>
        <source>Save the scenarios?</source>
        <translation>Save the scenarios?</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/project_files.py" line="140"/>
        <source>The scenarios have changes that are not saved in a project file.</source>
        <translation>The scenarios have changes that are not saved in a project file.</translation>
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
    <name>RadioModelsController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/radio_models.py" line="20"/>
        <source>Radio &amp;models…</source>
        <translation>Radio &amp;models…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/radio_models.py" line="22"/>
        <source>The propagation model per technology (P.452, Longley–Rice ITM, Hata, 38.901) and how the terrain is read, with each model&apos;s validity</source>
        <translation>The propagation model per technology (P.452, Longley–Rice ITM, Hata, 38.901) and how the terrain is read, with each model&apos;s validity</translation>
    </message>
</context>
<context>
    <name>RadioModelsDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="107"/>
        <source>Radio models</source>
        <translation>Radio models</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="109"/>
        <source>How the path loss over the terrain is computed, per technology. The coverage is computed again when you apply.</source>
        <translation>How the path loss over the terrain is computed, per technology. The coverage is computed again when you apply.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="114"/>
        <source>&amp;Save profile…</source>
        <translation>&amp;Save profile…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="115"/>
        <source>Terrain heights</source>
        <translation>Terrain heights</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="116"/>
        <source>interpolated on the grid (smooth; the default)</source>
        <translation>interpolated on the grid (smooth; the default)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="117"/>
        <source>the DEM&apos;s own posts (nearest; as SPLAT! and Signal-Server)</source>
        <translation>the DEM&apos;s own posts (nearest; as SPLAT! and Signal-Server)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="121"/>
        <source>Cells that name their own model in the sites table (propagation_model) keep it: {0}.</source>
        <translation>Cells that name their own model in the sites table (propagation_model) keep it: {0}.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="143"/>
        <source>Validity and reference:</source>
        <translation>Validity and reference:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="147"/>
        <source>The calibration was fitted with the models in force; with other models it is set aside. Calibrate again afterwards (Coverage → Calibrate against measurements…).</source>
        <translation>The calibration was fitted with the models in force; with other models it is set aside. Calibrate again afterwards (Coverage → Calibrate against measurements…).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="156"/>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="157"/>
        <source>Coverage profile (*.json)</source>
        <translation>Coverage profile (*.json)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/radio_models_dialog.py" line="163"/>
        <source>The profile could not be written:</source>
        <translation>The profile could not be written:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="241"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="242"/>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="245"/>
        <source>PDF report</source>
        <translation>PDF report</translation>
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
        <translation>Open a data folder first.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="108"/>
        <source>&amp;Rollout plan…</source>
        <translation>&amp;Rollout plan…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="110"/>
        <source>Which masts, 4G upgrades and fiber extensions serve the most villages for a budget, year by year, with the cost curve</source>
        <translation>Which masts, 4G upgrades and fiber extensions serve the most villages for a budget, year by year, with the cost curve</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="137"/>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="179"/>
        <source>The coverage analysis has to finish first.</source>
        <translation>The coverage analysis has to finish first.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="172"/>
        <source>Costs saved in the project&apos;s profile.</source>
        <translation>Costs saved in the project&apos;s profile.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="196"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="204"/>
        <source>Candidates: masts swept over the terrain, upgrades, fiber routes…</source>
        <translation>Candidates: masts swept over the terrain, upgrades, fiber routes…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="206"/>
        <source>Choosing the items (mixed-integer programme)…</source>
        <translation>Choosing the items (mixed-integer programme)…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="209"/>
        <source>Cost curve: budget {0} of {1}…</source>
        <translation>Cost curve: budget {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="240"/>
        <source>The plan could not be computed: {0}</source>
        <translation>The plan could not be computed: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="251"/>
        <source>Rollout plan</source>
        <translation>Rollout plan</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="291"/>
        <source>Rollout plan {0} billion VND</source>
        <translation>Rollout plan {0} billion VND</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="304"/>
        <source>The plan is the scenario “{0}”: {1} edits (undo goes back item by item).</source>
        <translation>The plan is the scenario “{0}”: {1} edits (undo goes back item by item).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="307"/>
        <source>{0} satellite terminals are not network elements the engine models: left out of the scenario.</source>
        <translation>{0} satellite terminals are not network elements the engine models: left out of the scenario.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="311"/>
        <source>{0} items could not be applied.</source>
        <translation>{0} items could not be applied.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="325"/>
        <source>Export the rollout plan</source>
        <translation>Export the rollout plan</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="326"/>
        <source>Excel workbook (*.xlsx);;GeoPackage (*.gpkg)</source>
        <translation>Excel workbook (*.xlsx);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="340"/>
        <source>Written: {0}</source>
        <translation>Written: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/controllers/rollout.py" line="345"/>
        <source>The plan could not be written: {0}</source>
        <translation>The plan could not be written: {0}</translation>
    </message>
</context>
<context>
    <name>ScenarioEvaluation</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_evaluation.py" line="252"/>
        <source>The scenario&apos;s coverage could not be computed: {0}</source>
        <extracomment>the key of a scenario without edits (it shows the baseline result) one evaluation at a time in the whole app: the evaluator&apos;s memory and the engine&apos;s disk cache (whose temporary file names are per process) are not shared safely between threads</extracomment>
        <translation>The scenario&apos;s coverage could not be computed: {0}</translation>
    </message>
</context>
<context>
    <name>SiteEdits</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="42"/>
        <source>The site could not be added: {0}</source>
        <extracomment>how far outside the villages&apos; bounding box (degrees) a site may be placed</extracomment>
        <translation>The site could not be added: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="50"/>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="61"/>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="67"/>
        <source>There is no site {0} in this scenario.</source>
        <translation>There is no site {0} in this scenario.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_edits.py" line="175"/>
        <source>That point is outside the data&apos;s area: place sites and fiber near the villages.</source>
        <translation>That point is outside the data&apos;s area: place sites and fiber near the villages.</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="161"/>
        <source>Carrier:</source>
        <extracomment>bands in use in Lào Cai (DOMAIN.md §3), MHz, the usual one first</extracomment>
        <translation>Carrier:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="162"/>
        <source>Technologies:</source>
        <translation>Technologies:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="163"/>
        <source>Band:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="164"/>
        <source>Power (EIRP):</source>
        <translation>Power (EIRP):</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="165"/>
        <source>EIRP per sector; an omni antenna radiates 3 dB less in every direction</source>
        <translation>EIRP per sector; an omni antenna radiates 3 dB less in every direction</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="167"/>
        <source>Mast height:</source>
        <translation>Mast height:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="168"/>
        <source>Antennas:</source>
        <translation>Antennas:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="169"/>
        <source>sectors</source>
        <translation>sectors</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="170"/>
        <source>Azimuths of the sectors in degrees from north, e.g. 0/120/240</source>
        <translation>Azimuths of the sectors in degrees from north, e.g. 0/120/240</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="172"/>
        <source>omni</source>
        <translation>omni</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="173"/>
        <source>Radio model:</source>
        <translation>Radio model:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="175"/>
        <source>the profile&apos;s, per technology</source>
        <translation>the profile&apos;s, per technology</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="176"/>
        <source>How the new mast&apos;s path loss is computed: the coverage profile&apos;s model for each technology, or one of its own for all its cells</source>
        <translation>How the new mast&apos;s path loss is computed: the coverage profile&apos;s model for each technology, or one of its own for all its cells</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="252"/>
        <source>each technology&apos;s template</source>
        <translation>each technology&apos;s template</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="256"/>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="275"/>
        <source>Several technologies: each uses its template band and power ({0}).</source>
        <translation>Several technologies: each uses its template band and power ({0}).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="350"/>
        <source>Write 1 to 6 azimuths between 0 and 359°, e.g. 0/120/240, or choose omni.</source>
        <translation>Write 1 to 6 azimuths between 0 and 359°, e.g. 0/120/240, or choose omni.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/site_form.py" line="375"/>
        <source>Choose at least one technology.</source>
        <translation>Choose at least one technology.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="152"/>
        <source>Suggested sites</source>
        <translation>Suggested sites</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="153"/>
        <source>Number of new sites (K):</source>
        <translation>Number of new sites (K):</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="154"/>
        <source>Carrier:</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="155"/>
        <source>Technology:</source>
        <translation>Technology:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="156"/>
        <source>Mast height:</source>
        <translation>Mast height:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="157"/>
        <source>Candidate spacing:</source>
        <translation>Candidate spacing:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="158"/>
        <source>One candidate per block of this size: its highest point</source>
        <translation>One candidate per block of this size: its highest point</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="160"/>
        <source>Within this distance of a village without it:</source>
        <translation>Within this distance of a village without it:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="161"/>
        <source>Near a road:</source>
        <translation>Near a road:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="162"/>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="163"/>
        <source>Only candidates this close to a road (building and power need access); ignored without a roads layer</source>
        <translation>Only candidates this close to a road (building and power need access); ignored without a roads layer</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="165"/>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggest</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="166"/>
        <source>&amp;Accept as a new site</source>
        <translation>&amp;Accept as a new site</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="167"/>
        <source>Add the selected suggestion to the scenario (an edit you can undo)</source>
        <translation>Add the selected suggestion to the scenario (an edit you can undo)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="169"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="169"/>
        <source>New households</source>
        <translation>New households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="170"/>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="170"/>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="171"/>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="171"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="171"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="202"/>
        <source>The coverage analysis has to finish first.</source>
        <translation>The coverage analysis has to finish first.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="224"/>
        <source>Evaluating candidate sites with the terrain…</source>
        <translation>Evaluating candidate sites with the terrain…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="246"/>
        <source>The suggestion failed: {0}</source>
        <translation>The suggestion failed: {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="262"/>
        <source>No candidate site covers a household without {0} ({1} candidates looked at).</source>
        <translation>No candidate site covers a household without {0} ({1} candidates looked at).</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="266"/>
        <source>{0} {1} sites of {2} cover {3} households without {1}; no {4} sites can cover more than {5} ({6} % of that bound). {7} candidates looked at.</source>
        <translation>{0} {1} sites of {2} cover {3} households without {1}; no {4} sites can cover more than {5} ({6} % of that bound). {7} candidates looked at.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/suggest_dialog.py" line="278"/>
        <source>Choose the parameters and press Suggest (a few seconds: every candidate is evaluated with the terrain, against the baseline).</source>
        <translation>Choose the parameters and press Suggest (a few seconds: every candidate is evaluated with the terrain, against the baseline).</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="18"/>
        <source>Mobile signal</source>
        <translation>Mobile signal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="19"/>
        <source>3G/4G broadband</source>
        <translation>3G/4G broadband</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="20"/>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="21"/>
        <source>Fixed broadband (fiber)</source>
        <translation>Fixed broadband (fiber)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="26"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="27"/>
        <source>No signal (trắng sóng)</source>
        <translation>No signal (trắng sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="28"/>
        <source>Weak-signal pocket (lõm sóng)</source>
        <translation>Weak-signal pocket (lõm sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="29"/>
        <source>No 3G/4G broadband</source>
        <translation>No 3G/4G broadband</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="30"/>
        <source>No fixed broadband (fiber)</source>
        <translation>No fixed broadband (fiber)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="31"/>
        <source>No 5G</source>
        <translation>No 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="37"/>
        <source>No 3G/4G</source>
        <translation>No 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="38"/>
        <source>No fiber</source>
        <translation>No fiber</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="43"/>
        <source>Villages (thôn, bản, tổ dân phố)</source>
        <translation>Villages (thôn, bản, tổ dân phố)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="44"/>
        <source>with mobile signal</source>
        <translation>with mobile signal</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="45"/>
        <source>without mobile signal (trắng sóng)</source>
        <translation>without mobile signal (trắng sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="46"/>
        <source>with weak-signal pockets (lõm sóng)</source>
        <translation>with weak-signal pockets (lõm sóng)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="47"/>
        <source>with mobile broadband 3G/4G</source>
        <translation>with mobile broadband 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="48"/>
        <source>with 5G</source>
        <translation>with 5G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="49"/>
        <source>with fixed broadband (fiber)</source>
        <translation>with fixed broadband (fiber)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="50"/>
        <source>without fixed broadband</source>
        <translation>without fixed broadband</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="51"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="52"/>
        <source>households with fiber (subscribed)</source>
        <translation>households with fiber (subscribed)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="53"/>
        <source>5G sites</source>
        <translation>5G sites</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="54"/>
        <source>Public Wi-Fi points</source>
        <translation>Public Wi-Fi points</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="61"/>
        <source>Mobile broadband 3G/4G</source>
        <translation>Mobile broadband 3G/4G</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/texts.py" line="65"/>
        <source>No coverage result yet.</source>
        <translation>No coverage result yet.</translation>
    </message>
</context>
<context>
    <name>VillageTableDock</name>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="147"/>
        <source>Villages</source>
        <extracomment>for tests: the filter was applied to the table</extracomment>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="148"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="149"/>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="150"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="151"/>
        <source>C&amp;arrier:</source>
        <translation>C&amp;arrier:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="152"/>
        <source>S&amp;earch:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="153"/>
        <source>village, commune or code (accents optional)</source>
        <translation>village, commune or code (accents optional)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="154"/>
        <source>Diacritics are ignored: &quot;ban pho&quot; finds &quot;Bản Phố&quot;</source>
        <translation>Diacritics are ignored: &quot;ban pho&quot; finds &quot;Bản Phố&quot;</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="176"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="179"/>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="205"/>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="184"/>
        <source>All carriers</source>
        <translation>All carriers</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table.py" line="294"/>
        <source>{0} of {1} villages · {2} households · without fiber: {3} · no signal: {4} · weak-signal pockets: {5}</source>
        <translation>{0} of {1} villages · {2} households · without fiber: {3} · no signal: {4} · weak-signal pockets: {5}</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="285"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="285"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="286"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="286"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="288"/>
        <source>Fiber</source>
        <translation>Fiber</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="288"/>
        <source>Best server</source>
        <translation>Best server</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="289"/>
        <source>To fiber</source>
        <translation>To fiber</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="295"/>
        <source>{0} signal of {1} at the village centre</source>
        <translation>{0} signal of {1} at the village centre</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="297"/>
        <source>{0} signal at the village centre (any carrier)</source>
        <translation>{0} signal at the village centre (any carrier)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="299"/>
        <source>Fixed broadband: fiber within drop reach</source>
        <translation>Fixed broadband: fiber within drop reach</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="300"/>
        <source>Carrier, technology and level of the strongest cell</source>
        <translation>Carrier, technology and level of the strongest cell</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/tables/village_table_model.py" line="301"/>
        <source>Distance from the centre to the nearest fiber access point or distribution cable</source>
        <translation>Distance from the centre to the nearest fiber access point or distribution cable</translation>
    </message>
</context>
<context>
    <name>WhatIfController</name>
    <message>
        <location filename="../../coverage_planner/gui/controllers/whatif.py" line="105"/>
        <source>{0} — click again for another site; Esc stops.</source>
        <extracomment>a what-if edit waits this long for the next one before its coverage layers are computed how long the status bar shows a what-if message</extracomment>
        <translation>{0} — click again for another site; Esc stops.</translation>
    </message>
</context>
<context>
    <name>WhatIfDock</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="186"/>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="187"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="188"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="189"/>
        <source>A new scenario without edits (the baseline)</source>
        <translation>A new scenario without edits (the baseline)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="190"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="191"/>
        <source>A new scenario with a copy of this one&apos;s edits</source>
        <translation>A new scenario with a copy of this one&apos;s edits</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="192"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="193"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="194"/>
        <source>Delete this scenario and its edits</source>
        <translation>Delete this scenario and its edits</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="195"/>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="196"/>
        <source>In “Add BTS” mode (Edit menu or toolbar) every click on the map places a site with these settings.</source>
        <translation>In “Add BTS” mode (Edit menu or toolbar) every click on the map places a site with these settings.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="198"/>
        <source>Selected site</source>
        <translation>Selected site</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="199"/>
        <source>site code, or click a site on the map</source>
        <translation>site code, or click a site on the map</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="200"/>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="201"/>
        <source>Longitude:</source>
        <translation>Longitude:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="202"/>
        <source>Latitude:</source>
        <translation>Latitude:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="203"/>
        <source>Mast height:</source>
        <translation>Mast height:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="204"/>
        <source>EIRP:</source>
        <translation>EIRP:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="205"/>
        <source>Band:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="206"/>
        <source>Apply changes</source>
        <translation>Apply changes</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="207"/>
        <source>Move or edit the site (an edit you can undo)</source>
        <translation>Move or edit the site (an edit you can undo)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="208"/>
        <source>Remove site</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="209"/>
        <source>Edits</source>
        <translation>Edits</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="210"/>
        <source>Click an edit to go back to it (the later ones can be redone)</source>
        <translation>Click an edit to go back to it (the later ones can be redone)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="236"/>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="239"/>
        <source>Rename the scenario</source>
        <translation>Rename the scenario</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="236"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="240"/>
        <source>Give a name that no other scenario has.</source>
        <translation>Give a name that no other scenario has.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="246"/>
        <source>Delete the scenario</source>
        <translation>Delete the scenario</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="247"/>
        <source>Delete the scenario “{0}” and its {1} edits? This cannot be undone.</source>
        <translation>Delete the scenario “{0}” and its {1} edits? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="263"/>
        <source>Open a data folder to plan what-ifs.</source>
        <translation>Open a data folder to plan what-ifs.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="267"/>
        <source>Edits in this scenario: {0}. The baseline data are never changed.</source>
        <translation>Edits in this scenario: {0}. The baseline data are never changed.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="269"/>
        <source>(baseline: no edits)</source>
        <translation>(baseline: no edits)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="298"/>
        <source>No site {0} in this scenario.</source>
        <translation>No site {0} in this scenario.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="302"/>
        <source>new (this scenario)</source>
        <translation>new (this scenario)</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="303"/>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="304"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="305"/>
        <source>as in the data</source>
        <translation>as in the data</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="320"/>
        <source>No site selected: click a site on the map (the carriers&apos; site layers, or a new site), or type its code.</source>
        <translation>No site selected: click a site on the map (the carriers&apos; site layers, or a new site), or type its code.</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="331"/>
        <source>{0} · {1} · {2} · cells: {3} · {4}</source>
        <translation>{0} · {1} · {2} · cells: {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="351"/>
        <source>The cells of this site have different powers: {0} dBm</source>
        <translation>The cells of this site have different powers: {0} dBm</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_dock.py" line="355"/>
        <source>The cells of this site use different bands: {0} MHz</source>
        <translation>The cells of this site use different bands: {0} MHz</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_model.py" line="152"/>
        <source>Scenario {0}</source>
        <translation>Scenario {0}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_model.py" line="255"/>
        <source>{0}: edit {1} ({2}) could not be applied: {3}</source>
        <translation>{0}: edit {1} ({2}) could not be applied: {3}</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/planning/whatif_model.py" line="279"/>
        <source>The edit could not be applied: {0}</source>
        <translation>The edit could not be applied: {0}</translation>
    </message>
</context>
<context>
    <name>_SavesToPath</name>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="124"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="134"/>
        <source>Gap list:</source>
        <translation>Gap list:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="137"/>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../coverage_planner/gui/dialogs/export_dialog.py" line="147"/>
        <source>Choose where to save.</source>
        <translation>Choose where to save.</translation>
    </message>
</context>
</TS>
