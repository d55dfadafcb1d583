"""HTTP: the routes and their dependencies (authentication, database session, body limits)."""
