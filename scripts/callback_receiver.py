"""A small ERP stand-in that receives the service's callbacks and checks their signature.

    DE_SOURCE_SECRET=whsec_... python scripts/callback_receiver.py [--port 9000]

Prints each `task.completed` callback it receives (the task's id, kind, status and outcome) and answers 204
when the X-DE-Signature header is right, 401 when it is not.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.signing import SIGNATURE_HEADER, SignatureError, verify


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument("--secret", default=os.environ.get("DE_SOURCE_SECRET"), help="the source's secret")
    args = parser.parse_args()
    if not args.secret:
        parser.error("give the source's secret with --secret or DE_SOURCE_SECRET")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(min(int(self.headers.get("Content-Length", 0)), 10 * 1024 * 1024))
            try:
                verify(args.secret, body, self.headers.get(SIGNATURE_HEADER))
            except SignatureError as exc:
                print(f"rejected a callback: {exc}", flush=True)
                self.send_response(401)
                self.end_headers()
                return
            event = json.loads(body)
            task = event["task"]
            print(f"{event['event']}: task {task['id']} ({task['kind']}) is {task['status']}; "
                  f"outcome {json.dumps((task.get('result') or {}).get('outcome'), ensure_ascii=False)}; "
                  f"signature verified", flush=True)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    print(f"listening on http://127.0.0.1:{args.port}", flush=True)
    HTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
