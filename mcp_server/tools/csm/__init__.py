"""Customer Service Management (specs/csm.yaml): organizations, customers, products, entitlements, fields."""
