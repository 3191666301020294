"""The outbound URL guard (core.netguard): which addresses a callback may reach, and credentials redacted."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from core import netguard

INTERNAL = ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.1.1", "100.64.0.1",
            "::1", "fc00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1",
            "2002:7f00:1::1", "::127.0.0.1"]
NEVER = ["169.254.169.254", "fd00:ec2::254", "100.100.100.200", "0.0.0.0", "::",  # noqa: S104 "224.0.0.1", "ff02::1",
         "240.0.0.1", "255.255.255.255", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe"]
PUBLIC = ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]


@pytest.mark.parametrize("address", INTERNAL)
def test_internal_addresses_are_refused_unless_private_targets_are_allowed(address: str) -> None:
    ip = ipaddress.ip_address(address)
    assert netguard.address_problem(ip) is not None
    assert netguard.address_problem(ip, allow_private=True) is None


@pytest.mark.parametrize("address", NEVER)
def test_metadata_unspecified_multicast_and_reserved_are_always_refused(address: str) -> None:
    assert netguard.address_problem(ipaddress.ip_address(address), allow_private=True) is not None


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert netguard.address_problem(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize("url", ["http://127.0.0.1:5432/", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]/", "http://2130706433/", "http://0/", "http://0x7f.1/",
                                 "http://127.1/", "http://[::ffff:127.0.0.1]/", "http://localhost:8000/"])
def test_numeric_and_named_forms_of_loopback_are_resolved_and_refused(url: str) -> None:
    with pytest.raises(netguard.UnsafeURL):
        netguard.check_url(url)


def test_any_bad_address_of_a_name_refuses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {"erp.test": ["93.184.216.34", "10.0.0.7"]}
    monkeypatch.setattr(netguard, "_getaddrinfo", lambda host, port: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in answers[host]])
    with pytest.raises(netguard.UnsafeURL, match=r"resolves to 10\.0\.0\.7, which is a private address"):
        netguard.check_url("https://erp.test/cb")
    answers["erp.test"] = ["93.184.216.34"]
    assert netguard.check_url("https://erp.test/cb").addresses == ("93.184.216.34",)


@pytest.mark.parametrize("url", ["ftp://93.184.216.34/x", "file:///etc/passwd", "gopher://93.184.216.34/",
                                 "http:///nohost", "not a url"])
def test_only_http_and_https_with_a_host(url: str) -> None:
    with pytest.raises(netguard.UnsafeURL):
        netguard.check_url(url)


def test_a_name_that_does_not_resolve_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(host: str, port: int) -> list:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(netguard, "_getaddrinfo", fail)
    with pytest.raises(netguard.UnsafeURL, match="does not resolve"):
        netguard.check_url("https://erp.invalid/cb")


def test_credentials_are_redacted_in_urls_and_messages() -> None:
    assert netguard.redact("https://erp:s3cret@erp.test:8443/cb?x=1") == "https://***@erp.test:8443/cb?x=1"
    assert netguard.redact("failed on http://a:b@h/ and HTTP://c@d/") == "failed on http://***@h/ and HTTP://***@d/"
    assert netguard.redact("https://erp.test/cb") == "https://erp.test/cb"
