"""One module per API area; each defines its store (with `seeded` and `stats`) and registers its handlers."""
