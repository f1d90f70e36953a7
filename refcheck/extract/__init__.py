"""Fetched bytes -> readable text and metadata (title, dates, canonical URL); pure."""
