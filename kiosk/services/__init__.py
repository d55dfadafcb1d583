"""One function per user action. Each commits its state change and its outbox event in one
transaction (transactional outbox). No Qt here: the UI runs these off the GUI thread."""
