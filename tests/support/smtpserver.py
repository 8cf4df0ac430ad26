#!/usr/bin/python3
"""A real SMTP server on loopback for the mail tests (Debian's python3-aiosmtpd).

usage: smtpserver.py DIR --port N [--tls-cert CERT --tls-key KEY] [--implicit-tls]
                         [--user U --password P]

Prints "PORT <n>" on stdout once it listens (aiosmtpd 1.4 cannot take port
0, so the test picks a free one), then runs until stdin closes.
Every accepted message is written to DIR/<n>.eml as received (the raw bytes
after DATA), so the test reads them back with Python's email package.
Recipients whose local part starts with "reject" get 550; with "busy", 451;
the file DIR/busy makes DATA answer 421 (the server going away).
"""
import argparse
import logging
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        if local.startswith("busy"):
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if os.path.exists(os.path.join(self.directory, "busy")):
            return "421 4.3.2 service shutting down"
        self.count += 1
        path = os.path.join(self.directory, "%d.eml" % self.count)
        with open(path + ".part", "wb") as f:
            f.write(envelope.original_content)
        os.rename(path + ".part", path)
        with open(path + ".envelope", "w") as f:
            f.write("\n".join([envelope.mail_from] + envelope.rcpt_tos))
        return "250 2.0.0 queued as %d" % self.count


def main():
    p = argparse.ArgumentParser()
    p.add_argument("directory")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    p.add_argument("--implicit-tls", action="store_true")
    p.add_argument("--user")
    p.add_argument("--password")
    a = p.parse_args()
    # Refused handshakes are part of the tests, not news.
    logging.getLogger("mail.log").setLevel(logging.CRITICAL)

    context = None
    if a.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.tls_cert, a.tls_key)

    kwargs = {}
    if a.user:
        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login.decode() == a.user
                  and auth_data.password.decode() == a.password)
            # handled=False: aiosmtpd then answers 535 itself.
            return AuthResult(success=ok, handled=False)
        # aiosmtpd counts only STARTTLS as TLS: over implicit TLS it would
        # never offer AUTH.
        kwargs.update(authenticator=authenticate, auth_required=True,
                      auth_require_tls=context is not None and not a.implicit_tls)
    if context is not None and not a.implicit_tls:
        kwargs.update(tls_context=context, require_starttls=True)

    handler = Handler(a.directory)
    controller = Controller(handler, hostname="127.0.0.1", port=a.port,
                            ssl_context=context if a.implicit_tls else None,
                            server_hostname="localhost", **kwargs)
    controller.start()
    print("PORT %d" % controller.port, flush=True)
    sys.stdin.read()  # the test closes our stdin (or dies) to stop us
    controller.stop()


if __name__ == "__main__":
    main()
