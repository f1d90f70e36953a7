"""The reference section: its heading in four languages, its entries, where it stops."""

from __future__ import annotations

import pytest

from refcheck.parse.sections import find_section, is_reference_heading


@pytest.mark.parametrize(
    "line",
    [
        "References",
        "REFERENCES",
        "## Sources",
        "**Notes**",
        "Endnotes:",
        "منابع",
        "مآخذ",
        "سرچینې",
        "ماخذونه",
        "المراجع",
        "المصادر",
        "۵. منابع",
        "References:",
    ],
)
def test_headings_in_each_language(line: str) -> None:
    assert is_reference_heading(line)


@pytest.mark.parametrize(
    "line",
    ["- References..... 9", "References 9", "منابع ........ ۵", "References and the Russian view of them"],
)
def test_contents_lines_and_prose_are_not_headings(line: str) -> None:
    assert not is_reference_heading(line)


def entries_of(text: str) -> list[tuple[int, str]]:
    section = find_section(text)
    assert section is not None
    return [(entry.number, text[entry.start : entry.end]) for entry in section.entries]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1", "2"),
        ("1.", "2."),
        ("[1]", "[2]"),
        ("[^1]:", "[^2]:"),
        ("¹", "²"),
        ("۱.", "۲."),
        ("١-", "٢-"),
        ("1)", "2)"),
    ],
)
def test_entry_numbering_forms(first: str, second: str) -> None:
    text = f"Body.\n\nReferences\n\n{first} Outlet, A title, 2021.\n{second} Other, Another title, 2022.\n"
    assert entries_of(text) == [(1, "Outlet, A title, 2021."), (2, "Other, Another title, 2022.")]


def test_the_last_heading_wins_over_a_contents_line_and_an_earlier_mention() -> None:
    text = "In this issue:\n- References..... 9\n\nNotes\n\nBody text.\n\nReferences\n\n1 First entry.\n2 Second entry.\n"
    section = find_section(text)
    assert section is not None and section.heading_line == 8
    assert [entry.number for entry in section.entries] == [1, 2]


def test_entries_span_lines_and_page_breaks_and_prose_after_the_list_is_not_an_entry() -> None:
    text = (
        "References\n\n"
        "1 Outlet, a title, published date: 22/10/2021,\n\n"
        "available at: https://example.org/a\n\n\n\n"
        "2 Other outlet, another title\n"
        "continued on a second line, https://example.org/b\n\n"
        "The Centre is an independent, non-profit research organization established in 2009 in Kabul. "
        "It is committed to promoting policy-oriented research about the region and its neighbours.\n\n"
        "Contact Us:\n"
    )
    entries = entries_of(text)
    assert [number for number, _ in entries] == [1, 2]
    assert entries[0][1].endswith("https://example.org/a")
    assert "continued on a second line" in entries[1][1]
    assert "Centre" not in entries[1][1]


def test_numbers_inside_an_entry_do_not_start_entries() -> None:
    text = "References\n\n1 Outlet, title,\n۲۸/۴/۲۰۲۳, and 3.5 more\n2 Next entry\n"
    assert [number for number, _ in entries_of(text)] == [1, 2]


def test_no_heading_no_section() -> None:
    assert find_section("Just a text.\n\n1 A numbered line.\n") is None


@pytest.mark.parametrize("line", ["سرچينې او ماخذونه", "منابع و مآخذ", "Notes and Sources"])
def test_two_names_of_the_list_joined_by_and(line: str) -> None:
    assert is_reference_heading(line)


def test_an_entry_number_glued_to_its_text() -> None:
    assert [n for n, _ in entries_of("Body.\n\nReferences\n\n1.Outlet, Title.\n2.Other, Title.\n")] == [1, 2]


def test_markdown_footnote_definitions_without_a_heading_are_the_list() -> None:
    text = "A claim.[^1] Another.[^2]\n\n[^1]: Outlet, Title, https://a.example/1\n[^2]: Other, https://a.example/2\n"
    assert [n for n, _ in entries_of(text)] == [1, 2]
