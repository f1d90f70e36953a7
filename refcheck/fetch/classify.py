"""Content rules: is a page a bot challenge, or an error page served as 200 (a soft 404)?

Both are judged on what a person sees first: headers, the title, the headline and a short body. A
long article that merely contains "not found" is not an error page, nor is a short news item whose
sentence says "وجود ندارد" (there is no…): a common phrase must name a page or be the whole message.
Phrases are compared after the shared normalization (letter forms, digits, ZWNJ), in English,
Persian/Dari, Pashto and Arabic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from refcheck.models import Page
from refcheck.text.normalize import normalize

SHORT_TEXT = 1500  # characters: a page this short is all "headline"; longer pages are judged on the title
_TINY_WORDS = 40  # a page of so few words that a common phrase in it is its message
_HEAD = 300  # characters at the start of a long page's text that still count as its headline

# Phrases that name an error page wherever they stand in a title or a headline.
NOT_FOUND_PHRASES = (
    # English
    "page not found",
    "404 not found",
    "error 404",
    "404 error",
    "page cannot be found",
    "page could not be found",
    "page can't be found",
    "the page you requested",
    "page you are looking for",
    "page you were looking for",
    "page does not exist",
    "page doesn't exist",
    "page has been removed",
    "couldn't find that page",
    "couldn't find the page",
    "could not find that page",
    "could not find the page",
    "can't find that page",
    "can't find the page",
    "cannot find the page",
    "page you're looking for",
    "page isn't available",
    "page is no longer available",
    "nothing was found",
    "oops! that page",
    # Persian / Dari
    "صفحه مورد نظر یافت نشد",
    "صفحه یافت نشد",
    "صفحه پیدا نشد",
    "صفحه مورد نظر وجود ندارد",
    "صفحه وجود ندارد",
    "خطای ۴۰۴",
    "خطا ۴۰۴",
    "صفحه‌ای که به دنبال آن هستید",
    # Pashto
    "پاڼه ونه موندل شوه",
    "پاڼه نشته",
    "تېروتنه ۴۰۴",
    "ستونزه ۴۰۴",
    # Arabic
    "الصفحة غير موجودة",
    "الصفحة المطلوبة غير موجودة",
    "الصفحة غير متوفرة",
    "لم يتم العثور على الصفحة",
    "خطأ 404",
    "الخطأ 404",
)
# Phrases too common in ordinary articles to count unless the title or the whole page is short.
WEAK_NOT_FOUND_PHRASES = (
    "not found",
    "404",
    "no longer available",
    "یافت نشد",
    "پیدا نشد",
    "وجود ندارد",
    "ونه موندل شو",
    "ونه موندل شوه",
    "لم يتم العثور",
    "غير موجودة",
    "غير موجود",
)
# Words that name the missing thing: a common phrase next to one of them is an error message
# ("صفحه‌ای که دنبال آن هستید وجود ندارد", "this page is not found"), not a sentence of news.
PAGE_WORDS = (
    "page",
    "pages",
    "webpage",
    "article",
    "link",
    "url",
    "post",
    "story",
    "content",
    "صفحه",
    "صفحه‌ای",
    "برگه",
    "مطلب",
    "لینک",
    "پیوند",
    "نشانی",
    "پاڼه",
    "پاڼې",
    "مخ",
    "لیکنه",
    "الصفحة",
    "صفحة",
    "الرابط",
    "المقال",
    "المحتوى",
    "الموضوع",
)
CHALLENGE_TITLES = (
    "just a moment",
    "attention required",
    "checking your browser",
    "verify you are human",
    "are you a robot",
    "are you human",
    "captcha",
    "security check",
    "ddos-guard",
    "access denied",
    "pardon our interruption",
    "please wait while we verify",
    "bot verification",
    "human verification",
)
CHALLENGE_MARKUP = (
    "/cdn-cgi/challenge-platform/",
    "cf-browser-verification",
    "cf_chl_",
    "cf-chl-",
    "_incapsula_resource",
    "px-captcha",
    "g-recaptcha",
    "h-captcha",
    "hcaptcha.com",
    "challenges.cloudflare.com",
    "enable javascript and cookies to continue",
    "checking your browser before accessing",
    "ddos-guard",
    "awswaf",
    "captcha-delivery.com",
)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_PUNCT = re.compile(r"[^\w\s]")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:·»«]+\s+|\s*\|\s*")
_SPACES = re.compile(r"\s+")
_SCAN = 64 * 1024  # bytes of markup scanned for challenge markers
_SENTENCES = re.compile(r"[\n.!?؟۔]+")
_PAGE_WORD_GAP = 5  # words between a page word and a common phrase that still make one message


@cache
def _phrases(kind: str) -> tuple[str, ...]:
    if kind == "bare":  # the error phrases without their punctuation, as ``_bare`` leaves a text
        return tuple(_bare(phrase) for phrase in _phrases("not_found"))
    source = {"not_found": NOT_FOUND_PHRASES, "weak": WEAK_NOT_FOUND_PHRASES, "challenge": CHALLENGE_TITLES}
    return tuple(f" {normalize(phrase)} " if kind == "weak" else normalize(phrase) for phrase in source[kind])


@cache
def _originals() -> dict[str, str]:
    """Normalized phrase (also without punctuation) -> the phrase as written, for the human reason."""
    everything = NOT_FOUND_PHRASES + WEAK_NOT_FOUND_PHRASES + CHALLENGE_TITLES
    written = {normalize(phrase): phrase for phrase in everything}
    return {_bare(key): phrase for key, phrase in written.items()} | written


def _bare(text: str) -> str:
    """Punctuation as spaces, runs of spaces as one: "404 - Not Found" reads as "404 not found"."""
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()


def _has(text: str, phrases: tuple[str, ...]) -> str | None:
    if phrases and phrases[0].startswith(" "):  # weak phrases match whole words only
        text = " " + _SPACES.sub(" ", _PUNCT.sub(" ", text)) + " "
    padded = text
    for phrase in phrases:
        if phrase in padded:
            return _originals().get(phrase.strip(), phrase.strip())
    return None


def raw_title(body: bytes) -> str | None:
    """The <title> of markup, decoded leniently (enough to recognise a challenge page)."""
    found = _TITLE.search(body[:_SCAN])
    return found.group(1).decode("utf-8", "replace").strip() if found else None


def challenge_reason(headers: Mapping[str, str], body: bytes, page: Page | None = None) -> str | None:
    """A short reason when the answer is a bot challenge (Cloudflare and others), else None."""
    lowered = {name.lower(): value for name, value in headers.items()}
    server = lowered.get("server", "").lower()
    vendor = "Cloudflare" if "cloudflare" in server or "cf-ray" in lowered else "bot"
    if lowered.get("cf-mitigated", "").lower() == "challenge":
        return "Cloudflare challenge"
    if lowered.get("x-amzn-waf-action", "").lower() in {"challenge", "captcha"}:
        return f"AWS WAF {lowered['x-amzn-waf-action'].lower()}"
    title = page.title if page is not None and page.title else raw_title(body)
    if title and _has(normalize(title), _phrases("challenge")):
        return f"{vendor} challenge: {title.strip()[:60]}"
    markup = body[:_SCAN].decode("utf-8", "replace").lower()
    text_length = len(page.text) if page is not None else len(markup)
    for marker in CHALLENGE_MARKUP:
        if marker in markup and (text_length < SHORT_TEXT * 4 or marker.startswith(("/cdn-cgi", "cf"))):
            return f"{vendor} challenge ({marker.strip('/_-')})"
    return None


def _weak_title(title: str, short_page: bool, is_article: bool) -> str | None:
    """A common phrase that is a whole title segment ("404 | Site", "Not Found"), or nearly so on a
    short page that gives no publication date ("Sorry, not found"; not for a bare "404": "Article
    404" is a title). "Weapons not found, UN says" and a dated "آب وجود ندارد" are headlines."""
    for segment in _TITLE_SEPARATORS.split(title):
        words = _PUNCT.sub(" ", segment).split()
        found = _has(" ".join(words), _phrases("weak"))
        extra = len(words) - len(normalize(found).split()) if found else 0
        nearly = short_page and not is_article and extra <= 2 and not (found or "").isdigit()
        if found and (extra == 0 or nearly):
            return found
    return None


def soft_404_reason(page: Page) -> str | None:
    """A short reason when a 200 page says it is an error page, else None.

    Rule: the title or the headline (the whole text of a short page, the first lines of a long one)
    holds an error phrase ("Page not found", "صفحه مورد نظر یافت نشد", "خطای ۴۰۴"); a common phrase
    ("not found", "یافت نشد", "404") counts only as a whole title segment or, on a tiny page, as a
    sentence that is an error message (see ``_weak_message``).
    """
    strong = _phrases("not_found")
    title = normalize(page.title or "")
    text = normalize(page.text)
    short_page = len(text) <= SHORT_TEXT
    for where, haystack in (("page title", title), ("page", text if short_page else text[:_HEAD])):
        found = (_has(haystack, strong) or _has(_bare(haystack), _phrases("bare"))) if haystack else None
        if found:
            return f"{where} says “{found}”"
    is_article = page.published is not None
    found = _weak_title(title, short_page, is_article)
    if found:
        return f"page title says “{found}”"
    if not short_page or len(text.split()) > _TINY_WORDS:
        return None
    found = _weak_message(page.text, is_article)
    return f"page says “{found}”" if found else None


def _weak_message(text: str, is_article: bool) -> str | None:
    """A common phrase in a sentence of a tiny page that is an error message: the phrase names a page
    ("صفحه‌ای که دنبال آن هستید وجود ندارد", "This article is not found"), or, on a page that gives
    no publication date, the sentence is little more than the phrase ("Sorry, not found", "404 - Not
    Found"). "… آب آشامیدنی و سرپناه کافی وجود ندارد" in a short news item is a sentence of news."""
    for sentence in _SENTENCES.split(text):  # split before normalizing, which joins the lines
        words = _PUNCT.sub(" ", normalize(sentence)).split()
        found = _has(" ".join(words), _phrases("weak"))
        if not found or found.isdigit():
            continue
        size = len(normalize(found).split())
        start = _index_of(words, normalize(found).split())
        near = words[max(0, start - _PAGE_WORD_GAP) : start + size + _PAGE_WORD_GAP]
        if any(word in _page_words() for word in near):
            return found
        if not is_article and len(words) - size <= 2:
            return found
    return None


def _index_of(words: list[str], phrase: list[str]) -> int:
    for start in range(len(words) - len(phrase) + 1):
        if words[start : start + len(phrase)] == phrase:
            return start
    return 0


@cache
def _page_words() -> frozenset[str]:
    return frozenset(normalize(word) for word in PAGE_WORDS)


READABLE_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/pdf", "application/x-pdf"})


def is_readable_type(content_type: str | None, body: bytes = b"") -> bool:
    """HTML, XHTML, any text/* and PDF are read; a missing or generic type is judged by the body."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in READABLE_TYPES or media.startswith("text/"):
        return True
    if media in {"", "application/octet-stream", "binary/octet-stream"}:
        return not body or body.lstrip()[:5] == b"%PDF-" or body.lstrip()[:1] == b"<"
    return False
