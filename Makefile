# Two commands on a fresh machine:  make serve  (build and serve the site)
#                                    make test   (every check CI runs)
# Both install what they need: a virtual environment from pyproject.toml, and the
# Debian packages listed below when they are missing.

VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
# Debian packages: gettext for msgfmt --check, and for msgcat, which formats every catalogue
# we write; Pango and the Noto fonts for WeasyPrint's leaflets (every script we publish);
# poppler and zbar to read the leaflets back in tests; Debian's Chromium for the browser
# tests; nginx and its brotli_static module for `make preview` and the server tests. Java
# (Nu HTML Checker) and npm (axe-core, HTML_CodeSniffer; PurgeCSS and Lightning CSS for the build) are
# installed from Debian only when the machine has no `java` or `npm` command of its own.
DEBIAN_PACKAGES := gettext libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core poppler-utils zbar-tools chromium \
                   nginx libnginx-mod-http-brotli-static
DEBIAN_COMMANDS := java:default-jre-headless npm:npm
AXE     := tests/site/browser/node_modules/axe-core/axe.min.js
# The build's stylesheet tools (healthsite.finish.stylesheet), from npm at the versions in their lockfile.
CSS_TOOLS := tools/stylesheet/node_modules/.package-lock.json
ADDR    ?= 127.0.0.1:8000
# make preview listens on 127.0.0.1:8080 unless ADDR is given (make preview ADDR=0.0.0.0:8080).
PREVIEW_ADDR = $(if $(filter file,$(origin ADDR)),127.0.0.1:8080,$(ADDR))
# What the built site is made from: `make preview` builds again when one is newer than the site.
SITE_INPUTS := mkdocs.yml content-src locales hooks docs/assets docs/overrides
# make serve LANGS="en ar": an editor's preview of those editions only, without leaflets (README "Editor preview").
LANGS   ?=

.PHONY: serve bench-preview build preview nginx-config test test-unit test-site test-browser lint extract prune-catalogs freshness status check-catalogs release-check review-pack external-links system-deps bench bench-leaflets bench-weight lighthouse clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	for c in $(DEBIAN_COMMANDS); do command -v $${c%%:*} >/dev/null 2>&1 || missing="$$missing $${c#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian packages:$$missing"; \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	  else echo "please install:$$missing"; exit 1; fi; \
	fi

serve: $(STAMP) system-deps $(CSS_TOOLS)
	HEALTHSITE_LANGS="$(LANGS)" $(VENV)/bin/mkdocs serve --dev-addr $(ADDR)

build: $(STAMP) system-deps $(CSS_TOOLS)
	$(VENV)/bin/mkdocs build --strict

# The built site served by nginx with deploy/nginx/ (headers, compressed copies, caching, 404 pages,
# redirects), in the foreground; builds first if the site is missing or older than its inputs.
preview: $(STAMP) system-deps
	@if [ ! -f site/index.html.gz ] || [ -n "$$(find $(SITE_INPUTS) -type f -newer site/index.html.gz ! -name '*.pyc' -print -quit)" ]; then \
	  $(MAKE) --no-print-directory build; fi
	$(PY) -m healthsite preview --addr $(PREVIEW_ADDR)

# Writes deploy/nginx/health-care-belgium-site.conf again from the knowledge base (after adding an alias).
nginx-config: $(STAMP)
	$(PY) -m healthsite nginx

# PurgeCSS and Lightning CSS from the npm registry, at the versions in tools/stylesheet/package-lock.json.
$(CSS_TOOLS): tools/stylesheet/package-lock.json | system-deps
	npm ci --prefix tools/stylesheet --no-audit --no-fund --loglevel=error
	touch $(CSS_TOOLS)

# axe-core and HTML_CodeSniffer from the npm registry, at the versions in package-lock.json.
$(AXE): tests/site/browser/package-lock.json | system-deps
	npm ci --prefix tests/site/browser --no-audit --no-fund --loglevel=error
	touch $(AXE)

# What CI runs, the fastest layer first so that a broken unit test is reported in seconds;
# stops at the first layer that fails. The site and browser layers share one build of the site.
TEST_SITE := build/test-site
test: $(STAMP) system-deps $(CSS_TOOLS) $(AXE)
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-unit
	rm -rf $(TEST_SITE)
	$(VENV)/bin/mkdocs build --strict --quiet --site-dir $(TEST_SITE)
	HEALTHSITE_TEST_SITE=$(CURDIR)/$(TEST_SITE) $(MAKE) --no-print-directory test-site
	HEALTHSITE_TEST_SITE=$(CURDIR)/$(TEST_SITE) $(MAKE) --no-print-directory test-browser

# Layers (markers applied in tests/conftest.py): unit tests need no built site and take seconds
# all together; the site layer builds the site once (unless HEALTHSITE_TEST_SITE names one) and
# runs tests/site and the few slow tests elsewhere (printing, nginx, every catalogue); the
# browser layer drives Chromium over the built site.
test-unit: $(STAMP) system-deps $(CSS_TOOLS)
	$(PY) -m pytest -m "not (slow or site or browser)"

test-site: $(STAMP) system-deps $(CSS_TOOLS)
	$(PY) -m pytest -m "(site or slow) and not browser"

test-browser: $(STAMP) system-deps $(CSS_TOOLS) $(AXE)
	$(PY) -m pytest -m browser

# ruff and mypy, configured in pyproject.toml.
lint: $(STAMP)
	$(VENV)/bin/ruff check
	$(VENV)/bin/mypy

extract: $(STAMP) system-deps
	$(PY) -m healthsite extract

# Removes obsolete (#~) entries from every catalogue: run after a translation round (git keeps them).
prune-catalogs: $(STAMP) system-deps
	$(PY) -m healthsite prune

# Facts with an end date or a check date, soonest first (HEALTHSITE_TODAY=YYYY-MM-DD looks ahead).
freshness: $(STAMP)
	$(PY) -m healthsite freshness

# Per language, then per sheet of each language: reviewed, unreviewed, missing.
status: $(STAMP)
	$(PY) -m healthsite status --sheets

check-catalogs: $(STAMP) system-deps
	$(PY) -m healthsite check

release-check: $(STAMP) system-deps
	$(PY) -m healthsite release

# A review pack for human reviewers in build/review/LANG/ (HTML, PDF, key CSV):
#   make review-pack LANG=ar               every message of the Arabic catalogue
#   make review-pack LANG=ar SHEET=no-papers   one sheet (or which-situation, interface, phones, terms, organisations)
# LANG names the language here; the command itself runs with a UTF-8 locale.
review-pack: $(STAMP) system-deps
	LANG=C.UTF-8 $(PY) -m healthsite review-pack $(LANG) $(if $(SHEET),--sheet $(SHEET))

# Benchmarks (not tests: numbers to read, with their budgets).
bench: bench-weight bench-leaflets

# Per language: compressed bytes of a first visit, a next page, the whole edition.
# BEFORE=dir (a copy of an earlier site/) shows its figures beside the new ones.
bench-weight: build
	$(PY) -m healthsite bench-weight $(if $(BEFORE),--before $(BEFORE))

# Seconds from saving a sheet to the change in `make serve LANGS=...` (every edition without LANGS),
# and rebuilds per save, measured in a temporary copy (budget: 3 s for one edition, one rebuild).
bench-preview: $(STAMP) system-deps $(CSS_TOOLS)
	$(PY) -m healthsite bench-preview $(LANGS)

# Lighthouse in mobile mode on a sheet in en, ar and ti, with Debian's Chromium (not part of CI:
# its performance score depends on the machine's load). The README records the last scores.
LIGHTHOUSE_VERSION := 12.8.2
lighthouse: build
	npm install --prefix build/lighthouse --no-audit --no-fund --loglevel=error lighthouse@$(LIGHTHOUSE_VERSION)
	$(PY) -m healthsite lighthouse

# Prints every leaflet from scratch, then again with nothing changed (budgets: 120 s, 10 s).
bench-leaflets: $(STAMP) system-deps
	$(PY) -m healthsite bench-leaflets

# Checks links to other sites (sources). Needs internet: not part of CI.
external-links: build
	$(VENV)/bin/linkchecker --check-extern --no-robots --ignore-url='^tel:' site/index.html

clean:
	rm -rf site build docs/??/ .pytest_cache .mypy_cache .ruff_cache
