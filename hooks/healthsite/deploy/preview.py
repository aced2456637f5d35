"""nginx on this machine, serving the built site with the deployed configuration.

``make preview`` and the tests run Debian's nginx as an ordinary program: its own prefix
under build/ (pid file, logs, temporary folders), the server block below, and inside it the
same ``include`` a production server has (deploy/nginx/health-care-belgium-site.conf). So
what the tests check is the committed file itself, not a copy.
"""

from __future__ import annotations

import getpass
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

# Debian installs nginx in /usr/sbin, which an ordinary user's PATH may not name.
_SEARCH_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
# Debian's libnginx-mod-http-brotli-static (the Makefile installs it with nginx).
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
_TEMP_FOLDERS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


@dataclass(frozen=True)
class Preview:
    """One nginx: where it keeps its files, what it serves, on which address (host:port)."""

    prefix: Path
    site: Path
    include: Path
    address: str
    access_log: str = "off"  # or a file, or /dev/stdout to watch requests
    error_log: str = "error.log"  # in the prefix, or stderr

    @property
    def conf(self) -> Path:
        return self.prefix / "nginx.conf"

    @property
    def error_file(self) -> Path | None:
        return None if self.error_log == "stderr" else self.prefix / self.error_log

    def configuration(self, user: str | None = None) -> str:
        """The main configuration; ``user`` only when nginx starts as root (its workers
        would otherwise run as ``nobody`` and could not read a site in a private folder)."""
        return "\n".join([
            "# Written by healthsite.deploy.preview for `make preview` and the tests: not a production configuration.",
            f"load_module {BROTLI_MODULE};",
            *([f"user {user};"] if user else []),
            "worker_processes 1;",
            f"pid {self.prefix / 'nginx.pid'};",
            f"error_log {self.error_file or 'stderr'} warn;",
            "events { worker_connections 256; }",
            "http {",
            f"    access_log {self.access_log};",
            "    log_not_found off;  # a 404 is in the access log already",
            *(f"    {folder}_temp_path {self.prefix / folder};" for folder in _TEMP_FOLDERS),
            "    server {",
            f"        listen {self.address};",
            f"        root {self.site.resolve()};",
            f"        include {self.include.resolve()};",
            "    }",
            "}",
            "",
        ])

    def write(self) -> list[str]:
        """Write the configuration; return the command that runs nginx in the foreground."""
        self.prefix.mkdir(parents=True, exist_ok=True)
        for folder in _TEMP_FOLDERS:
            (self.prefix / folder).mkdir(exist_ok=True)
        self.conf.write_text(self.configuration(getpass.getuser() if os.geteuid() == 0 else None), encoding="utf-8")
        return [nginx_program() or "nginx", "-p", f"{self.prefix}/", "-c", str(self.conf),
                "-e", str(self.error_file or "stderr"), "-g", "daemon off;"]


def nginx_program() -> str | None:
    return shutil.which("nginx", path=_SEARCH_PATH)


def missing_software() -> str | None:
    """Why nginx cannot run here, or None."""
    if nginx_program() is None:
        return "nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-static; `make system-deps` does it)"
    if not BROTLI_MODULE.exists():
        return f"nginx's brotli_static module is missing ({BROTLI_MODULE}): apt-get install libnginx-mod-http-brotli-static"
    return None
