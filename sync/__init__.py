"""Qt-free sync between a store device and the central API (protocol v1)."""
