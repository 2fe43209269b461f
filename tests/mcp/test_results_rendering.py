"""results.listing renders the whole text of a listing (header, rows, the next-page line, footer), so
handlers do not patch rendered text."""

from __future__ import annotations

from mcp_server.results import listing


def test_a_listing_renders_header_rows_more_line_and_footer_in_order() -> None:
    result = listing(
        "Members",
        [{"id": "a"}, {"id": "b"}],
        ("id",),
        next_cursor="next.sig",
        header="Group: Ops\n",
        footer="\nAtlassian noted: partial",
        item={"id": "g"},
    )
    assert result.text == (
        "Group: Ops\nMembers: 2\n- a\n- b\n"
        "More: call again with the same arguments and cursor=next.sig\nAtlassian noted: partial"
    )
    assert result.data == {
        "items": [{"id": "a"}, {"id": "b"}],
        "next_cursor": "next.sig",
        "total": None,
        "item": {"id": "g"},
    }


def test_without_header_and_footer_a_listing_is_as_before() -> None:
    assert listing("Users", [], ("id",)).text == "Users: 0"
