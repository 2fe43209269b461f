"""CSM detail fields end to end: field definitions of each entity kind, and their values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import csm_client
import pytest
from csm_client.api.customers import (
    create_customer_detail_field,
    delete_customer_detail_field,
    edit_customer_detail_field,
    get_customer,
    get_customer_detail_fields,
    set_customer_detail,
)
from csm_client.api.entitlements import (
    create_entitlement_detail_field,
    delete_entitlement_detail_field,
    edit_entitlement_detail_field,
    get_entitlement,
    get_entitlement_detail_fields,
    set_entitlement_detail,
)
from csm_client.api.organizations import (
    create_organization_detail_field,
    delete_organization_detail_field,
    edit_organization_detail_field,
    get_organization,
    get_organization_detail_fields,
    get_organization_profile,
    set_organization_detail,
)
from csm_client.models import (
    CreateDetailFieldRequest,
    DetailFieldType,
    DetailFieldTypeName,
    EditDetailFieldRequest,
    SetDetailFieldValueRequest,
)
from csm_client.types import Response

from atlassian_people_sandbox import SandboxServer


def ok(response: Response[Any], status: int = 200) -> Any:
    assert response.status_code == status, response.content
    return response.parsed


def error_text(response: Response[Any]) -> str:
    return response.content.decode()


# The five operations of each entity kind, and what the seed holds for it.
KINDS: dict[str, dict[str, Any]] = {
    "organization": {
        "list": get_organization_detail_fields,
        "create": create_organization_detail_field,
        "edit": edit_organization_detail_field,
        "delete": delete_organization_detail_field,
        "seeded": ["Region", "Tier"],
    },
    "customer": {
        "list": get_customer_detail_fields,
        "create": create_customer_detail_field,
        "edit": edit_customer_detail_field,
        "delete": delete_customer_detail_field,
        "seeded": ["Region", "Tier"],
    },
    "entitlement": {
        "list": get_entitlement_detail_fields,
        "create": create_entitlement_detail_field,
        "edit": edit_entitlement_detail_field,
        "delete": delete_entitlement_detail_field,
        "seeded": ["Support Level", "Add-ons"],
    },
}


def select(name: str, *options: str, multi: bool = False) -> CreateDetailFieldRequest:
    kind = DetailFieldTypeName.MULTISELECT if multi else DetailFieldTypeName.SELECT
    return CreateDetailFieldRequest(name=name, type_=DetailFieldType(name=kind, options=list(options)))


def field_names(csm: csm_client.Client, kind: str) -> list[str]:
    return [f["name"] for f in ok(KINDS[kind]["list"].sync_detailed(client=csm)).to_dict()["results"]]


@pytest.mark.parametrize("kind", KINDS)
def test_detail_field_lifecycle(csm: csm_client.Client, kind: str) -> None:
    ops = KINDS[kind]
    seeded = ok(ops["list"].sync_detailed(client=csm)).to_dict()["results"]
    assert [f["name"] for f in seeded] == ops["seeded"]
    assert [f["configuration"]["position"] for f in seeded] == [1, 2]

    created = ok(
        ops["create"].sync_detailed(client=csm, body=select("Channels", "Email", "Chat", multi=True))
    )
    assert created.to_dict() == {
        "name": "Channels",
        "type": {"name": "MULTISELECT", "options": ["Email", "Chat"]},
        "configuration": {"position": 3},
    }
    assert field_names(csm, kind) == [*ops["seeded"], "Channels"]

    duplicate = ops["create"].sync_detailed(client=csm, body=select("channels", "X"))
    assert duplicate.status_code == 409 and "already exists" in error_text(duplicate)

    edited = ok(
        ops["edit"].sync_detailed(
            "Channels",
            client=csm,
            body=EditDetailFieldRequest(name="Support channels", options=["Email", "Phone"]),
        )
    )
    assert edited.name == "Support channels" and edited.type_.options == ["Email", "Phone"]
    clash = ops["edit"].sync_detailed(
        "Support channels", client=csm, body=EditDetailFieldRequest(name=ops["seeded"][0])
    )
    assert clash.status_code == 409
    assert (
        ops["edit"].sync_detailed("Nope", client=csm, body=EditDetailFieldRequest(name="X")).status_code
        == 404
    )

    ok(ops["delete"].sync_detailed("Support channels", client=csm), 204)
    assert field_names(csm, kind) == ops["seeded"]
    assert ops["delete"].sync_detailed("Support channels", client=csm).status_code == 404
    # Positions close up after a delete.
    ok(ops["delete"].sync_detailed(ops["seeded"][0], client=csm), 204)
    remaining = ok(ops["list"].sync_detailed(client=csm)).to_dict()["results"]
    assert [(f["name"], f["configuration"]["position"]) for f in remaining] == [(ops["seeded"][1], 1)]


def test_field_definitions_are_validated(csm: csm_client.Client) -> None:
    no_options = create_organization_detail_field.sync_detailed(client=csm, body=select("Empty"))
    assert no_options.status_code == 422 and "at least one option" in error_text(no_options)
    repeated = create_organization_detail_field.sync_detailed(client=csm, body=select("Twice", "A", "a"))
    assert repeated.status_code == 422
    blank = create_organization_detail_field.sync_detailed(client=csm, body=select("  ", "A"))
    assert blank.status_code == 400


def test_at_most_50_detail_fields(csm: csm_client.Client) -> None:
    for number in range(48):  # two are seeded
        ok(
            create_customer_detail_field.sync_detailed(
                client=csm, body=select(f"Field {number}", "Yes", "No")
            )
        )
    refused = create_customer_detail_field.sync_detailed(client=csm, body=select("One too many", "Yes"))
    assert refused.status_code == 422 and "50" in error_text(refused)
    # The limit is per entity kind.
    ok(create_organization_detail_field.sync_detailed(client=csm, body=select("Still fine", "Yes")))


def test_organization_detail_values(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    organization_id = next(iter(sandbox.sandbox.state.csm.organizations))
    value = ok(
        set_organization_detail.sync_detailed(
            organization_id, client=csm, field_name="Region", body=SetDetailFieldValueRequest(values=["US"])
        )
    )
    assert value.to_dict() == {
        "id": value.id,
        "name": "Region",
        "type": {"name": "SELECT", "options": ["AU", "EU", "US"]},
        "values": ["US"],
        "configuration": {"position": 1},
    }
    details = ok(get_organization.sync_detailed(organization_id, client=csm)).to_dict()["details"]
    assert {d["name"]: d["values"] for d in details}["Region"] == ["US"]

    def set_region(*values: str) -> Response[Any]:
        return set_organization_detail.sync_detailed(
            organization_id,
            client=csm,
            field_name="Region",
            body=SetDetailFieldValueRequest(values=list(values)),
        )

    not_an_option = set_region("Mars")
    assert not_an_option.status_code == 422 and "AU, EU, US" in error_text(not_an_option)
    assert set_region("EU", "US").status_code == 422  # SELECT holds one value
    unknown_field = set_organization_detail.sync_detailed(
        organization_id, client=csm, field_name="Shoe size", body=SetDetailFieldValueRequest(values=["9"])
    )
    assert unknown_field.status_code == 404 and "Shoe size" in error_text(unknown_field)
    unknown_org = set_organization_detail.sync_detailed(
        "999999", client=csm, field_name="Region", body=SetDetailFieldValueRequest(values=["EU"])
    )
    assert unknown_org.status_code == 404

    # Removing an option drops the values that used it; deleting the field drops all its values.
    ok(
        edit_organization_detail_field.sync_detailed(
            "Region", client=csm, body=EditDetailFieldRequest("Region", ["AU", "EU"])
        )
    )
    profile = ok(get_organization_profile.sync_detailed(organization_id, client=csm)).to_dict()
    assert "Region" not in [d["name"] for d in profile["details"]]
    ok(delete_organization_detail_field.sync_detailed("Tier", client=csm), 204)
    assert ok(get_organization.sync_detailed(organization_id, client=csm)).to_dict()["details"] == []
    assert all(
        not o.details for o in sandbox.sandbox.state.csm.organizations.values() if o.id == organization_id
    )


def test_customer_and_entitlement_detail_values(csm: csm_client.Client, sandbox: SandboxServer) -> None:
    store = sandbox.sandbox.state.csm
    customer_id, entitlement_id = next(iter(store.customers)), next(iter(store.entitlements))
    ok(
        set_customer_detail.sync_detailed(
            customer_id, client=csm, field_name="tier", body=SetDetailFieldValueRequest(values=["platinum"])
        )
    )
    details = ok(get_customer.sync_detailed(customer_id, client=csm)).to_dict()["details"]
    assert {d["name"]: d["values"] for d in details}["Tier"] == [
        "Platinum"
    ]  # stored in the option's spelling

    add_ons: Callable[..., Response[Any]] = lambda *values: set_entitlement_detail.sync_detailed(  # noqa: E731
        entitlement_id, client=csm, field_name="Add-ons", body=SetDetailFieldValueRequest(values=list(values))
    )
    assert ok(add_ons("SSO", "Sandbox", "SSO")).values == ["SSO", "Sandbox"]  # MULTISELECT, repeats dropped
    assert add_ons("SSO", "Coffee").status_code == 422
    details = ok(get_entitlement.sync_detailed(entitlement_id, client=csm)).to_dict()["details"]
    assert {d["name"]: d["values"] for d in details}["Add-ons"] == ["SSO", "Sandbox"]
    ok(add_ons())  # no values clears the field
    details = ok(get_entitlement.sync_detailed(entitlement_id, client=csm)).to_dict()["details"]
    assert "Add-ons" not in [d["name"] for d in details]
    assert (
        set_customer_detail.sync_detailed(
            "qm:nobody", client=csm, field_name="Tier", body=SetDetailFieldValueRequest(values=["Gold"])
        ).status_code
        == 404
    )
