"""``python -m dyadscope.cli``."""

from dyadscope.cli import main

main()
