"""Read every stakeholder, Jira group and CSM product, page after page, with the generated iterators."""

from csm_client.paging import iter_get_products
from jira_groups_client.paging import iter_bulk_get_jira_groups
from jsm_ops_client.paging import iter_list_stakeholders

from atlassian_people_runtime.sites import connect_from_env

with connect_from_env() as apis:
    stakeholders = list(iter_list_stakeholders(client=apis.jsm_ops, page_size=50))
    groups = [group.name for group in iter_bulk_get_jira_groups(client=apis.jira)]
    products = [product.name for product in iter_get_products(client=apis.csm)]

print(f"{len(stakeholders)} stakeholders, {len(groups)} Jira groups, {len(products)} products")
