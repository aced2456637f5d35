"""Debian's nginx on a free loopback port, serving a folder with a site configuration; and raw HTTP to it.

Raw, because the tests look at what the server sends: status, headers, and the bytes as they
travel (compressed or not, redirects not followed).
"""

from __future__ import annotations

import http.client
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from healthsite.deploy.preview import Preview, missing_software, nginx_program


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class Server:
    port: int

    def get(self, path: str, **headers: str) -> Answer:
        """GET ``path``; header names with underscores (accept_encoding="gzip")."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", path, headers={name.replace("_", "-"): value for name, value in headers.items()})
            response = connection.getresponse()
            return Answer(response.status, {name.lower(): value for name, value in response.getheaders()}, response.read())
        finally:
            connection.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_nginx(prefix: Path, site: Path, include: Path) -> Iterator[Server]:
    """nginx in the foreground for the duration of the block; its error log in a failure message."""
    if nginx_program() is None:
        pytest.skip("nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-static; "
                    "`make test` installs it)")
    problem = missing_software()
    if problem:
        pytest.fail(problem)
    port = free_port()
    preview = Preview(prefix, site, include, f"127.0.0.1:{port}")
    process = subprocess.Popen(preview.write(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while True:
            if process.poll() is not None:
                pytest.fail(f"nginx stopped: {process.stderr.read().decode()}\n{_log(preview)}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"nginx did not answer on port {port}\n{_log(preview)}")
                time.sleep(0.05)
        yield Server(port)
    finally:
        process.terminate()
        process.wait(timeout=15)
        process.stderr.close()


def _log(preview: Preview) -> str:
    return preview.error_file.read_text() if preview.error_file and preview.error_file.exists() else ""
