import sys

from bpokpo.cli import main

sys.exit(main())
