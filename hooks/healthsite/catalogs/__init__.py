"""Stage 2: gettext catalogues. Extract the template, update each language without
losing a translation, compile .mo files, look translations up, check them."""
