"""`make bench`: the figures of the performance issue, measured on a generated corpus."""
