"""The listening half of ``policykg serve``: a socket bound before anything loads, waitress serving the
application (:class:`kg.serve.server.Endpoint`) with a cap on the connections of one client network, and a
clean stop on Ctrl-C or SIGTERM. waitress reads every request whole before a thread sees it, so a slow or idle
client holds no thread, and it closes connections that stall (``read_timeout``: a request must arrive whole
within it). One address (an IPv6 /64) holds at most 128 connections; more are answered 503 and closed at once,
so that a crowd of half-sent requests from one place cannot take the server from everyone else.

>>> sorted(loopback_hosts("::1", 80))
['127.0.0.1', '127.0.0.1:80', '[::1]', '[::1]:80', 'localhost', 'localhost:80']
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import signal
import socket
import time
from collections import Counter
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, cast

from kg.errors import PolicyKGError
from kg.serve.server import MAX_REQUEST_BYTES, MAX_URL_BYTES, Endpoint, network_of

if TYPE_CHECKING:
    from waitress.server import TcpWSGIServer
    from waitress.task import ThreadedTaskDispatcher

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
MAX_CONNECTIONS = 4096  # open connections in all
MAX_CONNECTIONS_PER_CLIENT = 128  # open connections of one address (an IPv6 /64); more are refused at once


def loopback_hosts(host: str, port: int | str) -> frozenset[str] | None:
    """The Host header values a server bound to ``host``:``port`` answers; None (any) off loopback.

    >>> sorted(loopback_hosts("127.0.0.1", 7878))
    ['127.0.0.1:7878', '[::1]:7878', 'localhost:7878']
    >>> loopback_hosts("0.0.0.0", 7878) is None
    True
    """
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        return None
    names = {*LOOPBACK_NAMES, _url_host(host)}
    return frozenset({f"{n}:{port}" for n in names} | (names if port == 80 else set()))


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host``:``port`` and listening, made before anything is loaded, so that a busy port
    is one line at once; connections wait in its backlog until :func:`serve` answers them.

    >>> sock = listen("127.0.0.1", 0); busy = sock.getsockname()[1]
    >>> listen("127.0.0.1", busy)
    Traceback (most recent call last):
    kg.errors.PolicyKGError: cannot listen on 127.0.0.1:... Address already in use
    >>> sock.close()
    """
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(info[0], socket.SOCK_STREAM)
    except (OSError, OverflowError, ValueError, UnicodeError) as exc:
        raise PolicyKGError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if info[0] == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(info[4])
        sock.listen(1024)
    except (OSError, OverflowError) as exc:
        sock.close()
        raise PolicyKGError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    return sock


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else " ".join(str(exc).split())


def serve(app: Endpoint, *, host: str, port: int, ready: Callable[[str], None], sock: socket.socket | None = None) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), then stop the query processes; on ``sock`` when given
    (see :func:`listen`). ``ready`` is called with the address once the server listens.

    >>> import os, signal, threading, urllib.parse, urllib.request
    >>> from kg.graph.store import Store
    >>> from kg.serve.server import Limits
    >>> app = Endpoint(Store.from_ntriples('<http://e/a> <http://e/p> "目标"@zh .\\n'.encode()), page="",
    ...                limits=Limits(processes=1))
    >>> def client(url):  # once the server listens: one question, then the stop a service manager sends
    ...     def run():
    ...         query = urllib.parse.quote('ASK { ?s ?p "目标"@zh }')
    ...         direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    ...         try:
    ...             with direct.open(f"{url}sparql?query={query}", timeout=10) as response:
    ...                 print(response.read().decode())
    ...         finally:
    ...             os.kill(os.getpid(), signal.SIGTERM)
    ...     threading.Thread(target=run).start()
    >>> serve(app, host="127.0.0.1", port=0, ready=client)
    {"head":{},"boolean":true}
    """
    app.pool.start()  # fork before the server starts its threads
    try:
        server = _make_server(app, host, port, sock)
    except (OSError, OverflowError, ValueError) as exc:
        app.close()
        raise PolicyKGError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    app.hosts = loopback_hosts(host, server.effective_port)
    before = None
    try:
        before = signal.signal(signal.SIGTERM, _stop)
        ready(f"http://{_url_host(host)}:{server.effective_port}/")
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if before is not None:
            signal.signal(signal.SIGTERM, before)
        server.close()
        server.task_dispatcher.shutdown(timeout=1)
        app.close()


class _Running(Protocol):
    """What :func:`serve` uses of the server :func:`_make_server` makes."""

    effective_port: str  # the port bound, as getnameinfo writes it
    task_dispatcher: ThreadedTaskDispatcher

    def run(self) -> None: ...

    def close(self) -> None: ...


def _make_server(app: Endpoint, host: str, port: int, sock: socket.socket | None = None) -> _Running:
    from waitress.adjustments import Adjustments
    from waitress.channel import HTTPChannel
    from waitress.server import TcpWSGIServer

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    limits = app.limits
    per_client: Counter[str] = Counter()  # the open connections of each client network

    class Channel(HTTPChannel):
        started: float | None = None  # when the request being read began to arrive
        counted = ""  # the client network counted for this connection, until it closes

        def del_channel(self, map: Mapping[int, socket.socket] | None = None) -> None:
            super().del_channel(map)
            _uncount(per_client, self.counted)
            self.counted = ""

        def received(self, data: bytes) -> bool:
            if self.request is None and data:
                self.started = time.monotonic()
            done = bool(super().received(data))
            if self.request is None:
                self.started = None
            return done

    class Server(TcpWSGIServer):
        channel_class = Channel
        _map: Mapping[int, socket.socket]  # wasyncore.dispatcher's, which its stubs leave out
        effective_port: str  # set by TcpWSGIServer, which its stubs leave out

        def handle_accept(self) -> None:
            accepted = _accept(self)
            if accepted is None:
                return
            conn, addr = accepted
            client = network_of(str(addr[0]))
            if per_client[client] >= MAX_CONNECTIONS_PER_CLIENT:
                _refuse(conn)
                return
            channel = self.channel_class(self, conn, addr, self.adj, map=self._map)
            if channel.connected:
                channel.counted = client
                per_client[client] += 1

        def maintenance(self, now: float) -> None:
            super().maintenance(cast(int, now))  # waitress passes time.time(); its stubs say int
            cutoff = time.monotonic() - limits.read_timeout
            channels = cast("dict[int, Channel]", self.active_channels)  # its stubs say one channel
            for channel in list(channels.values()):
                if channel.started is not None and channel.started < cutoff:
                    channel.will_close = True

    adj = Adjustments(host=host, port=port, threads=max(64, 2 * limits.processes), channel_timeout=limits.read_timeout,
                      cleanup_interval=1, connection_limit=MAX_CONNECTIONS, asyncore_use_poll=True, ident="policykg",
                      max_request_body_size=MAX_REQUEST_BYTES, max_request_header_size=MAX_URL_BYTES + 16 * 1024,
                      outbuf_high_watermark=limits.max_bytes + 2**20, clear_untrusted_proxy_headers=True)
    if sock is None:
        return Server(app, adj=adj)
    return Server(app, adj=adj, _sock=sock, bind_socket=False, sockinfo=(sock.family, sock.type, None, sock.getsockname()))


def _accept(server: TcpWSGIServer) -> tuple[socket.socket, Any] | None:
    """A connection accepted with waitress's socket options (TCP_NODELAY), or None."""
    try:
        accepted = server.accept()
        if accepted is not None:
            server.set_socket_options(accepted[0])
        return accepted
    except OSError:
        return None


def _refuse(conn: Any) -> None:
    """Answer 503 without reading the request, and close."""
    with contextlib.suppress(OSError):
        conn.setblocking(False)
        conn.send(b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
    conn.close()


def _uncount(counts: Counter[str], client: str) -> None:
    if client:
        counts[client] -= 1
        if counts[client] <= 0:
            del counts[client]


def _stop(*_: object) -> None:
    raise KeyboardInterrupt


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
