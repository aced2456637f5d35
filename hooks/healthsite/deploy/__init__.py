"""Serving the built site: compressed copies of its text files, and the nginx configuration
generated from what it depends on (the languages, the sheets' old addresses, the pages' policy)."""
