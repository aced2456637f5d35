"""How long an editor waits: from saving a sheet to the browser showing the change.

Not a test: the times move with the machine's load. ``make bench-preview LANGS=en`` prints
them; the README records the last run.

The benchmark copies the project to a temporary folder (the repository is never edited),
starts ``mkdocs serve`` there on a free loopback port, the way ``make serve`` does, and saves
one sheet several times, each time with a new word in its summary. For each save it measures
- until the server says "Reloading browsers" (an open page reloads itself then), and
- until the served page contains the new word,
and counts the rebuilds that one save caused, from the server's log.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import ProjectPaths

BUDGET = 3.0  # seconds from a save to the change on screen, one edition, on the project's 2-core machine
REBUILD = "Building documentation..."
BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")
RELOAD = "Reloading browsers"
QUIET = 5.0  # seconds without a log line after a reload: no second rebuild is coming
STARTUP_LIMIT = 1800.0  # the first full build of a fresh copy prints every leaflet
SAVE_LIMIT = 300.0


@dataclass(frozen=True)
class Save:
    """One save of the sheet, as the editor lives it."""

    reloaded: float  # seconds until the server told browsers to reload
    served: float  # seconds until the page, fetched again and again, showed the change
    rebuilds: int  # builds the save set off (1 is right: the save, and nothing the build writes)
    built: float  # seconds MkDocs says the (first) build took; the rest is noticing the save


@dataclass
class PreviewResult:
    editions: str  # as HEALTHSITE_LANGS had it ("" for every edition)
    sheet: str
    startup: float  # seconds from starting the server to serving the first build
    saves: list[Save] = field(default_factory=list)
    load: float = 0.0  # the machine's load average (1 minute) at the end: other work slows the preview

    @property
    def median_reload(self) -> float:
        return statistics.median(save.reloaded for save in self.saves)

    @property
    def one_rebuild_per_save(self) -> bool:
        return all(save.rebuilds == 1 for save in self.saves)


def marked_summary(sheet_yaml: str, word: str) -> str:
    """The sheet's YAML with ``word`` as the first word of its summary (a one-line quoted string)."""
    new, count = re.subn(r'^(summary: ")', rf"\g<1>{word} ", sheet_yaml, count=1, flags=re.MULTILINE)
    if count != 1:
        raise ValueError('the sheet has no one-line summary: "..." to edit')
    return new


def count_rebuilds(lines: list[str]) -> int:
    return sum(REBUILD in line for line in lines)


def build_seconds(lines: list[str]) -> float:
    """What MkDocs reports for the first build in ``lines`` (0 if none finished)."""
    return next((float(found.group(1)) for line in lines for found in [BUILT.search(line)] if found), 0.0)


def copy_project(paths: ProjectPaths, target: Path) -> ProjectPaths:
    """What ``mkdocs serve`` reads, copied; with the pages and leaflets already made, so the
    copy's first build prints only what the project's own build would print."""
    copy = ProjectPaths(target)
    ignore = shutil.ignore_patterns("__pycache__")
    for name in ("content-src", "locales", "hooks", "docs"):
        shutil.copytree(paths.root / name, target / name, ignore=ignore)
    shutil.copy2(paths.root / "mkdocs.yml", target / "mkdocs.yml")
    if paths.build.is_dir():
        shutil.copytree(paths.build, copy.build, ignore=shutil.ignore_patterns("review", "lighthouse"))
        # The leaflet records name each PDF by its absolute path (pdf.print_changed).
        for record in (copy.build / "leaflets.json", copy.build / "print-kit.json"):
            if record.is_file():
                entries = json.loads(record.read_text(encoding="utf-8"))
                moved = {key.replace(str(paths.root), str(target), 1): value for key, value in entries.items()}
                record.write_text(json.dumps(moved, indent=0, sort_keys=True), encoding="utf-8")
    return copy


class _Log:
    """The server's output, line by line, with the time each line arrived."""

    def __init__(self, stream):
        self.lines: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            with self._lock:
                self.lines.append((time.perf_counter(), line.rstrip()))

    def since(self, moment: float) -> list[tuple[float, str]]:
        with self._lock:
            return [(at, line) for at, line in self.lines if at >= moment]

    def text(self) -> str:
        with self._lock:
            return "\n".join(line for _, line in self.lines)


def _own_process_group() -> None:
    """In the server's process: its own process group, so that its leaflet workers stop with it, and
    Ctrl-C's signal handled as in a terminal (a shell's background job inherits it ignored)."""
    os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _wait_for(condition, limit: float, what: str, log: _Log, server: subprocess.Popen, step: float = 0.05):
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        found = condition()
        if found:
            return found
        if server.poll() is not None:
            raise RuntimeError(f"{what}: the server stopped; it said:\n{log.text()[-3000:]}")
        time.sleep(step)
    raise TimeoutError(f"{what} after {limit:.0f} s; the server said:\n{log.text()[-3000:]}")


def _settled(log: _Log, since: float) -> bool:
    """A reload happened after ``since`` and the log has been quiet for QUIET seconds."""
    lines = log.since(since)
    return any(RELOAD in line for _, line in lines) and time.perf_counter() - lines[-1][0] >= QUIET


class PreviewServer:
    """``mkdocs serve`` in a temporary copy of the project, as ``make serve LANGS=...`` runs it.

    ``editions`` as HEALTHSITE_LANGS takes them ("" for every edition). Use as a context manager;
    ``root`` is the copy, to edit.
    """

    def __init__(self, paths: ProjectPaths, editions: str = "en"):
        self.paths = paths
        self.editions = editions
        self.startup = 0.0

    def __enter__(self) -> PreviewServer:
        self._folder = tempfile.TemporaryDirectory(prefix="preview-bench-")
        self.root = copy_project(self.paths, Path(self._folder.name) / "project").root
        self.port = _free_port()
        environment = dict(os.environ, HEALTHSITE_LANGS=self.editions, NO_MKDOCS_2_WARNING="1",
                           PYTHONPATH=os.pathsep.join([str(self.root / "hooks"), os.environ.get("PYTHONPATH", "")]))
        started = time.perf_counter()
        self._server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=self.root, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            preexec_fn=_own_process_group)
        self.log = _Log(self._server.stdout)
        try:
            _wait_for(lambda: any("Serving on" in line for _, line in self.log.since(started)), STARTUP_LIMIT,
                      "the server did not start", self.log, self._server, step=0.5)
            self.startup = time.perf_counter() - started
            _wait_for(lambda: _page(self.url("")), 60, "the chooser was not served", self.log, self._server)
            time.sleep(QUIET)  # let the watcher settle after the first build
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def page(self, path: str) -> str:
        """The served page ("" while it is missing)."""
        return _page(self.url(path))

    def save(self, file: Path, text: str, path: str, expected: str) -> Save:
        """Write ``text`` to ``file`` (in the copy), then time until the page at ``path`` shows ``expected``."""
        file.write_text(text, encoding="utf-8")
        saved = time.perf_counter()
        served = _wait_for(lambda: expected in self.page(path) and time.perf_counter(), SAVE_LIMIT,
                           f"{expected!r} did not show on /{path} after saving {file.name}", self.log, self._server,
                           step=0.1)
        _wait_for(lambda: _settled(self.log, saved), SAVE_LIMIT, f"saving {file.name} did not settle", self.log,
                  self._server, step=0.2)
        lines = self.log.since(saved)
        reloaded = next(at for at, line in lines if RELOAD in line)
        logged = [line for _, line in lines]
        return Save(reloaded - saved, served - saved, count_rebuilds(logged), build_seconds(logged))

    def __exit__(self, *exception) -> None:
        try:
            os.killpg(self._server.pid, signal.SIGINT)  # as Ctrl-C: MkDocs removes its temporary site
            try:
                self._server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self._server.pid, signal.SIGKILL)
                self._server.wait()
        finally:
            # MkDocs builds into a temporary folder, which it removes on Ctrl-C; not when killed.
            for site in set(re.findall(r"documentation to directory: (\S+)", self.log.text())):
                if Path(site).name.startswith("mkdocs_"):
                    shutil.rmtree(site, ignore_errors=True)
            self._folder.cleanup()


def run_preview_benchmark(paths: ProjectPaths, editions: str = "en", sheet: str = "no-papers",
                          saves: int = 5) -> PreviewResult:
    shown_in = editions.split()[0] if editions.split() else "en"
    with PreviewServer(paths, editions) as server:
        result = PreviewResult(editions, sheet, server.startup)
        sheet_file = server.root / "content-src" / "sheets" / f"{sheet}.yaml"
        original = sheet_file.read_text(encoding="utf-8")
        for number in range(1, saves + 1):
            word = f"editorcheck{number}"
            result.saves.append(server.save(sheet_file, marked_summary(original, word), f"{shown_in}/{sheet}/", word))
        result.load = os.getloadavg()[0]
        return result
