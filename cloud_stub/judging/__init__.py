"""Judging device events against the server's state: one handler per event type, each
calling the shared rules in `sync.rules`."""
