"""Data access: the feed clock, the change feeds devices pull, staff accounts."""
