"""Async reads with an OAuth 2.0 token (ATLASSIAN_OAUTH_TOKEN): Jira is reached through the gateway."""

import asyncio

from jira_groups_client.paging import aiter_bulk_get_jira_groups
from jsm_ops_client.paging import aiter_list_stakeholders

from atlassian_people_runtime.sites import connect_from_env


async def main() -> None:
    async with connect_from_env() as apis:
        groups = [group.name async for group in aiter_bulk_get_jira_groups(client=apis.jira)]
        stakeholders = [s.id async for s in aiter_list_stakeholders(client=apis.jsm_ops)]
    print(f"{len(groups)} Jira groups and {len(stakeholders)} stakeholders on site {apis.cloud_id}")


asyncio.run(main())
