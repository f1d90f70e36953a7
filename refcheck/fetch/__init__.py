"""The only package that does network I/O: client, retries, URL safety, cache, archive look-up."""
