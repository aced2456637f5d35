"""Stage 2: gettext catalogues. Extract the template, update each language without
losing a translation, look translations up, check them."""
