"""One module per aggregate: SQL rows in, domain objects out. Never commits."""
