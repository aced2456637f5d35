"""Turn one sourced knowledge base into fifteen language editions.

The pipeline, one subpackage a stage; each imports only the stages before it
(``python -m healthsite layers`` checks it):

- ``site_map``: every address and file name of the site (``paths``: the project's folders);
- ``knowledge``: read the YAML knowledge base, validate it, give a typed model;
- ``catalogs``: extract messages, update and compile gettext catalogues, check translations;
- ``pages``: knowledge base + one catalogue -> Markdown pages of one language edition;
- ``leaflets``, ``offline``: the same pages on paper and as an archive (neither imports the other);
- ``build``: run the stages in order, for the MkDocs hooks and the command line;
  ``deploy`` (server files for the built site) sits beside it;
- ``checks``: read the built site; only the command line imports them.

Nothing here imports MkDocs: ``hooks/mkdocs_hooks.py`` is the only adapter.
"""
