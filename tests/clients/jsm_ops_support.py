# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""What the jsm-ops operation tests share: the spec's base URL, the client suite (fixtures, ``covers``) and
the stakeholder input fields Atlassian requires.
"""

from __future__ import annotations

from typing import Any

from client_support import ClientSuite, Fields
from jsm_ops_client.models import StakeholderCommsAddedFrom
from jsm_ops_client.types import Unset

SPEC = "jsm-ops"
CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"
BASE_URL = f"https://api.atlassian.com/jsm/ops/api/{CLOUD_ID}"
# The required assignment fields of a stakeholder input, for a stakeholder added without an assignment.
NO_ASSIGNMENT: dict[str, Any] = {
    "skip_confirmation": False,
    "assignment_type": None,
    "external_assignment_id": None,
    "added_from": StakeholderCommsAddedFrom.JSM,
}
NO_ASSIGNMENT_JSON = {
    "skipConfirmation": False,
    "assignmentType": None,
    "externalAssignmentId": None,
    "addedFrom": "JSM",
}

# Every seed example field is modelled (an entry here would name one the spec's schema lacks).
SUITE = ClientSuite(SPEC, BASE_URL, known_unmodelled={})
covers = SUITE.covers
present = Fields(Unset).present
given = Fields(Unset).given
