"""Callbacks cannot reach internal addresses (server-side request forgery): refused when a source is created
(API and CLI) and again at every delivery, after resolving the name, without connecting; credentials in a
callback URL are sent but never kept in delivery logs, task events or log lines."""

from __future__ import annotations

import base64
import json
import logging
import socket
from collections.abc import Callable, Iterator

import httpx
import pytest
from typer.testing import CliRunner

from core import netguard
from services.deliveries import deliver_due
from tests.agent.test_runner import approved_task_with_callback
from tests.api.test_webhooks import assert_problem
from tests.services.test_deliveries import Receiver

PUBLIC = "93.184.216.34"


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Names under .test resolve to what the test says (each lookup takes the next answer when it has a list
    of lists); anything else goes to the system resolver (numeric forms, localhost)."""
    answers: dict[str, list[str]] = {}
    real = netguard._getaddrinfo

    def resolve(host: str, port: int) -> list:
        if host not in answers:
            return real(host, port)
        found = answers[host]
        if found and isinstance(found[0], list):
            found = found.pop(0) if len(found) > 1 else found[0]
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in found]

    monkeypatch.setattr(netguard, "_getaddrinfo", resolve)
    return answers


@pytest.fixture
def receivers() -> Iterator[Callable[[list[int]], Receiver]]:
    opened: list[Receiver] = []

    def make(statuses: list[int]) -> Receiver:
        opened.append(Receiver(statuses).__enter__())
        return opened[-1]

    yield make
    for receiver in opened:
        receiver.__exit__()


def create_source(h, url: str, name: str = "erp-x") -> httpx.Response:
    return h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": name, "callback_url": url})


@pytest.mark.parametrize("url", ["http://127.0.0.1:5432/", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]/", "http://2130706433/", "http://0/", "http://0x7f.1/",
                                 "http://[::ffff:127.0.0.1]:8000/", "http://localhost:9000/de",
                                 "http://erp.test/cb"])
def test_internal_callback_urls_are_422_at_creation(harness_factory, dns, url: str) -> None:
    dns["erp.test"] = ["10.20.30.40"]
    h = harness_factory(allow_private_callbacks=False)
    body = assert_problem(create_source(h, url), 422)
    assert body["errors"][0]["field"] == "callback_url"
    assert body["detail"].startswith("callback_url: the host") and " address" in body["detail"]
    assert h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": "erp-x"}).status_code == 201


def test_public_callback_urls_are_accepted_and_private_ones_only_when_allowed(harness_factory, dns) -> None:
    dns["erp.test"] = [PUBLIC]
    strict = harness_factory(allow_private_callbacks=False)
    assert create_source(strict, "https://erp.test/de").status_code == 201
    lenient = harness_factory(allow_private_callbacks=True)
    assert create_source(lenient, "http://127.0.0.1:9000/de").status_code == 201
    metadata = assert_problem(create_source(lenient, "http://169.254.169.254/", name="erp-y"), 422)
    assert "metadata" in metadata["detail"]


def test_cli_refuses_an_internal_callback_url(h, dns, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.main import app
    from core.settings import get_settings

    monkeypatch.setenv("DE_DATABASE_URL", h.settings.database_url)
    monkeypatch.setenv("DE_ALLOW_PRIVATE_CALLBACKS", "false")
    get_settings.cache_clear()
    try:
        refused = CliRunner().invoke(app, ["sources", "create", "--name", "erp-cli",
                                           "--callback-url", "http://2130706433:5432/"])
        assert refused.exit_code == 2 and "loopback" in refused.output
        dns["erp.test"] = [PUBLIC]
        made = CliRunner().invoke(app, ["sources", "create", "--name", "erp-cli",
                                        "--callback-url", "https://u:pw@erp.test/cb"])
        assert made.exit_code == 0, made.output
        assert json.loads(made.stdout)["callback_url"] == "https://***@erp.test/cb"
    finally:
        get_settings.cache_clear()


def deliver(h, client: httpx.Client, until: Callable[[], bool], rounds: int = 20) -> None:
    for _ in range(rounds):
        deliver_due(h.services.db, h.settings, client=client)
        if until():
            return
    raise AssertionError("the deliveries did not reach the expected state")


def test_a_name_that_turns_internal_after_creation_is_refused_at_delivery_without_connecting(
        harness_factory, receivers, dns) -> None:
    h = harness_factory(allow_private_callbacks=False, delivery_max_attempts=2, delivery_backoff_seconds=0.001)
    receiver = receivers([200])
    port = receiver.server.server_port
    dns["erp.test"] = [PUBLIC]  # at creation
    task = approved_task_with_callback(h, f"http://erp.test:{port}/callback")
    dns["erp.test"] = ["127.0.0.1"]  # at delivery
    with netguard.guarded_client() as client:
        deliver(h, client, lambda: h.task(task["id"])["deliveries"][0]["status"] == "dead")
    delivery = h.task(task["id"])["deliveries"][0]
    assert receiver.requests == []
    assert [entry["status_code"] for entry in delivery["log"]] == [None, None]
    assert delivery["log"][0]["error"].startswith("refused: the host 'erp.test' resolves to 127.0.0.1")
    failed = [e for e in h.task(task["id"])["events"] if e["type"] == "delivery_failed"]
    assert len(failed) == 2 and "refused" in failed[0]["data"]["error"]


def test_the_transport_connects_only_to_the_address_it_checked(harness_factory, receivers, dns) -> None:
    """DNS rebinding: the name is public when the delivery checks it and loopback when the connection is
    made; the guarded client resolves again, refuses, and never reaches the loopback receiver."""
    h = harness_factory(allow_private_callbacks=False, delivery_max_attempts=1)
    receiver = receivers([200])
    port = receiver.server.server_port
    dns["erp.test"] = [PUBLIC]
    task = approved_task_with_callback(h, f"http://erp.test:{port}/callback")
    dns["erp.test"] = [[PUBLIC], ["127.0.0.1"]]  # the delivery's check, then the connection's lookup
    with netguard.guarded_client() as client:
        deliver(h, client, lambda: h.task(task["id"])["deliveries"][0]["status"] == "dead")
    assert receiver.requests == []
    error = h.task(task["id"])["deliveries"][0]["log"][0]["error"]
    assert error.startswith("ConnectError: refused: the host 'erp.test' resolves to 127.0.0.1"), error


def test_guarded_client_keeps_the_host_name_and_refuses_literals(receivers, dns) -> None:
    receiver = receivers([204])
    port = receiver.server.server_port
    dns["erp.test"] = ["127.0.0.1"]
    with netguard.guarded_client(allow_private=True) as client:
        assert client.post(f"http://erp.test:{port}/cb", content=b"{}").status_code == 204
    assert receiver.requests[0][0]["Host"] == f"erp.test:{port}"
    with netguard.guarded_client() as client, pytest.raises(httpx.ConnectError, match="refused"):
        client.post(f"http://127.0.0.1:{port}/cb", content=b"{}")
    assert len(receiver.requests) == 1


def test_credentials_in_a_callback_url_are_sent_but_never_logged(harness_factory, receivers, dns, capsys,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # httpx logs each request's URL at INFO
    h = harness_factory(allow_private_callbacks=True, delivery_backoff_seconds=0.001)
    receiver = receivers([500, 200])
    dns["erp.test"] = ["127.0.0.1"]
    url = f"http://erp:pa55word@erp.test:{receiver.server.server_port}/callback"
    created = create_source(h, url, name="erp-secret")
    assert created.status_code == 201 and "pa55word" not in created.text
    task = approved_task_with_callback(h, url)
    with netguard.guarded_client(allow_private=True) as client:
        deliver(h, client, lambda: h.task(task["id"])["deliveries"][0]["status"] == "delivered")
    headers, _body = receiver.requests[-1]
    assert base64.b64decode(headers["Authorization"].split()[1]) == b"erp:pa55word"
    shown = json.dumps(h.task(task["id"]))
    assert "pa55word" not in shown and f"http://***@erp.test:{receiver.server.server_port}/callback" in shown
    assert "pa55word" not in receiver.requests[-1][1].decode()  # the callback's own task view
    assert "pa55word" not in capsys.readouterr().err
    assert "HTTP Request: POST http://erp.test:" in caplog.text and "pa55word" not in caplog.text


def test_https_keeps_the_host_name_for_sni_and_the_certificate(dns, tmp_path) -> None:
    """The connection goes to the checked address, but TLS speaks to and verifies the name: a certificate
    for erp.test is accepted for erp.test and refused for another name resolving to the same address."""
    import datetime as dt
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "erp.test")])
    start, end = dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("erp.test")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
    seen: dict[str, str | None] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen["host"] = self.headers["Host"]
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server_context.sni_callback = lambda sock, server_name, context: seen.__setitem__("sni", server_name)
    server = HTTPServer(("127.0.0.1", 0), Handler)
    server.socket = server_context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_port
    dns["erp.test"] = ["127.0.0.1"]
    dns["other.test"] = ["127.0.0.1"]
    client_context = ssl.create_default_context(cafile=str(tmp_path / "cert.pem"))
    try:
        with netguard.guarded_client(allow_private=True, verify=client_context) as client:
            assert client.post(f"https://erp.test:{port}/cb", content=b"{}").status_code == 204
            assert seen == {"sni": "erp.test", "host": f"erp.test:{port}"}
            with pytest.raises(httpx.ConnectError, match=r"certificate|hostname"):
                client.post(f"https://other.test:{port}/cb", content=b"{}")
    finally:
        server.shutdown()
        server.server_close()
