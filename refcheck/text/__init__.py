"""Pure text helpers shared by every stage: normalization, scripts, languages, calendars and dates."""
