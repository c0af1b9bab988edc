#!/usr/bin/env bash
# Builds and tests the Python package in a fresh virtualenv (.venv).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f pyproject.toml ]; then
  echo "no pyproject.toml yet: Python tests skipped"
  exit 0
fi
