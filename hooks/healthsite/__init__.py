"""Turn one sourced knowledge base into fifteen language editions.

The pipeline, one subpackage a stage:

- ``knowledge``: read the YAML knowledge base, validate it, give a typed model;
- ``catalogs``: extract messages, update and compile gettext catalogues, check translations;
- ``pages``: knowledge base + one catalogue -> Markdown pages of one language edition;
- ``build``: run the stages in order, for the MkDocs hooks and the command line.

Nothing here imports MkDocs: ``hooks/mkdocs_hooks.py`` is the only adapter.
"""
