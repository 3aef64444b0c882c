#!/usr/bin/env python3
"""Slow clients for the transport comparison of docs/server.md: opens N connections to a
loopback server and sends a request's headers one byte a second (slowloris), while probing
every second how long a normal request takes. Prints each probe's time and what became of the
slow connections.  Usage: slow_clients.py PORT CONNECTIONS SECONDS"""
import socket
import sys
import time

port, count, seconds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
head = b"POST /v1/screen HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10000
slow = []
for _ in range(count):
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.setblocking(False)
    slow.append(s)


def probe():
    started = time.monotonic()
    try:
        c = socket.create_connection(("127.0.0.1", port), timeout=15)
        c.sendall(b'POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Length: 23\r\n'
                  b'Connection: close\r\n\r\n{"name": "Eric Badege"}')
        answer = c.recv(64)
        c.close()
        status = answer.split(b" ")[1].decode() if answer else "closed"
    except OSError as e:
        status = type(e).__name__
    return status, time.monotonic() - started


closed = 0
for second in range(seconds):
    for s in list(slow):
        try:
            s.send(head[second:second + 1])
        except OSError:
            slow.remove(s)
            closed += 1
    status, took = probe()
    print(f"t={second + 1:3d}s probe {status} in {took * 1000:7.1f} ms; slow connections closed by the server: {closed}")
    time.sleep(max(0.0, 1 - took))
