"""Qt only: main window, pages, table models, and the bridge to services off the GUI thread."""
