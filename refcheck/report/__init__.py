"""Result -> str, one formatter per file, one registry; never writes files."""
