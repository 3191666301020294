#!/usr/bin/env python3
"""A recording proxy on loopback for LLM trials: forwards every request to an OpenAI-compatible server and
appends each request body to a JSON-lines log, so a trial can show exactly what left the service (no unmasked
personal data). Streams are passed through as they come; when the client goes, the upstream request is closed
too (the server stops generating).

    python scripts/llm_proxy.py --listen 8767 --upstream http://127.0.0.1:8765 --log out/llm-trial/requests.jsonl
"""

from __future__ import annotations

import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host", "content-encoding"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--listen", type=int, required=True)
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--log", type=Path, required=True)
    args = parser.parse_args()
    args.log.parent.mkdir(parents=True, exist_ok=True)
    lock = threading.Lock()
    client = httpx.Client(base_url=args.upstream, timeout=httpx.Timeout(300.0, connect=5.0))

    class Handler(BaseHTTPRequestHandler):
        def _forward(self, method: str) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if body:
                with lock, args.log.open("a", encoding="utf-8") as log:
                    log.write(json.dumps({"path": self.path, "body": json.loads(body)}, ensure_ascii=False) + "\n")
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
            try:
                with client.stream(method, self.path, content=body, headers=headers) as upstream:
                    self.send_response(upstream.status_code)
                    for key, value in upstream.headers.items():
                        if key.lower() not in HOP:
                            self.send_header(key, value)
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for chunk in upstream.iter_raw():
                        self.wfile.write(chunk)
                        self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return  # the client went: leaving the with-block closed the upstream request
            except httpx.HTTPError as exc:
                self.send_error(502, f"upstream: {type(exc).__name__}")

        def do_POST(self) -> None:
            self._forward("POST")

        def do_GET(self) -> None:
            self._forward("GET")

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", args.listen), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
