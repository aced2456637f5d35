"""Stage 3: knowledge base + one language's translations -> Markdown pages.

Prose is escaped and written as HTML blocks, so nothing a translator types can
become markup; headings stay Markdown so the table of contents and anchors work.
"""
