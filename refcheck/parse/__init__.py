"""Report file -> Document: citations, references, claims and reference-list problems; no network."""
