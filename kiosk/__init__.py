"""The store app for tablets and self-service kiosks."""
