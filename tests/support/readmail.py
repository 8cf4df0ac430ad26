#!/usr/bin/python3
"""Reads an .eml with Python's email package, as a mail reader would, and
prints what a person would see as JSON: the decoded headers, the text and
HTML alternatives, and each attachment's file name, type and bytes (hex)."""
import email
import email.policy
import email.utils
import json
import sys

with open(sys.argv[1], "rb") as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)

def mailboxes(header):
    return [{"name": name, "address": addr}
            for name, addr in email.utils.getaddresses([str(h) for h in msg.get_all(header, [])])]

text = msg.get_body(preferencelist=("plain",))
html = msg.get_body(preferencelist=("html",))
out = {
    "subject": str(msg["subject"]),
    "from": mailboxes("from"),
    "to": mailboxes("to"),
    "bcc": msg.get_all("bcc", []),
    "message_id": str(msg["message-id"] or ""),
    "date": str(email.utils.parsedate_to_datetime(str(msg["date"])).isoformat()) if msg["date"] else "",
    "list_unsubscribe": str(msg["list-unsubscribe"] or ""),
    "content_type": msg.get_content_type(),
    "text": text.get_content() if text is not None else None,
    "html": html.get_content() if html is not None else None,
    "attachments": [{"filename": part.get_filename(),
                     "type": part.get_content_type(),
                     "data": part.get_payload(decode=True).hex()}
                    for part in msg.iter_attachments()],
    "defects": [type(d).__name__ for part in msg.walk() for d in part.defects],
}
json.dump(out, sys.stdout, ensure_ascii=False)
