"""Qualifiers: scope words (all/some), modal certainty (will/could) and position ordinals (first/last).

Each is a fact a claim can change without touching a number: "all schools" and "some schools", "the
talks will resume" and "the talks could resume", "the first phase" and "the last phase" say different
things. Each word belongs to a class (all, some, most, only…; certain, possible; first, last, second…),
read in English, Dari/Persian, Pashto and Arabic (همه/بعضی, ټول/ځینې, كل/بعض; خواهد/ممکن است, به/کېدای
شي, سوف/قد; اولین/آخرین, لومړی/وروستی, الأول/الأخير). Only another class in the same place counts: one
side stating a qualifier that the other leaves out is a rewording. A changed scope or ordinal is reported
as a NUMBER difference (both say how many or which one), a changed modal as a NEGATION (a polarity of
certainty: "will" asserts what "could" leaves open).

The same machinery reads more classes: speech acts (said, تأیید کرد, وویل, أكد / denied, رد کرد, ونه منله,
نفى: a NEGATION), weekdays and times of day (Monday, دوشنبه, الاثنين; a.m., صبح, سهار, صباحا / p.m., شب,
مساء: a DATE), time bounds (since, از, راهیسې, منذ / until, تا, پورې, حتى; before / after: a NEGATION, read
in quotations only, for "from" and "by" are everywhere), fractions and per-capita figures (half, نیم, نصف /
a third, یک سوم, ثلث; per capita, سرانه, للفرد / total: a NUMBER). A quotation's tense is compared around a
replaced run that holds a marker: a future (will, خواهد, سوف, سيتم) against a completed past (has been,
شد, کرده, وکړ, تم) is a NEGATION; either against no tense is a rewording.
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.match.facts import ARABIC_PREFIXES, Token, lookup_prefixed, neighbours
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import normalize


def _classes(table: dict[str, str]) -> dict[str, str]:
    return {normalize(word): cls for words, cls in table.items() for word in words.split()}


def _phrases(table: dict[str, str]) -> dict[tuple[str, str], str]:
    """Two-word phrases of a class ("a few", "یو شمېر"), keyed by their normalized words."""
    phrases: dict[tuple[str, str], str] = {}
    for phrase, cls in table.items():
        first, second = phrase.split()
        phrases[normalize(first), normalize(second)] = cls
    return phrases


# Scope words (quantifiers). "few" alone means "not many"; "a few" is "some" (a phrase, below).
_SCOPE = _classes(
    {
        "all every each entire whole همه همگی تمام تمامی هر ټول ټوله ټولې ټولو كل جميع كافة أي": "all",
        "none nobody هیچکس هیڅوک": "none",
        "some several بعضی برخی چند چندین ځینې ځینو ځيني بعض": "some",
        "few": "few",
        "most majority اکثر اکثریت بیشتر اغلب ډېری ډیری اکثره معظم أغلب غالبية": "most",
        "many numerous ډېرو كثير العديد": "many",
        "only merely solely فقط تنها یوازې یواځې يوازې": "only",
    }
)
_SCOPE_PHRASES = _phrases(
    {
        "a few": "some",
        "no one": "none",
        "یو شمېر": "some",
        "یو شمیر": "some",
        "عدد من": "some",
        "عددا من": "some",
        "لا أحد": "none",
    }
)
# Modal certainty: what will happen against what may happen.
_MODAL = _classes(
    {
        "will shall would خواهد خواهند خواهیم خواهم میشود به کوي سوف": "certain",
        "could may might possibly perhaps maybe ممکن شاید میتواند میتوانند میتوان کېدای کیدای ښايي "
        "قد ربما يمكن": "possible",
    }
)
_MODAL_PHRASES = _phrases({"going to": "certain"})
# The words of a possibility (could, ممکن, ربما): hedges.py reads their loss in a paraphrase.
POSSIBLE = frozenset(word for word, cls in _MODAL.items() if cls == "possible")
# Ordinals of position before (or, in Arabic, after) a noun; ordinal days next to a month are dates.
_ORDINAL = _classes(
    {
        "first earliest اولین نخستین نخست اول لومړی لومړۍ لومړنی لومړنۍ الأول الأولى أول": "first",
        "last final latest آخرین آخر واپسین وروستی وروستۍ وروستني الأخير الأخيرة آخر": "last",
        "second دومین دوم دویم دوهم دویمه دوهمه الثاني الثانية": "second",
        "third سومین سوم درېیم دریم الثالث الثالثة": "third",
    }
)
# Speech acts: what a speaker affirmed against what they denied (said / denied, تأیید کرد / رد کرد).
_SPEECH = _classes(
    {
        "said says stated announced confirmed acknowledged admitted affirmed گفت گفته تأیید تایید اعلام "
        "وویل ویلي ووایه منله قال قالت أكد أكدت اعلن أعلن أعلنت اعترف": "affirm",
        "denied denies rejected rejects refuted dismissed رد تکذیب نفى نفت نفي رفض رفضت كذب": "deny",
    }
)
_SPEECH_PHRASES = _phrases({"ونه منله": "deny"})
# Weekdays and the time of day: when something happened, a date like the month and day.
_WEEKDAY = _classes(
    {
        "monday دوشنبه دوشنبې الاثنين": "monday",
        "tuesday سهشنبه سهشنبې الثلاثاء": "tuesday",
        "wednesday چهارشنبه چهارشنبې الأربعاء": "wednesday",
        "thursday پنجشنبه پنجشنبې الخميس": "thursday",
        "friday جمعه جمعې الجمعة": "friday",
        "saturday شنبه شنبې السبت": "saturday",
        "sunday یکشنبه یکشنبې اتوار الأحد": "sunday",
        "morning am صبح صبحگاه سهار سهار صباحا صباح": "morning",
        "afternoon evening pm عصر بعدازظهر ماښام مساء مساءا": "evening",
        "night tonight شب شپه شپې ليلا ليلة": "night",
    }
)
_WEEKDAY_PHRASES = _phrases(
    {
        "a m": "morning",
        "p m": "evening",
        "سه شنبه": "tuesday",
    }
)
# Since/until and before/after: which side of a time a fact lies on (since 2020 / until 2020).
_BOUND = _classes(
    {
        "since from از راهیسې منذ": "since",
        "until till تا پورې حتى": "until",
        "before prior پیش قبل مخکې": "before",
        "after following پس بعد وروسته": "after",
    }
)
# Limits: a number as a ceiling or as a floor (up to 15 percent / at least 15 percent).
_LIMIT_PHRASES = _phrases(
    {
        "up to": "at-most",
        "at most": "at-most",
        "at least": "at-least",
        "دست کم": "at-least",
        "علی الاقل": "at-least",
    }
)
_LIMIT = _classes({"حداکثر": "at-most", "حداقل": "at-least"})
# Fractions and per-capita figures: how much of a whole, and of whom (half / a third, per capita / total).
_SHARE = _classes(
    {
        "half halves نیم نیمه نیمی نصف نیمايي نیمایي": "1/2",
        "third thirds ثلث درېیمه": "1/3",
        "quarter quarters ربع": "1/4",
        "ثلثا": "2/3",
        "capita سرانه للفرد": "per-capita",
        "total overall aggregate combined مجموع مجموعا الإجمالي اجمالي": "total",
    }
)
_SHARE_PHRASES = _phrases(
    {
        "two thirds": "2/3",
        "three quarters": "3/4",
        "per person": "per-capita",
        "per head": "per-capita",
        "یک سوم": "1/3",
        "دو سوم": "2/3",
        "سه چهارم": "3/4",
        "سړي سر": "per-capita",
        "لكل فرد": "per-capita",
    }
)
# Conditions: what happens only if something else does (if financing is secured / once it is secured /
# financing is secured). Read in quotations, where a dropped or changed condition turns a possibility into
# an assertion; "once" counts only where the other side has a condition in its place (once a week).
_CONDITION = _classes(
    {"if provided providing اگر چنانچه اذا لو": "if", "unless مگراینکه": "unless", "once": "once"}
)
_CONDITION_PHRASES = _phrases(
    {
        "even if": "even-if",
        "حتى لو": "even-if",
        "حتی اگر": "even-if",
        "ما لم": "unless",
        "در صورتی": "if",
        "در صورت": "if",
        "که چیرې": "if",
        "که چېرې": "if",
        "في حال": "if",
        "بشرط أن": "if",
    }
)
# Tense: what will happen against what has happened (will be completed / was completed, خواهد شد / شد).
_FUTURE = frozenset(_classes({"will shall would خواهد خواهند خواهیم خواهم سوف": "future"}))
_PAST = frozenset(
    _classes(
        {
            "was were had has have been شد شده شدند کرد کرده کردند بود بودند": "past",
            "وکړ وکړه وکړل شو شوه شول تم": "past",
        }
    )
)
# Each class table with its phrases, the kind a changed class is, and whether a paraphrase is read for it
# (since/until and from/by are too common outside time phrases to be read away from a quotation).
_TABLES: tuple[tuple[dict[str, str], dict[tuple[str, str], str], DifferenceKind, bool], ...] = (
    (_SPEECH, _SPEECH_PHRASES, DifferenceKind.NEGATION, True),  # said/denied: the opposite assertion
    (_WEEKDAY, _WEEKDAY_PHRASES, DifferenceKind.DATE, True),  # Monday/Tuesday, a.m./p.m.: another time
    (_BOUND, {}, DifferenceKind.NEGATION, False),  # since/until, before/after: the opposite side of a time
    (_SHARE, _SHARE_PHRASES, DifferenceKind.NUMBER, True),  # half/a third, per capita/total: another amount
    (_LIMIT, _LIMIT_PHRASES, DifferenceKind.NUMBER, True),  # up to/at least: a ceiling is not a floor
)
_FUTURE_PREFIX = ("سی", "ست", "سن", "سا")  # Arabic سـ + imperfect: سيبدأ = will begin
_REACH = 1  # the qualified word stands next to its qualifier (all schools, المرة الأخيرة)
_WIDE_REACH = 3  # a weekday or a fraction stands a few words from its word (on Monday, half of the victims)


def _lookup(table: dict[str, str], word: str) -> str | None:
    return lookup_prefixed(table, word)


def _run_classes(
    table: dict[str, str], phrases: dict[tuple[str, str], str], words: Sequence[str]
) -> list[tuple[int, str]]:
    """(position, class) of each qualifier among ``words``; a two-word phrase counts once."""
    found: list[tuple[int, str]] = []
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        pair = (word, words[i + 1]) if i + 1 < len(words) else None
        if pair in phrases:
            found.append((i, phrases[pair]))
            skip = True
        elif (cls := _lookup(table, word)) is not None:
            found.append((i, cls))
    return found


def _modal_classes(words: Sequence[str], other: Sequence[str] = ()) -> set[str]:
    """The modal classes of a run; a run that says "possibly" anywhere is possible (would possibly)."""
    found = {cls for _, cls in _run_classes(_MODAL, _MODAL_PHRASES, words)}
    # سيبدأ against قد يبدأ: the future prefix is read only when the bare verb stands on the other side
    if any(w.startswith(_FUTURE_PREFIX) and w[1:] in other for w in words):
        found.add("certain")
    return {"possible"} if "possible" in found else found


def _tense(words: Sequence[str], other: Sequence[str]) -> str | None:
    """ "future" for a run with a future marker (will, خواهد, سوف, سيتم against تم), else "past" for one
    with a past or perfect form (was, has been, شد, کرده, وکړ, تم), else None."""
    if any(w in _FUTURE or (w.startswith(_FUTURE_PREFIX) and w[2:] in other) for w in words):
        return "future"
    return "past" if any(w in _PAST for w in words) else None


def qualifier_kind(
    ours: Sequence[str],
    theirs: Sequence[str],
    ours_around: Sequence[str] = (),
    theirs_around: Sequence[str] = (),
) -> DifferenceKind | None:
    """The kind of a replaced run whose scope, ordinal, modal, speech act, weekday, time bound, fraction or
    tense class differs on the two sides, or None.

    ``ours_around``/``theirs_around``: each run with a few words either side. A modal or a tense is
    compared there when the run holds one: ممکن است تکمیل شود / تکمیل خواهد شد are two runs, one modal each.
    """
    for table, phrases, kind in (
        (_SCOPE, _SCOPE_PHRASES, DifferenceKind.NUMBER),  # another scope or position: how many, which one
        (_ORDINAL, {}, DifferenceKind.NUMBER),
        *((table, phrases, kind) for table, phrases, kind, _ in _TABLES),
    ):
        a = {cls for _, cls in _run_classes(table, phrases, ours)}
        b = {cls for _, cls in _run_classes(table, phrases, theirs)}
        if a and b and a != b:
            return kind
    for table, phrases, kind in (
        (_WEEKDAY, _WEEKDAY_PHRASES, DifferenceKind.DATE),
        (_SHARE, _SHARE_PHRASES, DifferenceKind.NUMBER),
    ):
        # 10 a.m. / 10 p.m., a third / half: the run splits a phrase, so its class is read around it
        split = {*ours, *theirs} <= {"a", "p"} or any(_lookup(table, w) for w in (*ours, *theirs))
        if split and ours_around and theirs_around:
            a = {cls for _, cls in _run_classes(table, phrases, ours_around)}
            b = {cls for _, cls in _run_classes(table, phrases, theirs_around)}
            if a and b and a != b:
                return kind
    a, b = _modal_classes(ours, theirs), _modal_classes(theirs, ours)
    if (a or b) and ours_around and theirs_around:
        a, b = _modal_classes(ours_around, theirs_around), _modal_classes(theirs_around, ours_around)
    if a and b and a != b:
        return DifferenceKind.NEGATION  # another certainty: a polarity of what is asserted
    if (_tense(ours, theirs_around) or _tense(theirs, ours_around)) and ours_around and theirs_around:
        tenses = {_tense(ours_around, theirs_around), _tense(theirs_around, ours_around)}
        if tenses == {"future", "past"}:
            return DifferenceKind.NEGATION  # will be done / has been done: a certainty of another kind
    return None


def qualifier_conflicts(claim: Sequence[Token], window: Sequence[Token]) -> tuple[Difference, ...]:
    """Scope words, ordinals, speech acts, weekdays and fractions of a paraphrase that the passage replaces
    next to the same word (all private schools / some private schools; confirmed / denied the report):
    a difference of the class's kind each."""
    claim_words, source_words = [t.canon for t in claim], [t.canon for t in window]
    found: list[Difference] = []
    for table, phrases, kind in (
        (_SCOPE, _SCOPE_PHRASES, DifferenceKind.NUMBER),
        (_ORDINAL, {}, DifferenceKind.NUMBER),
        *((table, phrases, kind) for table, phrases, kind, paraphrase in _TABLES if paraphrase),
    ):
        reach = _WIDE_REACH if table is _WEEKDAY or table is _SHARE else _REACH
        qualified = _run_classes(table, phrases, source_words)
        source = [
            (j, cls, _anchors(source_words, j, reach, _width(phrases, source_words, j)))
            for j, cls in qualified
        ]
        for i, cls in _run_classes(table, phrases, claim_words):
            anchors = _anchors(claim_words, i, reach, _width(phrases, claim_words, i))
            there = [(j, other) for j, other, near in source if near & anchors]
            if there and all(other != cls for _, other in there):
                found.append(Difference(kind, claim[i].text, window[there[0][0]].text))
    return tuple(found)


def _is_qualifier(word: str) -> bool:
    return any(_lookup(table, word) is not None for table in (_SCOPE, _ORDINAL, *(t[0] for t in _TABLES)))


def _width(phrases: dict[tuple[str, str], str], words: Sequence[str], i: int) -> int:
    """2 for a two-word phrase at ``i`` (عددا من الدول: the phrase qualifies الدول), else 1."""
    return 2 if i + 1 < len(words) and (words[i], words[i + 1]) in phrases else 1


def _anchors(words: Sequence[str], i: int, reach: int = _REACH, width: int = 1) -> set[str]:
    """The content words a qualifier of ``width`` words at ``i`` stands with, prefixes stripped (للمرة =
    المرة = مرة)."""
    before, after = neighbours(words, i, reach, reach + 2, width, keep=lambda w: not _is_qualifier(w))
    return {_bare(w) for w in (*before, *after)}


def _bare(word: str) -> str:
    if word.isascii():
        return word
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def condition_changed(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    """A replaced, dropped or added run of a quotation that changes a condition: "if" on one side and
    nothing or "once" on the other (اگر بارندگی کم باشد / بارندگی کم است)."""
    a = [cls for _, cls in _run_classes(_CONDITION, _CONDITION_PHRASES, ours)]
    b = [cls for _, cls in _run_classes(_CONDITION, _CONDITION_PHRASES, theirs)]
    if not {"if", "unless", "even-if"} & {*a, *b}:
        return False  # "once" alone is a time (once a week), not a condition
    return sorted(a) != sorted(b)


def is_condition(word: str) -> bool:
    """``word`` opens a condition (if, unless, اگر, اذا): never "once", which is also a time."""
    return _lookup(_CONDITION, word) in {"if", "unless"}


def has_condition(words: Sequence[str]) -> bool:
    """The words open a condition: if, unless, اگر, إذا, or a phrase (در صورتی که, که چیرې, في حال)."""
    return any(
        cls in {"if", "unless", "even-if"} for _, cls in _run_classes(_CONDITION, _CONDITION_PHRASES, words)
    )


def condition_classes(words: Sequence[str]) -> set[str]:
    """The kinds of condition the words open: if, unless, even-if (once is left out: also a time)."""
    return {cls for _, cls in _run_classes(_CONDITION, _CONDITION_PHRASES, words)} - {"once"}


def scope_of(word: str) -> str | None:
    """The scope class of one word (all, some, most, none, only…), or None."""
    return _lookup(_SCOPE, word)


def fractions_in(words: Sequence[str]) -> list[tuple[int, float]]:
    """(position, value) of each fraction word or phrase: half 0.5, a third 0.33, two thirds 0.67…"""
    found = []
    for i, cls in _run_classes(_SHARE, _SHARE_PHRASES, words):
        numerator, slash, denominator = cls.partition("/")
        if slash:
            found.append((i, int(numerator) / int(denominator)))
    return found
