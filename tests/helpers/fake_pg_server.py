"""A tiny fake PostgreSQL server that asks for a password and then refuses the connection.

The local test server trusts everyone, so a wrong password cannot be produced there. This
server speaks just enough of the wire protocol (version 3) for libpq to get that far:

1. answer an SSLRequest or GSSENCRequest with ``N`` (no encryption),
2. read the StartupMessage,
3. ask for a clear-text password (``AuthenticationCleartextPassword``),
4. read the PasswordMessage,
5. send an ErrorResponse (by default ``28P01 password authentication failed``) and hang up.

It runs in a daemon thread, polls a stop flag, and stops by itself after ``lifetime`` seconds
even if nobody stops it; use it as a context manager.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
CANCEL_REQUEST = 80877102
PROTOCOL_3 = 3 << 16


@dataclass
class SeenConnection:
    """What one client sent: the startup parameters and the password (if it sent one)."""

    parameters: dict[str, str] = field(default_factory=dict)
    password: str | None = None


def _error_response(fields: dict[str, str]) -> bytes:
    body = b"".join(code.encode("ascii") + value.encode("utf-8") + b"\0"
                    for code, value in fields.items()) + b"\0"
    return b"E" + struct.pack("!i", len(body) + 4) + body


class FakePostgresServer:
    def __init__(
        self,
        *,
        sqlstate: str = "28P01",
        message: str = 'password authentication failed for user "{user}"',
        lifetime: float = 30.0,
    ) -> None:
        self.sqlstate = sqlstate
        self.message = message
        self.lifetime = lifetime
        self.seen: list[SeenConnection] = []
        self._stop = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self._listener.settimeout(0.1)
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="fake-postgres", daemon=True)

    # -- lifetime ---------------------------------------------------------------------------
    def start(self) -> FakePostgresServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        self._listener.close()

    def __enter__(self) -> FakePostgresServer:
        return self.start()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- serving ----------------------------------------------------------------------------
    def _serve(self) -> None:
        deadline = time.monotonic() + self.lifetime
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # the listener was closed
            with client:
                client.settimeout(5)
                # A client that hangs up early is no concern of a fake server.
                with contextlib.suppress(OSError, struct.error):
                    self._handle(client)

    def _handle(self, client: socket.socket) -> None:
        seen = SeenConnection()
        self.seen.append(seen)
        while True:
            length, code = struct.unpack("!ii", _read_exactly(client, 8))
            if code in (SSL_REQUEST, GSSENC_REQUEST):
                client.sendall(b"N")
                continue
            if code == CANCEL_REQUEST:
                return
            break
        if code >> 16 != PROTOCOL_3 >> 16:
            return
        payload = _read_exactly(client, length - 8)
        items = payload.split(b"\0")
        seen.parameters = {
            items[i].decode(): items[i + 1].decode() for i in range(0, len(items) - 1, 2)
            if items[i]
        }
        # AuthenticationCleartextPassword: 'R', length 8, method 3.
        client.sendall(b"R" + struct.pack("!ii", 8, 3))
        kind = _read_exactly(client, 1)
        if kind != b"p":
            return
        (length,) = struct.unpack("!i", _read_exactly(client, 4))
        seen.password = _read_exactly(client, length - 4).rstrip(b"\0").decode("utf-8")
        message = self.message.format(user=seen.parameters.get("user", ""))
        client.sendall(
            _error_response({"S": "FATAL", "V": "FATAL", "C": self.sqlstate, "M": message})
        )


def _read_exactly(client: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    while size > 0:
        chunk = client.recv(size)
        if not chunk:
            raise ConnectionError("the client hung up")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)
