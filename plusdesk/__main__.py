"""Entry point for `python -m plusdesk`."""

from plusdesk.cli import main

raise SystemExit(main())
