#!/usr/bin/env python3
"""A slow link in front of a TCP server on loopback, for tests/nodes/two_nodes_outbox_test.sh: listens on a free
loopback port, prints it, and passes each connection on to 127.0.0.1:PORT, holding each chunk the server sends
back for DELAY seconds. An SMTP delivery is some seven replies, so with a delay of 0.025 it takes about 0.2 s, and
a node killed while sending dies in the middle of its batch. A side's close closes the other side; a conversation
the client ends before the server has (a client that died: the server closes first after QUIT) is reported on
stderr as "cut off after N replies".

    python3 slow_link.py PORT DELAY
"""
import asyncio
import sys


async def pipe(reader, writer, delay, state, side):
    try:
        while data := await reader.read(65536):
            if delay:
                await asyncio.sleep(delay)
            writer.write(data)
            await writer.drain()
            state["replies"] += side == "server"
    except ConnectionError:
        pass
    finally:
        if not state["closed"] and side == "client":
            print("cut off after %d replies" % state["replies"], file=sys.stderr, flush=True)
        state["closed"] = True
        writer.close()


async def main():
    port, delay = int(sys.argv[1]), float(sys.argv[2])

    async def link(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            client_writer.close()
            return
        state = {"replies": 0, "closed": False}
        await asyncio.gather(pipe(client_reader, server_writer, 0, state, "client"),
                             pipe(server_reader, client_writer, delay, state, "server"))

    server = await asyncio.start_server(link, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


asyncio.run(main())
