"""Who won: a claim that swaps the winner and the loser of a match keeps every word of the page.

"India beat Afghanistan 2-1" and "Afghanistan beat India 2-1"; "هند د افغانستان ملي ټیم ته ماتې ورکړه"
and "د افغانستان ملي ټیم هند ته ماتې ورکړه". Each side's loser (or winner) is read from the slot its
construction gives it: after "beat" and before "lost to" in English (capitalised names), before ته …
ماتې ورکړه in Pashto and before را شکست داد in Dari, after فاز / تغلب … على and أمام in Arabic (a few
content words). The claim swaps them when its loser is the page's winner, or when the two losers share
no word while each side names the other's loser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from refcheck.match.facts import Token, content_words, is_name_token
from refcheck.models import Difference, DifferenceKind
from refcheck.text.normalize import Normalized, normalize

_BEAT = frozenset({"beat", "beats", "defeated", "defeats", "edged", "thrashed", "overcame", "routed"})
_GAVE_DEFEAT = (normalize("ته"), normalize("ماتې"))  # X ته … ماتې ورکړه: defeated X
_DEFEATED = (normalize("را"), normalize("شکست"))  # X را … شکست داد: defeated X
_OVER = frozenset(normalize(w) for w in ("على",))  # فاز / تغلب على X: won over X
_WON = frozenset(normalize(w) for w in ("فاز", "تغلب", "وفاز", "وتغلب"))
_AGAINST = frozenset(normalize(w) for w in ("أمام", "امام"))  # خسر أمام X: lost to X
_LOST = frozenset(normalize(w) for w in ("خسر", "وخسر"))
_SLOT = 3  # content words of a team in an Arabic-script slot


@dataclass(frozen=True, slots=True)
class _Result:
    winner: frozenset[str]
    loser: frozenset[str]


def swapped_result(
    claim: Sequence[Token], claim_text: Normalized, sentence: Sequence[Token], page: Normalized
) -> Difference | None:
    """The claim's loser where the page's sentence has it win (or the page's loser the claim's winner)."""
    ours, theirs = _result(claim, claim_text), _result(sentence, page)
    if ours is None or theirs is None:
        return None
    claim_words = set(content_words([t.text for t in claim]))
    page_words = set(content_words([t.text for t in sentence]))
    swapped = (
        (ours.loser and ours.loser & theirs.winner and not ours.loser & theirs.loser)
        or (ours.winner and ours.winner & theirs.loser and not ours.winner & theirs.winner)
        or _other_side(ours.loser, theirs.loser, claim_words, page_words)
        or _other_side(ours.winner, theirs.winner, claim_words, page_words)
    )
    if not swapped:
        return None
    side, mine, page_side = (
        ("loser", ours.loser, theirs.loser) if ours.loser else ("winner", ours.winner, theirs.winner)
    )
    return Difference(
        DifferenceKind.NAME, f"{side}: " + " ".join(sorted(mine)), f"{side}: " + " ".join(sorted(page_side))
    )


def _other_side(
    ours: frozenset[str], theirs: frozenset[str], claim_words: set[str], page_words: set[str]
) -> bool:
    """The two sides name different teams in one slot, each naming the other's team elsewhere."""
    return bool(ours and theirs and not ours & theirs and ours & page_words and theirs & claim_words)


def _result(tokens: Sequence[Token], text: Normalized) -> _Result | None:
    words = [t.text for t in tokens]
    for i, word in enumerate(words):
        if word in _BEAT:
            return _Result(_capitals(tokens, text, i - 1, -1), _capitals(tokens, text, i + 1, 1))
        if word == "lost" and i + 1 < len(words) and words[i + 1] == "to":
            return _Result(_capitals(tokens, text, i + 2, 1), _capitals(tokens, text, i - 1, -1))
        if any(
            word == marker and defeat in words[i + 1 : i + 7] for marker, defeat in (_GAVE_DEFEAT, _DEFEATED)
        ):
            # X ته (په ۲۴ منډو) ماتې ورکړه, X را (با نتیجه ۲ بر ۱) شکست داد: the words before are the loser
            return _Result(frozenset(), _slot(words[max(0, i - 2 * _SLOT) : i][::-1]))
        if word in _OVER and any(w in _WON for w in words[max(0, i - 8) : i]):
            return _Result(frozenset(), _slot(words[i + 1 : i + 1 + 2 * _SLOT]))
        if word in _AGAINST and any(w in _LOST for w in words[max(0, i - 8) : i]):
            return _Result(_slot(words[i + 1 : i + 1 + 2 * _SLOT]), frozenset())
    return None


def _slot(words: Sequence[str]) -> frozenset[str]:
    return frozenset(w for w in content_words(words)[:_SLOT] if w not in _GENERIC)


# Words of any team or match, which tell no team from another.
_GENERIC_WORDS = (
    "team national match game final ټیم ملی ملي لوبه یوه تیم نتیجه منتخب فریق مباراه لیګ لیگ "
    "goal goals runs wickets هدف بهدف بهدفين اهداف منډو منډې گل گول"  # the score, not a team
)
_GENERIC = frozenset(w for word in _GENERIC_WORDS.split() for w in content_words([normalize(word)]))


def _capitals(tokens: Sequence[Token], text: Normalized, k: int, step: int) -> frozenset[str]:
    """The capitalised words from tokens[k] on, in the direction of ``step`` (a team's name)."""
    found = []
    while 0 <= k < len(tokens) and is_name_token(text.original_text(tokens[k].start, tokens[k].end)):
        found.append(tokens[k].text)
        k += step
    return frozenset(w for w in content_words(found) if w not in _GENERIC)
