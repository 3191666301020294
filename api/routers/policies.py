from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUpload

from agent.intake import resume_from_file, validate
from api.body import json_object
from api.deps import AdminDep, PrincipalDep, ServicesDep
from core.errors import Unprocessable
from tools.documents import check_text
from tools.resumes.extract import MAX_BYTES

router = APIRouter(prefix="/v1/policies", tags=["policies"])

UPLOAD_BODY = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
        "file": {"type": "string", "format": "binary", "description": ".md .txt .pdf .docx"},
        "title": {"type": "string", "description": "Defaults to the document's first heading or the file name"}}}},
    "application/json": {"schema": {"type": "object", "required": ["title", "text"], "properties": {
        "title": {"type": "string"}, "text": {"type": "string"}}}}}}}


class PolicyText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=300)
    text: str = Field(min_length=1, max_length=2_000_000)


def _title_from(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()[:300] or fallback
    return fallback


@router.post("", status_code=201, summary="Upload a policy (same title: a new version; the old one retires)",
             openapi_extra=UPLOAD_BODY)
async def upload(request: Request, _admin: AdminDep, services: ServicesDep) -> dict[str, Any]:
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=5)
        upload_file = form.get("file")
        if not isinstance(upload_file, StarletteUpload):
            raise Unprocessable("send the policy as the form field `file`",
                                errors=[{"field": "file", "message": "required"}])
        data = await upload_file.read(MAX_BYTES + 1)
        name = upload_file.filename or "policy.txt"
        extracted = await run_in_threadpool(resume_from_file, name, data, "file")
        title = form.get("title")
        text = extracted["text"]
        title = title if isinstance(title, str) and title.strip() else _title_from(text, name.rsplit(".", 1)[0])
        fmt = extracted["format"]
    else:
        body = validate(PolicyText, await json_object(request))
        title, text, fmt = body.title, body.text, "text"
    try:
        check_text(title)
        check_text(text)
    except ValueError as exc:
        raise Unprocessable(str(exc), errors=[{"field": "text", "message": str(exc)}]) from None
    return await run_in_threadpool(services.policies.upload, title=title.strip(), text=text, fmt=fmt)


@router.get("", summary="The policies (active versions; include_retired for all)")
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
