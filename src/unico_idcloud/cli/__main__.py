"""``python -m unico_idcloud.cli``: the same as the ``unico-idcloud`` command."""

from . import main

main()
