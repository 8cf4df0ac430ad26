#!/usr/bin/python3
"""A loopback SMS gateway for the tests: records every request and answers
as a provider would.

usage: smsserver.py LOG --port N [--tls-cert CERT --tls-key KEY]
Each request is appended to LOG as one JSON line {method, path, query, form}
(values decoded). A phone number ending in 503 gets HTTP 503, one ending in
400 gets HTTP 400, one ending in 999 gets {"status": "ERROR"}, one ending in
401 gets HTTP 401 with the whole request echoed back, key and all, as some
gateways do; the rest {"status": "OK"}. With a certificate it speaks https.
Prints "PORT <n>" when it listens; stops when stdin closes.
"""
import argparse
import json
import ssl
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, form):
        parsed = urllib.parse.urlsplit(self.path)
        query = {k: v[0] for k, v in urllib.parse.parse_qs(parsed.query).items()}
        with open(self.server.log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"method": self.command, "path": parsed.path,
                                "query": query, "form": form}, ensure_ascii=False) + "\n")
        phone = query.get("to") or form.get("to") or query.get("phone") or form.get("phone", "")
        status, body = 200, {"status": "OK"}
        if phone.endswith("503"):
            status, body = 503, {"status": "busy"}
        elif phone.endswith("400"):
            status, body = 400, {"status": "ERROR", "error": "bad number"}
        elif phone.endswith("999"):
            body = {"status": "ERROR", "status_text": "no money"}
        elif phone.endswith("401"):
            status, body = 401, {"status": "ERROR", "error": "wrong key",
                                 "request": self.path, "form": form}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.answer({})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        raw = self.rfile.read(length).decode()
        self.answer({k: v[0] for k, v in urllib.parse.parse_qs(raw).items()})


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client refusing our certificate is part of the tests, not news


def main():
    p = argparse.ArgumentParser()
    p.add_argument("log")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    a = p.parse_args()
    server = Server(("127.0.0.1", a.port), Handler)
    if a.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.tls_cert, a.tls_key)
        # Handshakes happen in the request threads: a refused one stays there.
        server.socket = context.wrap_socket(server.socket, server_side=True,
                                            do_handshake_on_connect=False)
    server.log = a.log
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT %d" % a.port, flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
