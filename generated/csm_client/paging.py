"""Typed iterators over every page of the paged operations, from the specs' `x-pagination`.

    for item in iter_<operation>(client=client, <the operation's other arguments>): ...
    async for item in aiter_<operation>(client=client, ...): ...

`page_size` sets the operation's page size argument; the paging arguments themselves are managed here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from atlassian_people_runtime.paging import Pagination, aiterate, iterate

from .api.customers import search_customers_by_detail_field
from .api.products import get_products
from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .models import CustomerAccount, Product


SEARCH_CUSTOMERS_BY_DETAIL_FIELD = Pagination(
    operation="searchCustomersByDetailField",
    style="page",
    position_param="page",
    size_param="max_results",
    items="results",
    next_cursor=None,
    has_more=None,
    is_last="is_last",
    first_page=1,
)


def iter_search_customers_by_detail_field(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[CustomerAccount]:
    """Every item of searchCustomersByDetailField, page after page (`params`: its other arguments)."""
    return iterate(
        search_customers_by_detail_field.call,
        SEARCH_CUSTOMERS_BY_DETAIL_FIELD,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_search_customers_by_detail_field(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[CustomerAccount]:
    """Every item of searchCustomersByDetailField, page after page, for async clients."""
    return aiterate(
        search_customers_by_detail_field.acall,
        SEARCH_CUSTOMERS_BY_DETAIL_FIELD,
        client=client,
        page_size=page_size,
        params=params,
    )


GET_PRODUCTS = Pagination(
    operation="getProducts",
    style="cursor",
    position_param="cursor",
    size_param="limit",
    items="results",
    next_cursor="next_page_cursor",
    has_more=None,
    is_last=None,
    first_page=1,
)


def iter_get_products(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> Iterator[Product]:
    """Every item of getProducts, page after page (`params`: its other arguments)."""
    return iterate(
        get_products.call,
        GET_PRODUCTS,
        client=client,
        page_size=page_size,
        params=params,
    )


def aiter_get_products(
    *, client: AuthenticatedClient | Client, page_size: int | None = None, **params: Any
) -> AsyncIterator[Product]:
    """Every item of getProducts, page after page, for async clients."""
    return aiterate(
        get_products.acall,
        GET_PRODUCTS,
        client=client,
        page_size=page_size,
        params=params,
    )
