"""Run the sandbox over real HTTP on loopback, in a background thread (tests, demo, the MCP server's
--sandbox mode) or in the foreground (`python -m atlassian_people_sandbox`)."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from types import TracebackType

import uvicorn

from atlassian_specs.layouts import base_path
from atlassian_specs.operations import api_base_url

from .app import Sandbox, SandboxConfig

LOOPBACK = "127.0.0.1"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def free_port(host: str = LOOPBACK) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host.strip("[]"), 0))
        return int(probe.getsockname()[1])


class SandboxServer:
    """A sandbox served by uvicorn in a daemon thread; use as a context manager or start()/stop()."""

    def __init__(
        self,
        config: SandboxConfig | None = None,
        host: str = LOOPBACK,
        port: int = 0,
        log_level: str = "warning",
        *,
        allow_remote: bool = False,
    ) -> None:
        # Fixed, published credentials and an open control API: reachable from elsewhere only on request.
        if not is_loopback(host) and not allow_remote:
            raise ValueError(
                f"refusing to serve the sandbox on non-loopback address {host}: it has fixed credentials "
                "and an open control API; pass --allow-remote if other machines must reach it."
            )
        self.sandbox = Sandbox(config)
        self.host = host
        self.port = port or free_port(host)
        self._server = uvicorn.Server(
            uvicorn.Config(
                self.sandbox.app,
                host=host,
                port=self.port,
                log_level=log_level,
                access_log=False,
                lifespan="off",
                timeout_keep_alive=30,
            )
        )
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def cloud_id(self) -> str:
        return self.sandbox.config.cloud_id

    @property
    def jsm_ops_url(self) -> str:
        return api_base_url("jsm-ops", self.url, self.cloud_id)

    @property
    def stakeholders_url(self) -> str:
        """The base of the stakeholder operations in the layout this sandbox serves."""
        return self.url + base_path(self.sandbox.config.stakeholder_layout).format(cloudId=self.cloud_id)

    @property
    def csm_url(self) -> str:
        return api_base_url("csm", self.url, self.cloud_id)

    @property
    def jira_url(self) -> str:
        return api_base_url("jira-groups", self.url, self.cloud_id)

    def start(self, timeout: float = 10.0) -> SandboxServer:
        self._thread = threading.Thread(target=self._server.run, name=f"sandbox:{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError(f"sandbox failed to start on {self.host}:{self.port}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"sandbox did not start within {timeout}s on {self.host}:{self.port}")
            time.sleep(0.01)
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (Ctrl-C)."""
        self._server.run()

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
