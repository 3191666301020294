"""All configuration in one place. Nothing else reads the environment."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings read from `DE_*` variables (and the OpenAI client's own variables)."""

    model_config = SettingsConfigDict(env_prefix="DE_", extra="ignore", populate_by_name=True)

    database_url: str = Field(
        default="sqlite:///./data/de.db",
        description="SQLAlchemy URL for the app tables and the LangGraph checkpoints.",
    )
    llm: Literal["offline", "openai"] = Field(default="offline", description="LLM backend.")
    llm_model: str = Field(default="gpt-4o-mini", description="Model name for DE_LLM=openai.")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    llm_timeout_seconds: float = Field(default=20.0, gt=0, description="Per JSON answer from the LLM endpoint "
                                       "(policy answers, explanations, resume fields).")
    llm_route_timeout_seconds: float = Field(default=10.0, gt=0, description="Per chat-routing call.")
    llm_max_tokens: int = Field(default=1024, ge=16, description="Cap on any generation; each prompt file sets "
                                "its own max_tokens below it.")
    llm_capabilities: str = Field(default="", description="Pin what the endpoint can do, e.g. "
                                  "'json_object_schema,-json_schema,tools_auto,-system_role'; 'none' for prompted "
                                  "JSON only. Unpinned capabilities are found on first use.")
    llm_max_attempts: int = Field(default=3, ge=1, le=10, description="Tries on 429, 5xx and connection errors "
                                  "(never on a timeout: the generation may still be running).")
    llm_backoff_seconds: float = Field(default=0.5, ge=0, description="First retry delay; doubles each time.")
    llm_circuit_failures: int = Field(default=3, ge=1, description="Failed calls in a row that open the circuit.")
    llm_circuit_reset_seconds: float = Field(default=60.0, gt=0, description="How long the circuit stays open.")
    admin_key: SecretStr | None = Field(default=None, description="Bootstrap admin key secret.")

    max_body_bytes: int = Field(default=10 * 1024 * 1024, ge=1024, description="Request body limit.")
    rate_limit_per_minute: int = Field(default=600, ge=0, description="Requests per minute per key or source "
                                       "(each process); 0 turns the limit off.")
    rate_limit_burst: int = Field(default=120, ge=1, description="Requests a key may send at once.")
    webhook_tolerance_seconds: int = Field(default=300, ge=1, description="Signature time window.")
    session_secret: SecretStr | None = Field(default=None, description="Signs web-page session cookies.")

    worker_threads: int = Field(default=1, ge=1, le=16, description="Task threads in the worker.")
    worker_poll_seconds: float = Field(default=2.0, gt=0, description="Idle poll interval of the worker.")
    task_lease_seconds: int = Field(default=300, ge=5, description="How long a claimed task is held.")

    review_sla_hours: dict[str, float] = Field(
        default_factory=dict,
        description="Per task kind, hours until a pending review is overdue; overrides the kind's own SLA "
                    "(agent/kinds.py: invoice_review 48, candidate_screen 72).",
    )

    price_tolerance_pct: Decimal = Field(default=Decimal("2"), ge=0, description="Unit price tolerance, %.")
    price_tolerance_abs: Decimal | None = Field(default=None, ge=0, description="Per-unit absolute limit.")
    amount_tolerance: Decimal = Field(default=Decimal("1.00"), ge=0, description="Totals tolerance.")

    risk_approval_threshold: Decimal = Field(default=Decimal("50000"), gt=0,
                                             description="Approval threshold (SPLIT_PURCHASE), invoice currency.")
    risk_high_value: Decimal = Field(default=Decimal("1000000"), gt=0, description="HIGH_VALUE at or above this.")

    policy_dense: bool = Field(default=True, description="Dense (e5) retrieval beside BM25 for policy lookup.")

    pdf_isolated: bool = Field(default=True, description="Read each uploaded PDF in a child process under the "
                               "memory and time budget below (off: in the API process, without that budget).")
    pdf_memory_mb: int = Field(default=512, ge=32, description="Memory a PDF may take to read (the child's "
                               "address space beyond its start), MB.")
    pdf_seconds: float = Field(default=30.0, gt=0, le=3600, description="Time a resume PDF (up to 50 pages) may "
                               "take to read, seconds.")
    pdf_policy_seconds: float = Field(default=300.0, gt=0, le=3600, description="Time a policy PDF (up to 400 "
                                      "pages, uploaded by an admin) may take to read, seconds.")
    pdf_max_parallel: int = Field(default=2, ge=1, le=64, description="PDFs read at once (each in its own "
                                  "process, up to pdf_memory_mb); more wait.")
    pdf_max_page_points: float = Field(default=14_400.0, ge=72, description="Largest page side (every page box) "
                                       "a PDF may have, points; 14,400 pt = 200 in, the PDF specification's limit.")
    pdf_max_stream_mb: int = Field(default=32, ge=1, description="Largest size one PDF stream may decode to, MB.")
    pdf_max_decoded_mb: int = Field(default=128, ge=1, description="Largest size a PDF's streams may decode to "
                                    "in total, MB.")
    pdf_max_objects: int = Field(default=200_000, ge=100, description="Objects a PDF may have parsed.")
    pdf_max_chars: int = Field(default=4_000_000, ge=1000, description="Characters a PDF may lay out, all pages.")

    retention_days: int = Field(default=180, ge=1, description="`purge` without --older-than: days after a task "
                                "ends before candidates' personal data and checkpoints are removed.")

    delivery_max_attempts: int = Field(default=8, ge=1, le=100, description="Callback attempts.")
    delivery_backoff_seconds: float = Field(default=2.0, gt=0, description="First retry delay.")
    delivery_timeout_seconds: float = Field(default=10.0, gt=0, description="Callback HTTP timeout.")
    allow_private_callbacks: bool = Field(default=False, description="Let callback URLs reach loopback, private and "
                                          "link-local addresses (tests, an ERP on the same network). Cloud "
                                          "metadata, multicast and reserved addresses are refused regardless.")

    clock_start: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$",
                                    description="Start the service's clock at this ISO date or time instead of "
                                    "the system clock (evals, demos, reproducing a past run); it then advances "
                                    "in real time. Webhook signatures and sessions keep the real time.")

    otel_enabled: bool | None = Field(default=None, description="OpenTelemetry tracing (the [otel] extra): on or "
                                      "off; unset, it is on when OTEL_EXPORTER_OTLP_ENDPOINT is set.")
    otel_exporter_otlp_endpoint: str | None = Field(default=None, validation_alias="OTEL_EXPORTER_OTLP_ENDPOINT",
                                                    description="The OTLP/HTTP collector, e.g. http://localhost:4318 "
                                                    "(the exporter reads it, and the other OTEL_EXPORTER_OTLP_* "
                                                    "variables, itself); setting it turns tracing on.")
    otel_service_name: str = Field(default="digital-employee", min_length=1, max_length=100,
                                   description="service.name of the spans.")
    otel_capture_content: bool = Field(default=False, description="Record prompt and completion text (as sent: "
                                       "masked) on LLM spans. Off: model, tokens and timings only.")

    log_level: str = Field(default="INFO")
    log_json: bool = Field(default=True)

    @field_validator("llm_capabilities")
    @classmethod
    def _known_capabilities(cls, value: str) -> str:
        from core.llm_capabilities import parse_pinned

        parse_pinned(value)  # a ValueError names the unknown capability
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
