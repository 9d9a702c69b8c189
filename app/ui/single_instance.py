"""One Ward Huddle window per OS user session (R7): a second launch brings the first forward.

The first instance listens on a QLocalServer (a named pipe on Windows, a socket file on Linux
and macOS) whose name is made from the app id and the OS user name. A later launch by the same
user connects, says "show", and exits; a launch by another user (fast user switching on a ward
PC) gets its own name and its own window. Only the user's own account can connect
(``UserAccessOption``).

Skipped for ``--quit-when-ready`` (smoke tests, start-up timing) and when the environment sets
``WARDHUDDLE_NO_SINGLE_INSTANCE=1``. ``WARDHUDDLE_INSTANCE_NAME`` replaces the name (tests use
it so two test runs on one machine cannot reach each other's windows).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app import APP_ID

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

DISABLE_ENV = "WARDHUDDLE_NO_SINGLE_INSTANCE"
NAME_ENV = "WARDHUDDLE_INSTANCE_NAME"
CONNECT_TIMEOUT_MS = 1000
MESSAGE = b"show\n"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name: fall back to the environment
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def instance_name(user: str | None = None, app_id: str = APP_ID) -> str:
    """``wardhuddle-<hash of the user name>``: one per user, safe as a pipe or socket name."""
    override = os.environ.get(NAME_ENV)
    if override and user is None:
        return override
    who = (user if user is not None else os_user()).casefold()
    return f"{app_id}-{hashlib.sha256(f'{app_id}:{who}'.encode()).hexdigest()[:16]}"


class SingleInstance(QObject):
    """The first instance's listener. ``activation_requested`` fires when a later launch asks."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer  # only when single-instance is on (not for --quit-when-ready)

        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self._sockets: list[QLocalSocket] = []

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        if self.server.listen(self.name):
            return True
        # A socket file left by a crashed instance (Linux, macOS): nobody answered on it, so remove it.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._sockets.append(socket)
            socket.readyRead.connect(self._read_all)
            socket.disconnected.connect(self._read_all)

    def _read_all(self) -> None:
        """Read whatever the later launches sent; forget the ones that hung up."""
        from PySide6.QtNetwork import QLocalSocket

        asked = False
        for socket in list(self._sockets):
            if socket.bytesAvailable():
                asked = MESSAGE.strip() in bytes(socket.readAll().data()) or asked
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._sockets.remove(socket)
                socket.deleteLater()
        if asked:
            log.info("a second launch asked this window to come forward")
            self.activation_requested.emit()

    def close(self) -> None:
        for socket in self._sockets:
            socket.abort()
        self._sockets.clear()
        self.server.close()


def ask_running_instance(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Tell the instance listening on ``name`` to come forward. False if nothing is listening."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    if sys.platform == "win32":  # let the first instance take the foreground from this process
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY
        except Exception:
            pass
    socket.write(MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return True


def claim_single_instance(*, skip: bool = False, name: str | None = None) -> SingleInstance | None | bool:
    """At start-up, after the QApplication exists and before the data file is opened.

    Returns the listener (this is the first instance: keep it, connect ``activation_requested``),
    ``False`` when another instance was asked to come forward (this launch should exit quietly),
    or ``None`` when single-instance is switched off (``skip`` or the environment)."""
    if skip or os.environ.get(DISABLE_ENV) == "1":
        return None
    name = name or instance_name()
    if ask_running_instance(name):
        return False
    instance = SingleInstance(name)
    if instance.listen():
        return instance
    if ask_running_instance(name):  # lost a race with a launch at the same moment
        return False
    log.warning("could not make this the single Ward Huddle instance: %s", instance.server.errorString())
    return None


def bring_forward(window: QWidget) -> None:
    """Un-minimise, raise and focus ``window`` (Windows may only flash it in the taskbar if the
    user is busy in another app: its focus-stealing rules)."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
