"""The post-build stage: what is done to the built site once every edition of a build is in it.

One home and one order (``finish_site``), because each step reads what the one before wrote:

1. each edition's pages for old addresses (redirects);
2. the one stylesheet (``finish.stylesheet``): it needs every page, and rewrites every page to link it;
3. per edition, on the pages as they now are: what saving it on a phone stores (the size on
   its buttons), the offline archive (its size on the home page), and last the service
   worker, which fingerprints every file it lists;
4. compressed copies of every text file (``deploy.precompress``), last: a copy must be of the
   final file.

``build.SiteBuild.finish`` calls it with what the pages stage rendered for each edition;
``hooks/mkdocs_hooks.py`` calls that once, after mkdocs-static-i18n has built the last edition.
This stage imports the stages before it (pages, offline, deploy), never ``build``.
"""

from .stage import EditionFinish, Finished, FinishOptions, finish_site
from .stylesheet import StylesheetError

__all__ = ["EditionFinish", "Finished", "FinishOptions", "StylesheetError", "finish_site"]
