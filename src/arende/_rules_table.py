"""Print the validator rule table in Markdown, for the README: ``python -m arende._rules_table``."""

from __future__ import annotations

from arende.validators import main

if __name__ == "__main__":
    main()
