"""`python -m cloud_stub …` is the `cloud-stub` command."""

from cloud_stub.admin.cli import main

raise SystemExit(main())
