"""Outbound URLs (ERP callbacks) checked against server-side request forgery.

A callback URL is http or https; its host is resolved (any numeric form the resolver accepts: 2130706433, 0,
0x7f.1, [::ffff:127.0.0.1]) and refused when ANY address is loopback, private, link-local, carrier-grade NAT,
multicast, reserved, unspecified, or a cloud metadata address, also behind NAT64, 6to4 and IPv4-mapped or
-compatible IPv6. `DE_ALLOW_PRIVATE_CALLBACKS` lets loopback, private and link-local targets through (tests,
an ERP on the same network); metadata, unspecified, multicast and reserved addresses stay refused.

The check runs when a source is created and again for every delivery; `GuardedTransport` resolves, checks
and connects to the checked address in one step, so a name that resolves elsewhere between the check and
the connection (DNS rebinding) cannot reach an internal address. The URL keeps its host name, so the Host
header, TLS SNI and certificate checks are the host's. Credentials in a URL (`user:pass@`) are sent, but
`redact` removes them from everything logged or shown.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import typing
from dataclasses import dataclass

import httpcore
import httpx

from core.errors import Unprocessable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SCHEMES = ("http", "https")
# AWS (IMDS, ECS, EKS pod identity), GCP and Azure (169.254.169.254), Alibaba Cloud, Oracle Cloud.
METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "169.254.170.23", "fd00:ec2::254", "fd00:ec2::23",
    "100.100.100.200", "192.0.0.192"))
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/?#@\s]*@")


class UnsafeURL(Unprocessable):
    """A URL the service will not call (422 where a caller gave it)."""


def redact(text: str) -> str:
    """`text` with the credentials of every URL in it replaced: https://user:pass@host/ → https://***@host/."""
    return _USERINFO.sub(r"\1***@", text)


def without_credentials(url: str) -> tuple[str, httpx.BasicAuth | None]:
    """The URL without `user:pass@`, and those credentials as Basic auth: what is sent is the same, but the
    URL that httpx logs (its "HTTP Request: POST …" line) and reports in errors carries no secret."""
    parsed = httpx.URL(url)
    if not parsed.userinfo:
        return url, None
    return str(parsed.copy_with(userinfo=b"")), httpx.BasicAuth(parsed.username, parsed.password)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address leads to: mapped, NAT64, 6to4, or (deprecated) IPv4-compatible."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in network for network in _NAT64) or (int(ip) >> 32 == 0 and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_problem(ip: IPAddress, *, allow_private: bool = False) -> str | None:
    """Why the service will not connect to `ip`, or None when it may."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(str(ip).split("%")[0])
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return address_problem(embedded, allow_private=allow_private)
    if ip in METADATA:
        return "a cloud metadata address"
    if ip.is_unspecified:
        return "the unspecified address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_loopback:
        private = "a loopback address"
    elif ip.is_reserved:  # 240.0.0.0/4 and the broadcast address among them
        return "a reserved address"
    elif ip.is_link_local:
        private = "a link-local address"
    elif ip.is_private:
        private = "a private address"
    elif not ip.is_global:
        private = "a non-public address"
    else:
        return None
    return None if allow_private else f"{private} (set DE_ALLOW_PRIVATE_CALLBACKS=true to allow private targets)"


def _getaddrinfo(host: str, port: int) -> list[tuple[typing.Any, ...]]:
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)


def resolve(host: str, port: int, *, allow_private: bool = False) -> list[str]:
    """The addresses of `host`, every one of them allowed; UnsafeURL naming the first that is not."""
    try:
        infos = _getaddrinfo(host, port)
    except (OSError, UnicodeError) as exc:
        raise UnsafeURL(f"the host {host!r} does not resolve ({exc.__class__.__name__})") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise UnsafeURL(f"the host {host!r} does not resolve")
    for address in addresses:
        problem = address_problem(ipaddress.ip_address(address.split("%")[0]), allow_private=allow_private)
        if problem is not None:
            shown = "" if address == host.strip("[]") else f" resolves to {address}, which"
            raise UnsafeURL(f"the host {host!r}{shown} is {problem}")
    return addresses


@dataclass(frozen=True)
class Target:
    url: str  # redacted: safe to log
    host: str
    port: int
    addresses: tuple[str, ...]


def check_url(url: str, *, allow_private: bool = False) -> Target:
    """Parse (as httpx does when it sends), check the scheme and resolve the host; UnsafeURL with the reason."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise UnsafeURL(f"not a valid URL: {redact(str(exc))[:200]}") from None
    if parsed.scheme not in SCHEMES:
        raise UnsafeURL(f"the scheme must be http or https, not {parsed.scheme or 'none'!r}")
    host = parsed.host
    if not host:
        raise UnsafeURL("the URL has no host")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return Target(url=redact(str(parsed)), host=host, port=port,
                  addresses=tuple(resolve(host, port, allow_private=allow_private)))


class BlockedDestination(httpcore.ConnectError):
    """Raised instead of connecting (httpx reports it as a ConnectError carrying the reason)."""


class GuardedBackend(httpcore.SyncBackend):
    """Resolves the host itself, checks every address, and connects only to a checked one."""

    def __init__(self, *, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        try:
            addresses = resolve(host, port, allow_private=self.allow_private)
        except UnsafeURL as exc:
            raise BlockedDestination(f"refused: {exc.detail}") from None
        failure: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure


class GuardedTransport(httpx.HTTPTransport):
    """An httpx transport whose connections go only to checked addresses; no proxies from the environment
    (a proxy would resolve the host itself)."""

    def __init__(self, *, allow_private: bool = False, limits: httpx.Limits | None = None,
                 verify: ssl.SSLContext | bool = True) -> None:
        limits = limits or httpx.Limits()
        super().__init__(trust_env=False, limits=limits)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=limits.max_connections, max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry, network_backend=GuardedBackend(allow_private=allow_private))


def guarded_client(*, allow_private: bool = False, verify: ssl.SSLContext | bool = True) -> httpx.Client:
    """A client for callbacks: checked destinations, redirects not followed, no environment proxies."""
    return httpx.Client(transport=GuardedTransport(allow_private=allow_private, verify=verify),
                        follow_redirects=False, trust_env=False)
