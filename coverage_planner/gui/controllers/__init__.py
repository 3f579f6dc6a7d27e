"""What the main window owns to connect things, one plain QObject per responsibility; each
talks to the application model (:mod:`coverage_planner.gui.project_model`) and to the widgets'
public methods, never widget to widget."""
