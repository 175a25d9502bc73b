#!/bin/sh
# Every figure of benchmarks/README.md in one go: the JMH run (cross-check first, then the table and
# the ratios of issue 16), then the command line at scale (evaluate and validate, 1 and 2 threads,
# 100k, 300k and 1M enterprises, -Xmx256m). Arguments go to JMH; the environment of cli-scale.sh
# (SRDI_SIZES, SRDI_THREADS, SRDI_WORK, SRDI_KEEP) and of run.sh (SRDI_ENTERPRISES) applies.
# About 8 minutes on a quiet 2-core machine, and 1 GB of disk for the portfolios while it runs.
set -e
cd "$(dirname "$0")/.."
sh benchmarks/run.sh "$@"
sh benchmarks/cli-scale.sh
