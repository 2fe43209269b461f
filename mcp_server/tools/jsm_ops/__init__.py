"""The JSM ops tool areas: ops user contacts, stakeholders (with their incident assignments) and stakeholder
groups (specs/jsm-ops.yaml)."""
