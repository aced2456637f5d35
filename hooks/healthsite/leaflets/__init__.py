"""Print leaflets: the same knowledge base and catalogues as the pages, as A4 PDF.

``healthsite.site_map`` names them, ``content`` chooses what a leaflet holds, ``template``
writes its print HTML, ``qr`` draws the code back to the page, ``pdf`` turns HTML into PDF
only when something changed, on every core, and ``orchestrate`` prints them all into docs/.
"""
