"""Every query of the README's "Example SQL" section answers on a fresh build of seeds/."""
from __future__ import annotations

import re

import duckdb
import pytest
from dagster_support import PROJECT_ROOT


def readme_queries() -> list[str]:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Example SQL", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


def test_the_readme_has_the_example_queries():
    assert len(readme_queries()) == 6


@pytest.mark.parametrize("query", readme_queries(), ids=lambda q: q.splitlines()[0][3:40])
def test_readme_query_answers(seed_build, query):
    warehouse_dir, _ = seed_build
    with duckdb.connect(str(warehouse_dir / "warehouse.duckdb"), read_only=True) as con:
        rows = con.sql(query).fetchall()
    if "revisions" not in query:  # the seed texts revise nothing
        assert rows, query
