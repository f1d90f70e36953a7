"""URL facts that several stages need: is a path a site's home page?"""

from __future__ import annotations

import re

_HOME_PATHS = frozenset({"", "index.html", "index.htm", "index.php", "index.asp", "default.aspx", "home"})
_LANGUAGE_SEGMENT = re.compile(r"^[a-z]{2}(?:[-_][a-z]{2,4})?$", re.IGNORECASE)


def is_home_path(path: str) -> bool:
    """True for a site's root or home page path ("/", "/index.html", "/fa/"): not an article's address."""
    stripped = path.strip("/")
    return stripped.lower() in _HOME_PATHS or bool(_LANGUAGE_SEGMENT.match(stripped))
