"""``python -m arabic_newsnlp``: the ``arabic-newsnlp`` command line."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
