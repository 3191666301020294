from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUpload

from agent.configs import pdf_limits
from api.body import JsonObject, json_object, openapi_body
from api.deps import PrincipalDep, ServicesDep, VendorRecordsDep
from api.schemas import MatchResult, ResumeParseAnswer, RiskFlags, SkillTaxonomy, problem_doc
from core.errors import Unprocessable
from services.documents import read_resume_body, resume_from_file
from services.tools import check_match_access, invoice_match, resume_parse, risk_flags
from tools.policies.models import LookupResult
from tools.resumes import taxonomy
from tools.resumes.extract import MAX_BYTES as MAX_RESUME_BYTES
from tools.resumes.skills import taxonomy as skills_taxonomy

router = APIRouter(prefix="/v1/tools", tags=["tools"])
INVOICE_FORMS_SCHEMA: dict[str, Any] = {
    "invoice": {"type": "object"}, "credit_note": {"type": "object"}, "ubl_xml": {"type": "string"},
    "cii_xml": {"type": "string"}, "xml": {"type": "string"},
    "file": {"type": "object", "properties": {"filename": {"type": "string"}, "content_base64": {"type": "string"}}},
}
skills_router = APIRouter(prefix="/v1", tags=["tools"])

INVOICE_MATCH_BODY = openapi_body({
    "type": "object",
    "properties": {**INVOICE_FORMS_SCHEMA, "purchase_order": {"type": "object"},
                   "goods_receipts": {"type": "array", "items": {"type": "object"}}},
    "description": "One of `invoice`, `credit_note`, `ubl_xml`, `cii_xml`, `xml` (UBL or CII, detected) or `file` "
                   "(`{filename, content_base64}`: XML, a Factur-X/ZUGFeRD/XRechnung PDF, or a text PDF); "
                   "omitted PO and receipts are looked up by the invoice's po_number "
                   "(stored master data: finance and compliance reviewers and admins only; anyone may send both "
                   "inline).",
})


@router.post("/invoice-match", response_model=MatchResult,
             summary="Match an invoice (or UBL XML) against its PO and receipts",
             openapi_extra=INVOICE_MATCH_BODY,
             responses={403: problem_doc("The PO or receipts would come from master data, and the caller is "
                                             "not a finance or compliance reviewer or an admin")})
async def match(principal: PrincipalDep, services: ServicesDep, body: JsonObject) -> dict[str, Any]:
    check_match_access(principal, body)
    result = await run_in_threadpool(invoice_match, services.db, services.settings, body,
                                     pdf_limits(services.settings))
    return result.model_dump(mode="json")


RISK_FLAGS_BODY = openapi_body({
    "type": "object", "properties": INVOICE_FORMS_SCHEMA,
    "description": "An invoice in any form invoice-match takes; its vendor's master data, bank-account history "
                   "and earlier invoices are the context.",
})


@router.post("/risk-flags", response_model=RiskFlags,
             summary="The risk flags an invoice raises, each with its evidence (finance and "
             "compliance reviewers and admins: the evidence shows bank accounts and other invoices)",
             openapi_extra=RISK_FLAGS_BODY,
             responses={403: problem_doc("Not a finance or compliance reviewer or an admin")})
async def flags(_reader: VendorRecordsDep, services: ServicesDep, body: JsonObject) -> dict[str, Any]:
    found = await run_in_threadpool(risk_flags, services.db, services.settings, body, pdf_limits(services.settings))
    return {"flags": [flag.model_dump(mode="json") for flag in found]}


RESUME_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
        "file": {"type": "string", "format": "binary", "description": ".pdf .docx .txt .md, at most 10 MB"},
        "job_id": {"type": "string"}}}},
    "application/json": {"schema": {"type": "object", "properties": {
        "text": {"type": "string"}, "filename": {"type": "string"}, "content_base64": {"type": "string"},
        "json_resume": {"type": "object", "description": "A JSON Resume document (jsonresume.org schema v1.2.1), "
                        "instead of or beside the text or file"},
        "job_id": {"type": "string"}}}}}}}
ResumeFormat = Literal["parsed-resume", "json-resume"]


@router.post("/resume-parse", response_model=ResumeParseAnswer,
             summary="Parse a resume (multipart `file` or JSON), with its match to a job",
             description="Answers `{resume: ParsedResume, match?}` by default; with `format=json-resume`, a JSON "
                         "Resume document (jsonresume.org schema v1.2.1) built from the same parsed result: "
                         "protected attributes omitted, personal data as in the default format, and the language, "
                         "years of professional experience, the redacted list and the match under `meta`.",
             openapi_extra=RESUME_BODY)
async def resume_parse_tool(request: Request, _principal: PrincipalDep, services: ServicesDep,
                            format: ResumeFormat = Query(
                                default="parsed-resume",
                                description="`parsed-resume` (default): `{resume: ParsedResume, match?: JobMatch}`; "
                                            "`json-resume`: a JSON Resume document")) -> Any:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=5)
        upload = form.get("file")
        job_id = form.get("job_id")
        if not isinstance(upload, StarletteUpload):
            raise Unprocessable("send the resume as the form field `file`",
                                errors=[{"field": "file", "message": "required"}])
        data = await upload.read(MAX_RESUME_BYTES + 1)
        resume = await run_in_threadpool(resume_from_file, upload.filename or "resume", data, "file",
                                         pdf_limits(services.settings))
    else:
        body = await json_object(request)
        job_id = body.pop("job_id", None)
        resume = await run_in_threadpool(read_resume_body, body, pdf_limits(services.settings))
    if job_id is not None and not isinstance(job_id, str):
        raise Unprocessable("job_id must be a string", errors=[{"field": "job_id", "message": "a string"}])
    answer = await run_in_threadpool(resume_parse, services.db, resume=resume, job_id=job_id,
                                     llm=services.policies.llm, format=format)
    if format == "json-resume":
        return JSONResponse(answer)  # a JSON Resume document as built, not reshaped by the default's model
    return answer


@skills_router.get("/skills", response_model=SkillTaxonomy,
                   summary="The skill taxonomy (derived from O*NET 29.2): canonical names, the names "
                   "resumes use for them, categories")
def skills(_principal: PrincipalDep, q: str | None = Query(default=None, max_length=100,
                                                            description="Only skills whose name or synonyms "
                                                                        "contain this text"),
           limit: int = Query(default=10_000, ge=1, le=10_000)) -> dict[str, Any]:
    skill_taxonomy = skills_taxonomy()
    needle = (q or "").strip().lower()
    items = []
    for name, entry in skill_taxonomy.skills.items():
        synonyms = [*entry.get("aliases", []), *entry.get("cased", []), *entry.get("zh", [])]
        if needle and needle not in name and not any(needle in s.lower() for s in synonyms):
            continue
        items.append({"name": name, "category": entry.get("category"), "synonyms": synonyms,
                      "context_only": list(entry.get("cased", [])) if entry.get("context") else []})
        if len(items) >= limit:
            break
    languages = taxonomy()["languages"]
    return {"version": 2, "source": skill_taxonomy.source, "attribution": skill_taxonomy.attribution,
            "total": len(skill_taxonomy.skills), "skills": items,
            "languages": [{"name": name, "synonyms": synonyms} for name, synonyms in languages.items()]}


class PolicyQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=8000, description="Cut to its first 1,000 characters for "
                          "scoring: say what you ask first")
    top_k: int = Field(default=3, ge=1, le=10)


@router.post("/policy-lookup", response_model=LookupResult,
             summary="Answer from company policy with clause-level citations, or found: false")
def policy_lookup(body: PolicyQuestion, _principal: PrincipalDep, services: ServicesDep) -> dict[str, Any]:
    return services.policies.lookup(body.question, body.top_k).model_dump(mode="json")
