# The generated packages carry no py.typed (regenerate.py passes --meta none) and `mypy tests/clients` does
# not see tests/ (pytest finds spec_support through pythonpath): run mypy with --follow-untyped-imports and
# MYPYPATH=tests to check these calls against the generated signatures.
# mypy: disable-error-code="import-untyped, import-not-found"
"""The table of csm-client operation rows: one primary ``Case`` per operationId of specs/csm.yaml, plus
variant rows that give optional query parameters. The rows live by API area in the csm_cases_* modules.
"""

from __future__ import annotations

from csm_cases_catalog import CATALOG_CASES
from csm_cases_customers import CUSTOMER_CASES
from csm_cases_organizations import ORGANIZATION_CASES
from csm_support import Case

CASES: list[Case] = [*ORGANIZATION_CASES, *CUSTOMER_CASES, *CATALOG_CASES]
PRIMARY = [case for case in CASES if not case.variant]
BY_ID = {case.operation_id: case for case in PRIMARY}
