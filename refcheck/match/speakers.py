"""Arabic-script speakers without a title: a name is seen by the speech verb it stands next to.

Arabic script shows no capitals, so a changed name looks like changed words. Beside the title rule of
quotes.py (المتحدث X, سخنگوی X), a run of two or three words just before a speech verb (X گفت, X وویل) or
just after it (قال X), which the page never uses, replaced by another such run before or after the same
verb, is another speaker. Conservative: both runs must be 2-3 Arabic-script content words, none of the
claim's on the page, and in a paraphrase the words after the verb must agree too. In a paraphrase, in
any script, the same verb with the same words after it and another subject before it (X said/called/met…),
the claim's subject not standing just before it, is another agent too (agent_conflict).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from rapidfuzz.distance import Opcode

from refcheck.match.facts import ATTRIBUTION_VERBS, STOPWORDS, Token, content_words, is_negation, stem
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import normalize

# Titles that stand before a person's name in Arabic script (Arabic, Dari, Pashto), as key prefixes:
# the spokesman of the ministry, X; وزیر خارجه X; د ... ویاند X.
_TITLE_WORDS = (
    "المتحدث الناطق وزير الوزير رئيس الرئيس سفير السفير مدير المدير والي الوالي قائد القائد الشيخ "
    "نائب مستشار سخنگو وزیر رییس رئیس سفیر والی ولسوال معاون مشاور سرپرست ویاند مشر مرستیال سلاکار"
)
_TITLES = tuple(normalize(word) for word in _TITLE_WORDS.split())
_TITLE_REACH = 3  # words between the title and the name (المتحدث باسم الوزارة X)


def is_titled_name(
    claim_words: list[str], at: int, ours: list[Token], theirs: list[Token], page_terms: Container[str]
) -> bool:
    """A run of Arabic-script words replaced by other words, just after a title: another person's name.

    Arabic script shows no capitals, so a changed name looks like changed words; after a title (المتحدث,
    سخنگوی, ویاند…), two or more replaced words that the page never uses are read as a name.
    """
    if not is_rewrite_run([t.text for t in ours], [t.text for t in theirs], page_terms):
        return False
    before = claim_words[max(0, at - _TITLE_REACH) : at]
    return any(_is_title(word) or _is_title(_strip_article(word)) for word in before)


def _is_title(word: str) -> bool:
    # a title with an ending (سخنگوی, وزیران); short titles (مشر) only as written
    return any(word == title or (len(title) >= 4 and word.startswith(title)) for title in _TITLES)


def _strip_article(word: str) -> str:
    for prefix in ("وال", "و", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def is_rewrite_run(ours: list[str], theirs: list[str], page_terms: Container[str]) -> bool:
    """Two or more adjacent Arabic-script content words replaced by two or more others, none of the
    quotation's on the page: more than a small function-word or inflection difference."""
    claim_terms, source_terms = content_words(ours), content_words(theirs)
    if len(claim_terms) < 2 or len(source_terms) < 2 or any(w.isascii() for w in ours + theirs):
        return False
    return not set(claim_terms) & set(source_terms) and not any(t in page_terms for t in claim_terms)


_RUN = (2, 3)  # words of a name
_AGREE = 2  # content words after the verb that a paraphrase and its passage must share, in order


def is_speaker_name(
    claim_words: Sequence[str],
    source_words: Sequence[str],
    op: Opcode,
    ours: Sequence[str],
    theirs: Sequence[str],
    page_terms: Container[str],
) -> bool:
    """A replaced run of a quotation (``ours`` by ``theirs``) that stands next to the same speech verb on
    both sides (X وویل / Y وویل, قال X / قال Y) and reads as a name: another speaker."""
    if not (_fits(ours) and _fits(theirs)) or not _unknown(ours, page_terms):
        return False
    if set(content_words(ours)) & set(content_words(theirs)):
        return False
    sides = (
        (claim_words[op.src_end : op.src_end + 1], source_words[op.dest_end : op.dest_end + 1]),
        (
            claim_words[max(0, op.src_start - 1) : op.src_start],
            source_words[max(0, op.dest_start - 1) : op.dest_start],
        ),
    )
    return any(a and a == b and a[0] in ATTRIBUTION_VERBS for a, b in sides)


def speaker_conflict(
    claim: Sequence[Token], window: Sequence[Token], page_terms: Container[str]
) -> Difference | None:
    """In a paraphrase: the name before a speech verb (ذبیح الله مجاهد وویل چې ...) that the passage gives
    to another run of names before the same verb followed by the same words: a NAME difference."""
    claim_words, source_words = [t.canon for t in claim], [t.canon for t in window]
    for v, verb in enumerate(claim_words):
        if verb not in ATTRIBUTION_VERBS:
            continue
        ours = _run_before(claim_words, v)
        if not _fits(ours) or not _unknown(ours, page_terms):
            continue
        after = _following(claim_words, v)
        for w, other in enumerate(source_words):
            if other != verb or _following(source_words, w) != after or len(after) < _AGREE:
                continue
            theirs = _run_before(source_words, w)
            if _fits(theirs) and not set(content_words(ours)) & set(content_words(theirs)):
                return Difference(
                    DifferenceKind.NAME,
                    " ".join(t.text for t in claim[v - len(ours) : v]),
                    " ".join(t.text for t in window[w - len(theirs) : w]),
                )
    return agent_conflict(claim, window)


# Verbs whose subject is the agent of what follows: X said/called/met…; another subject is another agent.
_AGENT_VERB_WORDS = (
    "said says told called calls met meets visited signed urged warned criticised criticized "
    "وویل ویلي قال قالت"
)
_AGENT_VERBS = ATTRIBUTION_VERBS | frozenset(normalize(word) for word in _AGENT_VERB_WORDS.split())
_AGENT_REACH = 8  # words before the passage's verb where the claim's subject may still stand


def agent_conflict(claim: Sequence[Token], window: Sequence[Token]) -> Difference | None:
    """In a paraphrase: the passage puts the claim's words after the same verb with another subject
    (Muttaqi called the project… / Saidov called the project…), and most of the claim's subject words
    stand nowhere just before that verb: another agent, a NAME difference."""
    claim_words, source_words = [t.canon for t in claim], [t.canon for t in window]
    for v, verb in enumerate(claim_words):
        after = _following(claim_words, v)
        ours = _subject(claim_words, v)
        if verb not in _AGENT_VERBS or len(after) < _AGREE or not ours:
            continue
        for w, other in enumerate(source_words):
            if other != verb or _following(source_words, w) != after:
                continue
            near = set(content_words(source_words[max(0, w - _AGENT_REACH) : w]))
            theirs = _subject(source_words, w)
            if not theirs or set(theirs) <= set(ours) or 2 * len(set(ours) - near) <= len(set(ours)):
                break  # the claim's subject (or most of it) stands before the verb: the same agent
            return Difference(DifferenceKind.NAME, " ".join(ours), " ".join(theirs))
    return None


def _subject(words: Sequence[str], v: int) -> list[str]:
    """The content words just before words[v], back to a stopword or three words (the verb's subject)."""
    run: list[str] = []
    i = v - 1
    while i >= 0 and len(run) < 3 and words[i] not in STOPWORDS and not words[i][:1].isdigit():
        run.insert(0, words[i])
        i -= 1
    return content_words(run)


def _run_before(words: Sequence[str], v: int) -> list[str]:
    """The words just before words[v] up to a stopword, a negation or three words."""
    run: list[str] = []
    i = v - 1
    while i >= 0 and len(run) < _RUN[1] + 1 and _is_name_like(words[i]):
        run.insert(0, words[i])
        i -= 1
    return run


def _following(words: Sequence[str], v: int) -> list[str]:
    return content_words(words[v + 1 : v + 8])[:_AGREE]


def _is_name_like(word: str) -> bool:
    return (
        len(word) > 1
        and not word.isascii()
        and not word[:1].isdigit()
        and word not in STOPWORDS
        and not is_negation(word)
        and not _is_title(word)
        and not _is_title(_strip_article(word))
    )


def _fits(run: Sequence[str]) -> bool:
    return _RUN[0] <= len(run) <= _RUN[1] and all(_is_name_like(w) for w in run)


def _unknown(run: Sequence[str], page_terms: Container[str]) -> bool:
    """None of the run's words is used anywhere on the page."""
    return not any(stem(w) in page_terms for w in run)
