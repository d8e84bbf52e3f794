"""Several databases seeded as one (issue 13): ``seedbed plan|seed|verify --workspace seedbed.toml``."""

from seedbed.workspace.run import WorkspacePlan, WorkspaceResult, plan_workspace, seed_workspace, verify_workspace

__all__ = ["WorkspacePlan", "WorkspaceResult", "plan_workspace", "seed_workspace", "verify_workspace"]
