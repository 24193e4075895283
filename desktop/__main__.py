"""``python -m desktop`` is the ``casefile`` command."""

import sys

from desktop.cli import main

sys.exit(main())
