"""Operating the central API: the `cloud-stub` command and the demo seed."""
