"""`make bench`: figures for the pipeline, written to BENCHMARKS.md."""
