#!/usr/bin/env python3
"""The Python peer of scripts/bench-cold-start: what a Python Lambda function doing the same job runs on a cold
start: import boto3, make one client, make one call. Endpoint, region and credentials come from the environment
(AWS_ENDPOINT_URL_<SERVICE>, AWS_REGION, AWS_ACCESS_KEY_ID ...), as for the Java function it is compared with.
Prints the response's HTTP status as the one line the benchmark times, with the CPU time the process has used by then
(time.process_time(), every thread). With BOTO3_PEER_TLS_SETUP=1 it first sets
up TLS as botocore does for an https endpoint (its SSL context, with the CA bundle loaded), which a plain-http
endpoint on loopback skips.

    boto3-peer.py SERVICE OPERATION PARAMS_JSON
"""
import json
import os
import sys
import time

import boto3


def main():
    service, operation, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    client = boto3.client(service)
    if os.environ.get("BOTO3_PEER_TLS_SETUP") == "1":
        from botocore.httpsession import create_urllib3_context, get_cert_path
        create_urllib3_context().load_verify_locations(get_cert_path(True))
    response = getattr(client, operation)(**params)
    cpu_ms = int(time.process_time() * 1000)
    print(json.dumps({"status": response["ResponseMetadata"]["HTTPStatusCode"], "cpu_ms": cpu_ms}), flush=True)


if __name__ == "__main__":
    main()
