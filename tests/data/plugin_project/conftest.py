"""A user's conftest: nothing to write, the schema comes from pytest.ini (seedbed_schema)."""
