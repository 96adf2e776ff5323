"""The Organisations area: the registry's table, the organisation editor, merging."""
