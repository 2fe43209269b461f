"""Sandbox area: Customer Service Management (organizations, customers, products, entitlements, tasks)."""
