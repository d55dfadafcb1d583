"""The manager's Store performance page: the store's omnichannel figures (`docs/kpis.md`)."""
