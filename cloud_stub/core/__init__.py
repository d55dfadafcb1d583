"""Configuration, database engine and migrations, and the pass-signing keys."""
