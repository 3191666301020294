from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUpload

from agent.configs import pdf_limits
from api.body import json_object
from api.deps import AdminDep, PrincipalDep, ServicesDep
from api.schemas import PolicyList, PolicyUploaded
from core.errors import Unprocessable
from core.validation import validate
from services.documents import policy_from_file
from tools.documents import check_text
from tools.resumes.extract import MAX_BYTES

router = APIRouter(prefix="/v1/policies", tags=["policies"])

REPLACES = {"type": "string", "maxLength": 120,
            "description": "The doc_id (or series id) of the document this upload is a new version of; that "
                           "version retires. Without it, an upload is always a new document."}
UPLOAD_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
        "file": {"type": "string", "format": "binary", "description": ".md .txt .html .pdf .docx"},
        "title": {"type": "string", "description": "Defaults to the front matter's title, the first heading or "
                                                   "the file name"},
        "replaces": REPLACES}}},
    "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
        "title": {"type": "string"}, "text": {"type": "string"}, "replaces": REPLACES}}}}}}


class PolicyText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=300)
    text: str = Field(min_length=1, max_length=2_000_000)
    replaces: str | None = Field(default=None, min_length=1, max_length=120)


def _form_text(form: Any, name: str, limit: int) -> str | None:
    value = form.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise Unprocessable(f"`{name}` is text of at most {limit} characters",
                            errors=[{"field": name, "message": "invalid"}])
    return value.strip()


@router.post("", status_code=201, response_model=PolicyUploaded,
             summary="Upload a policy: a new document, or a new version of `replaces`",
             openapi_extra=UPLOAD_BODY)
async def upload(request: Request, _admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    name: str | None = None
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=5)
        upload_file = form.get("file")
        if not isinstance(upload_file, StarletteUpload):
            raise Unprocessable("send the policy as the form field `file`",
                                errors=[{"field": "file", "message": "required"}])
        data = await upload_file.read(MAX_BYTES + 1)
        name = (upload_file.filename or "policy.txt")[-300:]
        policy_file = await run_in_threadpool(policy_from_file, name, data, "file",
                                              pdf_limits(services.settings, policy=True))
        title, replaces = _form_text(form, "title", 300), _form_text(form, "replaces", 120)
        text, fmt = policy_file.text, policy_file.format
    else:
        body = validate(PolicyText, await json_object(request))
        title, text, fmt, replaces = body.title, body.text, "text", body.replaces
    try:
        if title:
            check_text(title)
        check_text(text)
    except ValueError as exc:
        raise Unprocessable(str(exc), errors=[{"field": "text", "message": str(exc)}]) from None
    return await run_in_threadpool(services.policies.upload, title=title, text=text, fmt=fmt, replaces=replaces,
                                   source_name=name)


@router.get("", response_model=PolicyList,
             summary="The policies (active versions; include_retired for all)")
def list_policies(_principal: PrincipalDep, services: ServicesDep,
                  include_retired: bool = Query(default=False)) -> dict[str, Any]:
    from storage import policies as store

    with services.db.session() as session:
        return {"items": store.list_documents(session, include_retired=include_retired),
                "retrieval": services.policies.retrieval}


@router.delete("/{doc_id}", status_code=204, summary="Delete a policy version")
def delete(_admin: AdminDep, services: ServicesDep, doc_id: str = Path(max_length=120)) -> Response:
    services.policies.delete(doc_id)
    return Response(status_code=204)
