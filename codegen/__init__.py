"""The docs → spec → client pipeline."""
