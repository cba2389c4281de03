"""The section and office heads' approvals inbox."""
