"""What-if planning: the scenarios, their edits and their coverage (:mod:`.whatif_model`), the
autosave of the scenarios (:mod:`.autosave`), and the widgets: the what-if panel and its site
form, the what-if results, the suggested sites, the fiber plan and the comparison dialogs."""
