"""`make serve LANGS=...`: `mkdocs serve` of some editions, in a copy of the project.

One save, one rebuild, and the change on the page; an edit of the Python code takes
effect without a restart. Times are not checked here (they move with the machine's
load): `make bench-preview` measures them.
"""

from healthsite.checks.editor_preview import PreviewServer, marked_summary


def test_a_preview_serves_the_chosen_editions_and_the_chooser_only(project):
    with PreviewServer(project, "ar") as server:
        assert 'href="ar/"' in server.page("") and 'href="fr/"' in server.page("")
        assert '<html lang="ar" class="no-js" dir="rtl">' in server.page("ar/no-papers/")
        assert server.page("en/no-papers/") == "" and server.page("fr/no-papers/") == ""
        assert "leaflets:" not in server.log.text()  # none printed
        assert "editor's preview (HEALTHSITE_LANGS): only ar" in server.log.text()


def test_one_save_rebuilds_once_and_an_edit_of_the_code_takes_effect_without_a_restart(project):
    with PreviewServer(project, "en") as server:
        sheet = server.root / "content-src" / "sheets" / "no-papers.yaml"
        save = server.save(sheet, marked_summary(sheet.read_text(encoding="utf-8"), "editorcheck"),
                           "en/no-papers/", "editorcheck")
        assert save.rebuilds == 1

        renderer = server.root / "hooks" / "healthsite" / "pages" / "documents.py"
        code = renderer.read_text(encoding="utf-8")
        assert code.count('class="language-chooser"') == 1
        save = server.save(renderer, code.replace('class="language-chooser"', 'class="language-chooser edited"'),
                           "", 'class="language-chooser edited"')
        assert save.rebuilds == 1
        assert "importing it again" in server.log.text()
