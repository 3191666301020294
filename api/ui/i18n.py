"""The web pages' words in English and Chinese. A missing Chinese entry falls back to English."""

from __future__ import annotations

from collections.abc import Callable

LANGS = ("en", "zh")

_ZH = {
    "Digital Employee": "数字员工",
    "Sign in": "登录",
    "Sign out": "退出",
    "API key": "API 密钥",
    "Signed in as": "当前用户",
    "Inbox": "待审队列",
    "Pending reviews": "待审核",
    "Kind": "类型",
    "Summary": "摘要",
    "Age": "等待时长",
    "Due": "截止",
    "Overdue": "已逾期",
    "Risk": "风险",
    "All kinds": "全部类型",
    "Only overdue": "仅逾期",
    "Filter": "筛选",
    "Nothing is waiting for you.": "暂无待审任务。",
    "Task": "任务",
    "Status": "状态",
    "Proposal": "建议",
    "Evidence": "依据",
    "Invoice lines": "发票行",
    "Line": "行",
    "PO line": "订单行",
    "Ordered": "订购数量",
    "Received": "收货数量",
    "Invoiced": "开票数量",
    "PO price": "订单单价",
    "Invoice price": "发票单价",
    "Variance %": "价差 %",
    "Exceptions": "异常",
    "Risk flags": "风险标记",
    "Written by a language model: check it against the figures below": "由语言模型撰写：请对照下方数据核对",
    "Written by a language model: check it against the quoted clauses": "由语言模型撰写：请对照引用的条款核对",
    "History": "事件记录",
    "Decision": "决定",
    "Comment": "备注",
    "Approve": "批准",
    "Reject": "驳回",
    "Edit and approve": "修改后批准",
    "Amount to pay": "应付金额",
    "Review": "审核结果",
    "Details": "详细数据",
    "The key was not accepted.": "密钥无效。",
    "The form expired; please try again.": "表单已过期，请重试。",
    "This page was out of date": "页面已过期",
    "This task changed after you opened it; its current state is below.":
        "打开此页后任务已被他人更改。下方显示当前状态；如仍需处理，请重新决定。",
    "Your decision was not accepted": "决定未被接受",
    "Your decision was recorded.": "决定已记录。",
    "You cannot decide this task.": "您无权处理此任务。",
    "minutes": "分钟",
    "hours": "小时",
    "days": "天",
    "Back to the inbox": "返回待审队列",
    "Ask": "提问",
    "Screening": "初筛",
    "Change the outcome to": "将结果改为",
    "Score part": "评分项",
    "Points": "分数",
    "Score": "总分",
    "Skills": "技能",
    "Skill": "技能",
    "Requirement": "要求",
    "Found": "具备",
    "Experience": "工作年限",
    "Redacted before screening": "筛选前已隐去",
    "Your question": "您的问题",
    "Send": "发送",
}


def translator(lang: str) -> Callable[[str], str]:
    table = _ZH if lang == "zh" else {}
    return lambda text: table.get(text, text)
