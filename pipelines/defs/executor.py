"""One process for the whole run.

The default multiprocess executor starts a Python process per step (seconds
each, plus Great Expectations' import in the validation steps); this graph is
a short chain where every step needs the previous one, so nothing runs in
parallel anyway. The UI's "Materialize all" and the CLI job both use this.
"""
import dagster as dg

defs = dg.Definitions(executor=dg.in_process_executor)
