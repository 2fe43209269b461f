"""Serving over HTTP beyond loopback: Host allow list, IPv6 loopback, TLS, token strength, connection
limits, no endless GET streams, and a sandbox that stays on loopback. Every server here is the real
command line (in sandbox mode: no ATLASSIAN_* setting), bound to loopback."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from cli_support import clean_env, one_line_error, run_cli, serve_http

TOKEN = "t0ken-for-tests-" + "k" * 24  # 40 characters
LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def ipv6_loopback_available() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


def test_allowed_hosts_admit_the_names_clients_use() -> None:
    env = {"MCP_HTTP_TOKEN": TOKEN}
    with serve_http(["--port", "0", "--allowed-hosts", "mcp.internal.test,10.1.2.3:9443"], env) as served:
        url = f"http://127.0.0.1:{served.port}/mcp"
        for host, status in [
            (f"mcp.internal.test:{served.port}", 200),
            ("mcp.internal.test", 200),
            ("10.1.2.3:9443", 200),
            (f"10.1.2.3:{served.port}", 421),
            ("evil.example.com", 421),
        ]:
            response = httpx.post(
                url, json=LIST_TOOLS, headers=MCP_HEADERS | AUTH | {"Host": host}, timeout=10
            )
            assert response.status_code == status, (host, response.text)


@pytest.mark.skipif(not ipv6_loopback_available(), reason="no IPv6 loopback on this machine")
def test_ipv6_loopback_is_served_and_printed_with_brackets() -> None:
    with serve_http(["--host", "::1", "--port", "0"]) as served:
        assert served.url.startswith("http://[::1]:")
        response = httpx.post(served.url, json=LIST_TOOLS, headers=MCP_HEADERS, timeout=10)
    assert response.status_code == 200, response.text


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def test_tls_certificate_and_key_serve_https(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    with serve_http(["--port", "0", "--tls-cert", str(cert), "--tls-key", str(key)]) as served:
        assert served.url.startswith("https://127.0.0.1:")
        response = httpx.post(
            served.url,
            json=LIST_TOOLS,
            headers=MCP_HEADERS,
            verify=ssl.create_default_context(cafile=cert),
            timeout=10,
        )
    assert response.status_code == 200, response.text


def test_tls_needs_both_files(tmp_path: Path) -> None:
    cert, _ = _self_signed(tmp_path)
    line = one_line_error(run_cli(["--transport", "http", "--tls-cert", str(cert)]))
    assert "TLS needs both --tls-cert" in line


def test_an_unusable_certificate_is_one_line_before_any_banner(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    key.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    line = one_line_error(
        run_cli(["--transport", "http", "--port", "0", "--tls-cert", str(cert), "--tls-key", str(key)])
    )
    assert "cannot use the TLS certificate and key" in line


@pytest.mark.parametrize("token", ["short", "x" * 31])
def test_a_non_loopback_bind_needs_a_long_client_token(token: str) -> None:
    result = run_cli(["--transport", "http", "--host", "0.0.0.0"], env={"MCP_HTTP_TOKEN": token})
    line = one_line_error(result)
    assert "at least 32" in line and token not in line


def test_slow_request_headers_are_cut_off() -> None:
    with (
        serve_http(["--port", "0"], {"MCP_HTTP_HEADER_TIMEOUT": "1"}) as served,
        socket.create_connection(("127.0.0.1", served.port), timeout=10) as slow,
    ):
        slow.sendall(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the rest
        started = time.monotonic()
        assert slow.recv(1024) == b""  # closed by the server
        assert time.monotonic() - started < 5


def test_idle_keep_alive_connections_are_closed() -> None:
    with (
        serve_http(["--port", "0"]) as served,
        socket.create_connection(("127.0.0.1", served.port), timeout=20) as idle,
    ):
        idle.sendall(b"GET /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert idle.recv(65536).startswith(b"HTTP/1.1 ")
        started = time.monotonic()
        while idle.recv(65536):
            pass
        assert time.monotonic() - started < 15


def test_connections_beyond_the_cap_get_503() -> None:
    with serve_http(["--port", "0"], {"MCP_HTTP_MAX_CONNECTIONS": "2"}) as served:
        held = [socket.create_connection(("127.0.0.1", served.port), timeout=10) for _ in range(2)]
        try:
            time.sleep(0.3)
            response = httpx.post(served.url, json=LIST_TOOLS, headers=MCP_HEADERS, timeout=10)
        finally:
            for connection in held:
                connection.close()
    assert response.status_code == 503


def test_a_get_stream_is_refused_rather_than_held_open() -> None:
    with serve_http(["--port", "0"], {"MCP_HTTP_TOKEN": TOKEN}) as served:
        response = httpx.get(served.url, headers={"Accept": "text/event-stream"} | AUTH, timeout=10)
    assert response.status_code == 405 and response.headers["allow"] == "POST"


def test_the_bearer_scheme_is_case_insensitive() -> None:
    with serve_http(["--port", "0"], {"MCP_HTTP_TOKEN": TOKEN}) as served:
        for scheme in ("bearer", "BEARER", "Bearer", "bEaReR"):
            good = httpx.post(
                served.url, json=LIST_TOOLS, headers=MCP_HEADERS | {"Authorization": f"{scheme} {TOKEN}"}
            )
            bad = httpx.post(
                served.url, json=LIST_TOOLS, headers=MCP_HEADERS | {"Authorization": f"{scheme} x{TOKEN}"}
            )
            assert good.status_code == 200 and bad.status_code == 401, scheme


def test_the_sandbox_refuses_a_non_loopback_bind_unless_asked() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "atlassian_people_sandbox", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
        env=clean_env(),
    )
    assert result.returncode == 2
    assert "refusing to serve the sandbox on non-loopback address 0.0.0.0" in result.stderr
    assert "--allow-remote" in result.stderr and "Sandbox on" not in result.stderr
