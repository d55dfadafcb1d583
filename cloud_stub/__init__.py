"""The central API as a real FastAPI server, for development, demos and tests."""
