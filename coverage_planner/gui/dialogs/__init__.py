"""Stand-alone dialogs: About, the gap-list export and the PDF report, the compute engine."""
