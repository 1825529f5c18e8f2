#!/usr/bin/python3
"""A local SMTP server for tests (Debian's python3-aiosmtpd): listens on a free loopback port, prints
the port, and saves each message it accepts to FOLDER as JSON, parsed by Python's own e-mail parser
(decoded subject and body, so that the test checks what a mail client shows). Refuses the first
REFUSE messages with a 451, as a busy server does.

    /usr/bin/python3 smtp_sink.py FOLDER REFUSE
"""
import asyncio
import email
import email.policy
import json
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder, refuse):
        self.folder, self.refuse, self.seen = folder, refuse, 0

    async def handle_DATA(self, server, session, envelope):
        self.seen += 1
        if self.seen <= self.refuse:
            return "451 4.3.0 Try again later"
        raw = envelope.original_content or envelope.content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        saved = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "raw": raw.decode("ascii", "replace"),
            "from": str(msg["from"]),
            "to": str(msg["to"]),
            "subject": str(msg["subject"]),
            "date": str(msg["date"]),
            "messageId": str(msg["message-id"]),
            "contentType": msg.get_content_type(),
            "charset": msg.get_content_charset(),
        }
        # A multipart message: its text as "body", an iCalendar part as "calendar" with its method.
        text = msg.get_body(preferencelist=("plain",)) if msg.is_multipart() else msg
        saved["body"] = text.get_content().replace("\r\n", "\n")  # lines as a mail client shows them
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                saved["calendar"] = part.get_content()
                saved["calendarMethod"] = part.get_param("method")
        path = os.path.join(self.folder, "%05d" % self.seen)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(saved, f, ensure_ascii=False)
        os.rename(path + ".tmp", path + ".json")  # whole files only
        return "250 2.0.0 OK"


async def main():
    folder, refuse = sys.argv[1], int(sys.argv[2])
    handler = Sink(folder, refuse)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, hostname="polku-test-sink"), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


asyncio.run(main())
