"""Problems of the reference list (DESIGN.md codes), and which URL each reference uses.

URL precedence: references.yaml first, then a hyperlink of the document, then a URL in the entry's
text. When the document's own URL differs from the one used it is kept as ``report_url``. A placeholder
or home-page link is an error or warning on its own, and only a warning once references.yaml supplies
the URL.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable

from refcheck.models import (
    Citation,
    Problem,
    ProblemCode,
    Reference,
    ReferenceOverride,
    Severity,
    UrlSource,
)
from refcheck.text.display import quoted
from refcheck.text.normalize import normalize

from .fields import EntryFields
from .urls import comparable, is_homepage, is_malformed, is_placeholder, with_scheme

FUTURE_SLACK = dt.timedelta(days=7)  # a source may appear in the days after the report is dated


def document_url(fields: EntryFields) -> tuple[str | None, UrlSource | None]:
    """The URL the document itself gives: a hyperlink first, then a URL written in the text."""
    for link in fields.links:
        return link.url, UrlSource.LINK
    for url in fields.text_urls:
        return with_scheme(url), UrlSource.TEXT
    return None, None


def resolve(reference: Reference, fields: EntryFields, override: ReferenceOverride | None) -> Reference:
    """``reference`` with the URL it uses, where it came from, and what references.yaml adds."""
    own_url, own_source = document_url(fields)
    usable_own = own_url if own_url and not is_placeholder(own_url) and not is_malformed(own_url) else None
    if override is None:
        return _replace(reference, url=usable_own, url_source=own_source if usable_own else None)
    configured = override.url
    report_url = own_url if own_url and configured and not _same_url(own_url, configured) else None
    return _replace(
        reference,
        url=configured or usable_own,
        url_source=UrlSource.CONFIG if configured else (own_source if usable_own else None),
        report_url=report_url,
        skip_reason=override.skip_reason,
        accept=override.accept,
        archive_url=override.archive_url,
        phrases=override.phrases,
    )


def _replace(reference: Reference, **changes: object) -> Reference:
    return dataclasses.replace(reference, **changes)  # type: ignore[arg-type]


def _same_url(first: str, second: str) -> bool:
    try:
        return comparable(first) == comparable(second)
    except ValueError:
        return False


def url_problems(reference: Reference, fields: EntryFields) -> list[Problem]:
    """no_url, placeholder_url, homepage_url, title_only, malformed_url and url_differs for one entry."""
    own_url, _ = document_url(fields)
    configured = reference.url_source is UrlSource.CONFIG
    resolved = reference.url is not None
    at = {"line": reference.line, "reference": reference.number}
    # a bad link of the document is an error only while nothing replaces it, and never for a skipped entry
    fixed = Severity.INFO if reference.skip_reason else Severity.WARNING if resolved else Severity.ERROR
    problems: list[Problem] = []
    if own_url is not None and is_placeholder(own_url):
        problems.append(
            Problem(
                ProblemCode.PLACEHOLDER_URL,
                fixed,
                f"the link is a placeholder ({quoted(own_url) if own_url.strip() else 'empty'})",
                **at,
            )
        )
    elif own_url is not None and is_malformed(own_url):
        problems.append(
            Problem(
                ProblemCode.MALFORMED_URL,
                fixed,
                f"the link {quoted(own_url)} is not a valid web address",
                **at,
            )
        )
    elif own_url is not None and is_homepage(own_url):
        message = f"the link {own_url} is a site's home page, not the article"
        if configured:
            message += f"; references.yaml gives {reference.url}"
        problems.append(Problem(ProblemCode.HOMEPAGE_URL, Severity.WARNING, message, **at))
    elif own_url is not None and reference.report_url:
        message = f"the report links {reference.report_url} but references.yaml gives {reference.url}"
        problems.append(Problem(ProblemCode.URL_DIFFERS, Severity.WARNING, message, **at))
    if own_url is None and fields.link_text and fields.has_link_label:
        severity = Severity.INFO if resolved else Severity.WARNING
        message = f"a page title stands where the link belongs: {quoted(fields.link_text)}"
        problems.append(Problem(ProblemCode.TITLE_ONLY, severity, message, **at))
    # a skipped entry needs no link: its skip (with the reason) is reported instead
    if (
        not resolved
        and not reference.skip_reason
        and not any(p.code in {ProblemCode.PLACEHOLDER_URL, ProblemCode.MALFORMED_URL} for p in problems)
    ):
        message = "no usable link in the entry and none in references.yaml"
        problems.append(Problem(ProblemCode.NO_URL, Severity.ERROR, message, **at))
    return problems


def date_problems(reference: Reference, not_after: dt.date) -> list[Problem]:
    at = {"line": reference.line, "reference": reference.number}
    if reference.date_text and reference.date is None:
        message = f"the date {quoted(reference.date_text)} cannot be read in any calendar"
        return [Problem(ProblemCode.UNREADABLE_DATE, Severity.WARNING, message, **at)]
    if reference.date and reference.date.value > not_after + FUTURE_SLACK:
        message = (
            f"the date {quoted(reference.date.text)} ({reference.date.value.isoformat()}) is more than"
            f" {FUTURE_SLACK.days} days after the report's own date ({not_after.isoformat()})"
        )
        return [Problem(ProblemCode.FUTURE_DATE, Severity.WARNING, message, **at)]
    return []


def list_problems(references: tuple[Reference, ...], citations: tuple[Citation, ...]) -> list[Problem]:
    """missing, uncited, duplicate and numbering-gap problems of the list as a whole."""
    numbers = {reference.number for reference in references}
    cited: dict[int, int] = {}
    for citation in citations:
        cited.setdefault(citation.marker, citation.line)
    problems = [
        Problem(
            ProblemCode.MISSING_REFERENCE,
            Severity.ERROR,
            f"footnote {number} is cited but the list has no entry {number}",
            line,
            number,
        )
        for number, line in sorted(cited.items())
        if number not in numbers
    ]
    problems += [
        Problem(
            ProblemCode.UNCITED_REFERENCE,
            Severity.WARNING,
            f"entry {ref.number} is never cited in the text",
            ref.line,
            ref.number,
        )
        for ref in references
        if ref.number not in cited and citations
    ]
    problems += _gaps(references)
    problems += _duplicates(references)
    return problems


def _gaps(references: tuple[Reference, ...]) -> list[Problem]:
    problems = []
    for previous, current in itertools.pairwise(references):
        missing = list(range(previous.number + 1, current.number))
        if missing:
            listed = ", ".join(str(n) for n in missing)
            message = f"the list skips from {previous.number} to {current.number} (no entry {listed})"
            problems.append(
                Problem(ProblemCode.NUMBERING_GAP, Severity.WARNING, message, current.line, current.number)
            )
    return problems


def _duplicates(references: tuple[Reference, ...]) -> list[Problem]:
    first_seen: dict[str, int] = {}
    problems = []
    for reference in references:
        for key in _identity_keys(reference):
            if key in first_seen and first_seen[key] != reference.number:
                message = f"entry {reference.number} cites the same source as entry {first_seen[key]}"
                problems.append(
                    Problem(
                        ProblemCode.DUPLICATE_REFERENCE,
                        Severity.WARNING,
                        message,
                        reference.line,
                        reference.number,
                    )
                )
                break
        for key in _identity_keys(reference):
            first_seen.setdefault(key, reference.number)
    return problems


def _identity_keys(reference: Reference) -> Iterable[str]:
    if reference.url:
        with contextlib.suppress(ValueError):
            yield "url:" + comparable(reference.url)
    if reference.title:
        date = reference.date.value.isoformat() if reference.date else ""
        yield "work:" + "|".join((normalize(reference.outlet or ""), normalize(reference.title), date))
