"""Drives the local registry with Confluent's Python client (Debian's python3-confluent-kafka) and prints what it saw
as one JSON object, for RegistryPythonClientTests to judge."""
import json
import sys

from confluent_kafka.schema_registry import Schema, SchemaRegistryClient
from confluent_kafka.schema_registry.error import SchemaRegistryError

url, subject = sys.argv[1], sys.argv[2]
client = SchemaRegistryClient({"url": url})
v1 = Schema('{"type":"object","properties":{"a":{"type":"string"}}}', "JSON")
v2 = Schema('{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}}', "JSON")
breaking = Schema('{"type":"object","properties":{"a":{"type":"integer"}}}', "JSON")
seen = {}

seen["id"] = client.register_schema(subject, v1)
seen["set_level"] = client.set_compatibility(subject_name=subject, level="BACKWARD")
seen["level"] = client.get_compatibility(subject_name=subject)
seen["compatible"] = client.test_compatibility(subject, v2)
seen["breaking_compatible"] = client.test_compatibility(subject, breaking)
seen["id2"] = client.register_schema(subject, v2)
latest = client.get_latest_version(subject)
seen["latest"] = {"version": latest.version, "schema_id": latest.schema_id, "type": latest.schema.schema_type}
found = client.lookup_schema(subject, v1)
seen["lookup_version"] = found.version
seen["by_id"] = client.get_schema(seen["id"]).schema_str
seen["versions"] = client.get_versions(subject)
try:
    client.register_schema(subject, breaking)
    seen["refused"] = None
except SchemaRegistryError as error:
    seen["refused"] = {"status": error.http_status_code, "code": error.error_code}
seen["deleted"] = client.delete_version(subject, 2)
seen["subjects"] = client.get_subjects()
print(json.dumps(seen))
