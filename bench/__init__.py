"""The benchmarks behind BENCHMARKS.md (`python -m bench`): a harness shared by the figures, one module
per figure under `figures/`, the report, and the small servers and child processes they start."""
