"""One module per figure of BENCHMARKS.md; each `measure(section, scale, sandbox)` fills in its section."""
