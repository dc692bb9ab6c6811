"""ELASTICSEARCH_URL may list several nodes of a cluster: a request a stopped node refuses goes to another."""

import socket

from search.backend import _client


def _nobody_listens():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_a_client_of_several_nodes_knows_each_and_retries_on_the_others():
    client = _client(f"{_nobody_listens()}, {_nobody_listens()}", 2)
    assert len(client.transport.node_pool.all()) == 2
    assert client._max_retries == 1, "one retry per other node"
