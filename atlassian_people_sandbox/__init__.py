"""A stateful fake of the four Atlassian APIs in specs/, served over HTTP on loopback.

from atlassian_people_sandbox import SandboxServer
with SandboxServer() as sandbox:
    print(sandbox.jsm_ops_url)   # point a generated client here
"""

from .app import DEFAULT_CLOUD_ID, Sandbox, SandboxConfig, create_app
from .faults import FaultConfig
from .server import SandboxServer

__all__ = ["DEFAULT_CLOUD_ID", "FaultConfig", "Sandbox", "SandboxConfig", "SandboxServer", "create_app"]
