"""Reading a PDF in a child process with a memory and a time budget, so that a hostile file costs the child, not
the service.

- memory: the child's address space may grow by `PdfLimits.memory_mb` (RLIMIT_AS); a MemoryError there, or a
  child that dies without answering, is "the PDF needs more than N MB to read".
- time: the child stops itself after `PdfLimits.seconds` (a real-time timer whose SIGALRM ends the process, and
  RLIMIT_CPU behind it); the parent stops waiting then too: "reading the PDF took longer than N s".
- at most `PdfLimits.max_parallel` children at once (each up to `memory_mb`); further reads wait for a slot.
- inside the child the page, stream, object and character limits of `pdf_limits` apply as they do in-process.

The children are forked from a small fork server of our own (`python -m tools.resumes.pdf_sandbox`), started
on the first PDF, not at import. It imports pdfplumber and the extractor once and installs their hooks; then a
PDF costs a fork and a socket round trip (a few ms), not a Python start and a pdfplumber import (hundreds of
ms), and nothing survives from one PDF to the next. (multiprocessing's forkserver would re-import the caller's
main script in every child, a whole application for a console script, hence this.) Per read, the parent sends
one end of a fresh socket pair to the server (SCM_RIGHTS); the forked child reads a JSON header and the PDF
from it and writes back a JSON answer. The server ends when the parent's end of its control socket closes;
a server that died is started again on the next read. POSIX only.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import resource
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import asdict
from typing import Any

from tools.resumes.pdf_limits import PdfLimits

_HEADER = struct.Struct("!Q")
CJK_COLLECTIONS = ("Adobe-GB1", "Adobe-CNS1", "Adobe-Japan1", "Adobe-Korea1")
CJK_CMAPS = ("UniGB-UCS2-H", "UniGB-UTF16-H", "UniCNS-UCS2-H", "UniCNS-UTF16-H", "UniJIS-UCS2-H", "UniJIS-UTF16-H",
             "UniKS-UCS2-H", "UniKS-UTF16-H")
_LOCK = threading.Lock()
_slots: dict[int, threading.BoundedSemaphore] = {}
_server: tuple[subprocess.Popen[bytes], socket.socket] | None = None


def _slot(count: int) -> threading.BoundedSemaphore:
    with _LOCK:
        return _slots.setdefault(count, threading.BoundedSemaphore(count))


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(_HEADER.pack(len(payload)) + payload)


def _receive(sock: socket.socket, limit: int) -> bytes:
    size = _HEADER.unpack(_exactly(sock, _HEADER.size))[0]
    if size > limit:
        raise EOFError("message too long")
    return _exactly(sock, size)


def _exactly(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise EOFError("closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


# The parent side.

def _start_server() -> tuple[subprocess.Popen[bytes], socket.socket]:
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    paths = [p for p in sys.path if p and os.path.exists(p)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    process = subprocess.Popen([sys.executable, "-m", "tools.resumes.pdf_sandbox", str(theirs.fileno())],  # noqa: S603
                               pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL)
    theirs.close()
    return process, ours


def _connect() -> tuple[socket.socket, int]:
    """A socket to a fresh child, and the child's pid (the server is started or restarted as needed)."""
    global _server
    mine, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        with _LOCK:
            for attempt in (1, 2):
                if _server is None or _server[0].poll() is not None:
                    _server = _start_server()
                try:
                    socket.send_fds(_server[1], [b"r"], [child_end.fileno()])
                    break
                except OSError:
                    if attempt == 2:
                        raise
                    _server[1].close()
                    _server = None
    finally:
        child_end.close()
    mine.settimeout(60)  # the server starting (pdfplumber's import), then the fork
    try:
        return mine, int(_receive(mine, 32))
    except (EOFError, OSError, ValueError) as exc:
        mine.close()
        raise RuntimeError(f"the PDF reader process did not start: {exc}") from None


def read_isolated(data: bytes, *, max_pages: int, limits: PdfLimits,
                  reader: str = "text") -> tuple[dict[str, Any], dict[str, Any]]:
    """The child's answer for one PDF: ({Extracted's fields} or {}, {error?, unsupported?, rss_before_mb?,
    peak_rss_mb?}). The time budget counts from the child's start, not from the wait for a slot."""
    with _slot(limits.max_parallel):
        sock, pid = _connect()
        started = time.monotonic()
        try:
            header = json.dumps({"max_pages": max_pages, "limits": asdict(limits), "reader": reader}).encode()
            _send(sock, header)
            _send(sock, data)
            sock.settimeout(limits.seconds + 1)
            reply = json.loads(_receive(sock, 1 << 30))
        except TimeoutError:
            _kill(pid)
            reply = {"error": limits.time_reason(), "unsupported": False}
        except (EOFError, ConnectionError):  # died without answering: its alarm, its CPU limit, or memory in C code
            over_time = time.monotonic() - started >= limits.seconds
            reply = {"error": limits.time_reason() if over_time else limits.memory_reason(), "unsupported": False}
        finally:
            sock.close()
    extracted = reply.pop("extracted", None) or {}
    return extracted, reply


def _kill(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)  # its own alarm has failed to stop it


# The server and its children.

def _address_space() -> int | None:
    """This process's virtual size in bytes (Linux), or None where /proc is missing."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def memory_mb(field: str) -> float | None:
    """VmRSS (resident now) or VmHWM (peak resident) of this process in MB, from /proc (Linux), else None."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _limit_self(limits: PdfLimits) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = int(used.ru_utime + used.ru_stime + limits.seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    signal.setitimer(signal.ITIMER_REAL, limits.seconds)  # SIGALRM's default action ends the process
    size = _address_space()
    if size is not None:
        cap = size + limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _child(sock: socket.socket) -> None:
    """One PDF: the request from `sock`, the answer back; then the process ends."""
    from tools.resumes.extract import ExtractError, read_pdf, read_pdf_words

    _send(sock, str(os.getpid()).encode())
    header = json.loads(_receive(sock, 1 << 20))
    limits = PdfLimits(**header["limits"])
    data = _receive(sock, 64 * 1024 * 1024)
    _limit_self(limits)
    before, started = memory_mb("VmRSS"), time.perf_counter()
    try:
        if header.get("reader") == "words":  # an invoice read by its layout: words with their boxes
            reply: dict[str, Any] = {"extracted": read_pdf_words(data, max_pages=header["max_pages"], limits=limits)}
        else:
            reply = {"extracted": asdict(read_pdf(data, max_pages=header["max_pages"], limits=limits))}
    except ExtractError as exc:
        reply = {"error": str(exc), "unsupported": exc.unsupported}
    except MemoryError:
        reply = {"error": limits.memory_reason(), "unsupported": False}
    reply |= {"rss_before_mb": before, "peak_rss_mb": memory_mb("VmHWM"),  # for benchmarks/pdf_limits.py
              "read_ms": (time.perf_counter() - started) * 1000}
    _send(sock, json.dumps(reply).encode())


def _preload_cmaps() -> None:
    """The CJK character maps pdfminer loads on a Chinese (or Japanese, Korean) PDF's first page, loaded once here
    (~30 MB, shared with every child) rather than in every child (~70 ms each)."""
    from pdfminer.cmapdb import CMapDB

    for collection in CJK_COLLECTIONS:
        with contextlib.suppress(Exception):
            CMapDB.get_unicode_map(collection, vertical=False)
    for name in CJK_CMAPS:
        with contextlib.suppress(Exception):
            CMapDB.get_cmap(name)


def serve(control: socket.socket) -> None:
    """Fork a child for every socket the parent sends; end when the parent closes the control socket."""
    import pdfplumber  # noqa: F401  (imported once here, inherited by every child)

    logging.getLogger().addHandler(logging.NullHandler())  # pdfminer's warnings on broken files are not news

    from tools.resumes import pdf_limits
    from tools.resumes.extract import _install_pdf_hooks

    _install_pdf_hooks()
    pdf_limits.install()
    _preload_cmaps()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    gc.freeze()  # what the children inherit is never collected there: no copying of these pages
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 16, 4)
        except InterruptedError:
            continue
        if not message:
            return  # the parent is gone
        for fd in fds:
            try:
                pid = os.fork()
            except OSError:  # no process to be had: the parent sees the socket close
                pid = -1
            if pid == 0:
                code = 0
                try:
                    control.close()
                    with socket.socket(fileno=fd) as sock:
                        _child(sock)
                except MemoryError:
                    code = 1
                except BaseException:
                    traceback.print_exc()
                    code = 1
                finally:
                    os._exit(code)
            os.close(fd)


if __name__ == "__main__":
    serve(socket.socket(fileno=int(sys.argv[1])))
