"""Runs exchangelib's own POX autodiscovery for one address against a loopback responder.

Usage: exchangelib_discover.py ADDRESS PORT HOST...

exchangelib connects to https://<domain>/Autodiscover/Autodiscover.xml on port 443 after checking the
host name in DNS. A test has neither a DNS entry nor port 443, so two things are bent here, and only
these two: the DNS check accepts exactly the HOSTs given, and a TCP connection to HOST:443 goes to
127.0.0.1:PORT. Everything else is exchangelib's: its request, its parser, its steps, and TLS with
host-name verification against the CA in REQUESTS_CA_BUNDLE (the test CA; nothing else is trusted).
Prints one JSON object: what exchangelib found, or the exception it raised.
"""

import json
import sys

import urllib3.util.connection

address, port, hosts = sys.argv[1], int(sys.argv[2]), {h.lower() for h in sys.argv[3:]}

_connect = urllib3.util.connection.create_connection


def create_connection(target, *args, **kwargs):
    host, target_port = target
    if host.lower() in hosts and target_port == 443:
        return _connect(("127.0.0.1", port), *args, **kwargs)
    raise OSError(f"the test allows no connection to {host}:{target_port}")


urllib3.util.connection.create_connection = create_connection

from exchangelib.autodiscover.discovery.base import BaseAutodiscovery  # noqa: E402
from exchangelib.autodiscover.discovery.pox import PoxAutodiscovery  # noqa: E402
from exchangelib.errors import TransportError  # noqa: E402
from urllib.parse import urlparse  # noqa: E402


def ensure_valid_hostname(self, url):
    if urlparse(url).hostname.lower() not in hosts:
        raise TransportError(f"{url!r} has no DNS entry in this test")


BaseAutodiscovery._ensure_valid_hostname = ensure_valid_hostname
# exchangelib's step 4 asks DNS for SRV records; the test has none
BaseAutodiscovery._get_srv_records = lambda self, hostname: []

try:
    ad, protocol = PoxAutodiscovery(email=address).discover()
except Exception as e:  # the test asserts on the kind of failure
    print(json.dumps({"error": type(e).__name__, "message": str(e)}))
    sys.exit(0)

account = ad.account
print(
    json.dumps(
        {
            # protocol.auth_type would ask the EWS endpoint itself; the answer's own is enough here
            "ews_url": protocol.service_endpoint,
            "ews_auth_type": ad.protocol.auth_type,
            "smtp_address": ad.autodiscover_smtp_address,
            "action": account.action,
            "protocols": [
                {
                    "type": p.type,
                    "server": p.server,
                    "port": p.port,
                    "ssl": p.ssl,
                    "ews_url": p.ews_url,
                    "login_name": p.login_name,
                }
                for p in account.protocols
            ],
        }
    )
)
