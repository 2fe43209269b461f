"""One package or module per API area: a store (its state, with `stats`; seeded by the area's seeder) that
imports nothing of the request machinery, and a handler table (`HANDLERS`) listed in
atlassian_people_sandbox.handlers. Areas share the directory, errors and pagination helpers."""
