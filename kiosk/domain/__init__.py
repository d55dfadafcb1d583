"""Pure store rules: no Qt, no SQL."""
