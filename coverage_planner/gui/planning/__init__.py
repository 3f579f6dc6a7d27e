"""What-if planning: the scenarios and their edits (:mod:`.whatif_model`), their coverage
computed off the GUI thread (:mod:`.whatif_evaluation`), the autosave of the scenarios
(:mod:`.autosave`), and the widgets: the what-if panel and its site form, the what-if results,
the suggested sites, the fiber plan and the comparison dialogs."""
