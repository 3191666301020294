from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path
from fastapi.responses import Response

from api.deps import AdminDep, PrincipalDep, ServicesDep
from api.schemas import TaskRead, problem_doc
from core.errors import Conflict, Forbidden, NotFound
from services.reviews import ResumeRequest, decide
from services.views import task_view, visible_task
from storage import deliveries, tasks

router = APIRouter(prefix="/v1/tasks", tags=["tasks"])
TaskId = Path(max_length=36, description="The task id")


@router.get("/{task_id}", response_model=TaskRead,
             summary="A task with its proposal, review, deliveries and events (its requester, when "
            "not a reviewer of its domain, sees its status only: `view: status`)")
def get_task(principal: PrincipalDep, services: ServicesDep, task_id: str = TaskId) -> dict[str, Any]:
    with services.db.session() as session:
        return visible_task(session, principal=principal, task_id=task_id)


@router.get("/{task_id}/original", summary="The file the task came from (an invoice PDF or XML), as it was sent: "
            "reviewers of the task's domain and admins",
            response_class=Response,
            responses={200: {"content": {"application/pdf": {}, "application/xml": {}}},
                       404: problem_doc("No such task, or it came without a file")})
def get_original(principal: PrincipalDep, services: ServicesDep, task_id: str = TaskId) -> Response:
    with services.db.session() as session:
        task = tasks.get(session, task_id=task_id)
        if not principal.can_review(task.domain):
            raise Forbidden("the original is for reviewers of the task's domain and admins")
        original = tasks.original(session, task_id=task_id)
        if original is None:
            raise NotFound(f"task {task_id} did not come with a file")
        # Shown inline in the browser's own viewer, never sniffed as something else; nothing in it may run here.
        safe_name = "".join(c if c.isalnum() or c in "._-" else "_" for c in original.filename)[:100] or "original"
        return Response(content=original.content, media_type=original.media_type, headers={
            "Content-Disposition": f'inline; filename="{safe_name}"', "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "sandbox; default-src 'none'", "Cache-Control": "private, no-store",
            "X-Original-SHA256": original.sha256})


@router.post("/{task_id}/resume", response_model=TaskRead,
             summary="Decide a task awaiting review: approve, reject or edit",
             responses={403: problem_doc("Not a reviewer of the domain, or the task's requester"),
                        409: problem_doc("Not awaiting review, or stale version")})
def resume(body: ResumeRequest, principal: PrincipalDep, services: ServicesDep,
           task_id: str = TaskId) -> dict[str, Any]:
    return decide(services.db, services.runner, principal=principal, task_id=task_id, request=body)


@router.post("/{task_id}/redeliver", response_model=TaskRead,
             summary="Send a final task to its source's callback again (admin)")
def redeliver(_admin: AdminDep, services: ServicesDep, task_id: str = TaskId) -> dict[str, Any]:
    with services.db.session() as session:
        task = tasks.get(session, task_id=task_id)
        if task.status not in tasks.FINAL_STATUSES:
            raise Conflict(f"task {task_id} is {task.status}; only final tasks are delivered")
        if not deliveries.enqueue(session, task=task):
            raise Conflict("the task's source has no callback_url")
        view = task_view(session, task)
    if services.worker is not None:
        services.worker.notify()
    return view
