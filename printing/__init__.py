"""Official documents: templates, rendering to PDF, the print queue (issue: Documents)."""
