"""A tiny SMTP server that accepts every message and keeps it: the mail relay "coming back" in a fault test.

Enough of RFC 5321 for Django's SMTP backend (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT); no TLS,
no authentication. Received messages are kept as (recipients, parsed message) pairs.
"""

import email
import email.policy
import socketserver
import threading


class _Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 faults-smtp ready")
        recipients = []
        while line := self.rfile.readline():
            verb = line.decode(errors="replace").strip().split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.reply("250-faults-smtp")
                self.reply("250 8BITMIME")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                self.server.sink.keep(recipients, self._read_data())
                recipients = []
                self.reply("250 queued")
            elif verb == "RCPT":
                recipients.append(line.decode().split(":", 1)[1].strip().strip("<>"))
                self.reply("250 ok")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:  # HELO, MAIL, RSET, NOOP
                recipients = [] if verb == "RSET" else recipients
                self.reply("250 ok")

    def _read_data(self):
        lines = []
        while (line := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
            lines.append(line[1:] if line.startswith(b"..") else line)
        return email.message_from_bytes(b"".join(lines), policy=email.policy.default)


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class SmtpSink:
    """Listens on 127.0.0.1:`port` in a background thread until `close()`."""

    def __init__(self, port):
        self.messages = []
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.sink = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def keep(self, recipients, message):
        with self._lock:
            self.messages.append((recipients, message))

    def to(self, address):
        """Subjects of the messages received for `address`."""
        with self._lock:
            return [str(message["Subject"]) for recipients, message in self.messages if address in recipients]

    def close(self):
        self._server.shutdown()
        self._server.server_close()
