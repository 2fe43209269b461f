"""Create CSM organizations in batches; the runner follows each task and reports failures by position."""

import sys

from csm_client.api.organizations import bulk_manage_organizations
from csm_client.models import BulkAccountOperation, BulkManageOrganizationsRequest, BulkOrganizationItem

from atlassian_people_runtime.bulk import run_bulk
from atlassian_people_runtime.sites import connect_from_env

names = sys.argv[1:] or ["Example Org 1", "Example Org 2", "Example Org 3"]
items = [BulkOrganizationItem(operation=BulkAccountOperation.CREATE, name=name) for name in names]

with connect_from_env() as apis:
    result = run_bulk(
        bulk_manage_organizations.call,
        items,
        lambda batch: BulkManageOrganizationsRequest(organizations=batch),
        client=apis.csm,
        batch_size=2,
    )

for failure in result.failures:
    print(f"{names[failure.position]!r} failed: {failure.code} {failure.message}")
print(
    f"{len(items) - len(result.failures)} of {len(items)} organizations created in {len(result.tasks)} tasks"
)
