"""Command-line entry point: ``python run_pipeline.py extract PATH... [-o OUT.jsonl]``."""

import sys

from pipeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
