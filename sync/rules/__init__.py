"""The business rules of the store, in one Qt-free, SQL-free home.

The tablet (`kiosk.services`) and the central API (`cloud_stub.judging`) both call these
functions, so a rule is written once and the two sides can never disagree about a cent or a
state: pickup states and transitions (`pickup`), what a number of units cost and where a
refund goes (`money`), return windows, what can still come back, offline limits and manager
overrides (`returns`).

Money is integer cents and points are integers, never floats. Expected values in the tests
of these modules are worked out by hand.
"""
