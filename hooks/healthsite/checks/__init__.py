"""Checks on the built site (the catalogue checks live in ``catalogs.checks``)."""
