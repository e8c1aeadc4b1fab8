"""The unit's server: PostgreSQL holding a unit's (or a Polda's) records (docs/server.md).

connect (which server, a connection), adapter (the journal's SQL on the server), schema
(`server init`, row-level security), rights (grants), push, store (reading), source
(`merge --server`). psycopg is imported inside these modules' functions only: the journal's
commands never load it.
"""
