"""The villages as numbers: the village table (:mod:`.village_table`, its Qt models in
:mod:`.village_table_model`, its Qt-free filter in :mod:`.village_filter`), the dashboard
(:mod:`.dashboard`) and its bar chart (:mod:`.bar_chart`)."""
