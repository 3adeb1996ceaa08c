"""OpenTelemetry with the instrumentation users install (``HTTPXClientInstrumentor().instrument()``) and the real
SDK: one CLIENT span per attempt (the token request included), ``http.request.resend_count`` on each resend, and no
credential or personal data in any span attribute. Against the fake on a real socket: the instrumentation wraps
httpx's network transports, which is what the client's retry and rate-limit layers wrap too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from unico_idcloud_client.models import Person

from unico_idcloud import AsyncIDCloud, Environment, IDCloud
from unico_idcloud.testing import FakeServer, FakeUnico, Fault, Scenario, ServiceAccount

PID = str(Scenario.FINISHED_OK)


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    try:
        yield exporter
    finally:
        instrumentor.uninstrument()


@pytest.fixture
def served(_unico_key_material: ServiceAccount) -> Iterator[tuple[FakeUnico, str]]:
    fake = FakeUnico()
    fake.add_service_account(_unico_key_material)
    with FakeServer(fake) as server:
        fake.token_host = server.url
        yield fake, server.url


def client_spans(exporter: InMemorySpanExporter) -> list[ReadableSpan]:
    return [span for span in exporter.get_finished_spans() if span.kind is SpanKind.CLIENT]


def url(span: ReadableSpan) -> str:
    """The span's URL, under the stable semantic conventions' name or the older one (the instrumentation's default
    depends on OTEL_SEMCONV_STABILITY_OPT_IN)."""
    attributes = span.attributes or {}
    return str(attributes.get("url.full", attributes.get("http.url", "")))


def status(span: ReadableSpan) -> object:
    attributes = span.attributes or {}
    return attributes.get("http.response.status_code", attributes.get("http.status_code"))


def _no_secrets(spans: list[ReadableSpan], secrets: list[str]) -> None:
    for span in spans:
        for name, value in (span.attributes or {}).items():
            assert "authorization" not in name.lower() and "apikey" not in name.lower()
            for secret in secrets:
                assert secret not in str(value), name


def test_one_client_span_per_attempt_with_the_resend_count(
    exporter: InMemorySpanExporter, served: tuple[FakeUnico, str], account: ServiceAccount
) -> None:
    fake, base_url = served
    fake.inject_fault(Fault.INTERNAL_ERROR, times=2)
    with IDCloud(account, environment=Environment.from_url(base_url), api_key=fake.api_key) as client:
        process = client.get_process(PID)
        token = client.access_token().value
    spans = client_spans(exporter)
    token_spans = [s for s in spans if url(s).endswith("/oauth2/token")]
    api_spans = [s for s in spans if s not in token_spans]
    assert len(token_spans) == 1 and len(api_spans) == 3  # two 500s, then the 200
    assert [status(s) for s in api_spans] == [500, 500, 200]
    assert [(s.attributes or {}).get("http.request.resend_count") for s in api_spans] == [None, 1, 2]
    assert "http.request.resend_count" not in (token_spans[0].attributes or {})
    person = [process.person.dui_value, process.person.friendly_name] if isinstance(process.person, Person) else []
    personal = [value for value in person if isinstance(value, str) and value]
    assert personal  # the scenario has a CPF and a name to leak
    _no_secrets(spans, [token, fake.api_key, *personal])


async def test_async_spans_and_resend_count(
    exporter: InMemorySpanExporter, served: tuple[FakeUnico, str], account: ServiceAccount
) -> None:
    fake, base_url = served
    fake.inject_fault(Fault.SERVICE_UNAVAILABLE, times=1)
    async with AsyncIDCloud(account, environment=Environment.from_url(base_url), api_key=fake.api_key) as client:
        await client.get_selfie(PID)
        token = (await client.access_token()).value
    spans = client_spans(exporter)
    api_spans = [s for s in spans if url(s).endswith("/selfie")]
    assert [(s.attributes or {}).get("http.request.resend_count") for s in api_spans] == [None, 1]
    _no_secrets(spans, [token, fake.api_key])
