"""Two team server processes behind nginx (Debian's `nginx-light`), sharing one PostgreSQL database: what an
operator scaling out runs. nginx balances round robin, so consecutive requests land on both replicas."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from team_support import team_env

from atlassian_people_sandbox import SandboxServer
from atlassian_people_sandbox.server import free_port


def nginx_missing() -> str | None:
    if shutil.which("nginx") or Path("/usr/sbin/nginx").exists():
        return None
    return "nginx is not installed (.ci/run installs Debian's nginx-light)"


@dataclass
class Replica:
    port: int
    process: subprocess.Popen[str]
    log: Path

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


@dataclass
class Deployment:
    public_url: str
    replicas: list[Replica]
    access_log: Path

    def upstreams(self) -> list[str]:
        """The replica address of every request nginx passed on, in order."""
        return [line.split()[-1] for line in self.access_log.read_text().splitlines() if line.strip()]


def _wait_until_serving(url: str, process: subprocess.Popen[str], log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/.well-known/oauth-authorization-server", timeout=2)
            return
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                shown = log.read_text() if log.exists() else "(no log)"
                raise RuntimeError(f"{url} did not start serving:\n{shown}") from None
            time.sleep(0.1)


NGINX_CONF = """
daemon off;
{user}
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 256; }}
http {{
    log_format upstream '$request_method $uri $status $upstream_addr';
    access_log {root}/access.log upstream;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    upstream team {{ {servers} }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://team;
            proxy_http_version 1.1;
            proxy_set_header Host $http_host;
            proxy_set_header Connection "";
            proxy_buffering off;
            proxy_read_timeout 60s;
            proxy_next_upstream error timeout;
        }}
    }}
}}
"""


@contextmanager
def deployment(sandbox: SandboxServer, store_url: str, keys: str, replicas: int = 2) -> Iterator[Deployment]:
    root = Path(tempfile.mkdtemp(prefix="team-nginx-"))
    port = free_port()
    public_url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ATLASSIAN_", "MCP_"))}
    env.update(team_env(sandbox, store_url, keys, MCP_PUBLIC_URL=public_url))
    started: list[Replica] = []
    nginx: subprocess.Popen[str] | None = None
    try:
        for _ in range(replicas):
            replica_port = free_port()
            log = root / f"replica-{replica_port}.log"
            process = subprocess.Popen(
                [sys.executable, "-m", "mcp_server", "--port", str(replica_port)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=log.open("w"),
                text=True,
            )
            started.append(Replica(replica_port, process, log))
        for replica in started:
            _wait_until_serving(f"http://127.0.0.1:{replica.port}", replica.process, replica.log)
        servers = " ".join(f"server 127.0.0.1:{r.port} max_fails=1 fail_timeout=30s;" for r in started)
        config = root / "nginx.conf"
        user = "user root;" if os.geteuid() == 0 else ""
        config.write_text(NGINX_CONF.format(root=root, servers=servers, port=port, user=user))
        nginx = subprocess.Popen(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(config), "-p", str(root)],
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait_until_serving(public_url, nginx, root / "error.log")
        (root / "access.log").write_text("")
        yield Deployment(public_url, started, root / "access.log")
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(timeout=10)
        for replica in started:
            if replica.process.poll() is None:
                replica.process.terminate()
                replica.process.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)
