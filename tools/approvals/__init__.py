"""Approval chains: policies as data (a delegation-of-authority matrix) and the steps a task needs."""

from tools.approvals.chain import band_for, convert, default_steps, plan
from tools.approvals.policy import ApprovalPolicy, Band, StepRule, check_bands, groups_named

__all__ = ["ApprovalPolicy", "Band", "StepRule", "band_for", "check_bands", "convert", "default_steps",
           "groups_named", "plan"]
