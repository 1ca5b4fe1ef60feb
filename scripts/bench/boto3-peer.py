#!/usr/bin/env python3
"""The Python peer of scripts/bench-cold-start: what a Python Lambda function doing the same job runs on a cold
start: import boto3, make one client, make one call. Endpoint, region and credentials come from the environment
(AWS_ENDPOINT_URL_<SERVICE>, AWS_REGION, AWS_ACCESS_KEY_ID ...), as for the Java function it is compared with.
Prints the response's HTTP status as the one line the benchmark times.

    boto3-peer.py SERVICE OPERATION PARAMS_JSON
"""
import json
import sys

import boto3


def main():
    service, operation, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    client = boto3.client(service)
    response = getattr(client, operation)(**params)
    print(json.dumps({"status": response["ResponseMetadata"]["HTTPStatusCode"]}), flush=True)


if __name__ == "__main__":
    main()
