"""The Dagster UI in a real browser: materialize everything from the asset graph and read a check.

Runs when Debian's chromium is installed (`.ci/run` installs it); Playwright only drives it.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest
from dagster_support import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
# the switches that keep Chromium off the network on a machine with none
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
RUN_TIMEOUT_S = 300
SCREENSHOTS = PROJECT_ROOT / "tests" / "ui" / "screenshots"  # kept after the run for a person to look at


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(url: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"dagster dev exited with {server.returncode}")
        try:
            with urllib.request.urlopen(url + "/server_info", timeout=2):
                return
        except OSError:
            time.sleep(1)
    raise TimeoutError(f"{url} did not answer in {timeout} s")


@pytest.fixture
def dagster_ui(tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    warehouse_dir = tmp_path / "warehouse"
    port = free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home), "WAREHOUSE_DIR": str(warehouse_dir),
           "WAREHOUSE_SOURCES_DIR": str(PROJECT_ROOT / "seeds")}
    log = (tmp_path / "dagster_dev.log").open("w")
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster"), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, server)
        yield url, warehouse_dir
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # dagster dev waits for its daemon and code server; don't wait forever
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def test_materialize_all_from_the_asset_graph(dagster_ui):
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only where a browser runs

    url, warehouse_dir = dagster_ui
    shots = SCREENSHOTS
    shots.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.set_default_timeout(120_000)  # a loaded 2-core machine renders the graph slowly
        # the first-visit newsletter dialog may cover the page whenever it shows up
        page.add_locator_handler(page.get_by_role("button", name="Skip"), lambda skip: skip.click())
        page.goto(f"{url}/asset-groups", wait_until="networkidle")
        page.get_by_role("button", name="Materialize all").click()
        page.screenshot(path=str(shots / "asset_graph.png"))

        deadline = time.monotonic() + RUN_TIMEOUT_S
        status = None
        while time.monotonic() < deadline:
            page.goto(f"{url}/runs", wait_until="networkidle")
            text = page.inner_text("body")
            status = "Success" if "Success" in text else "Failure" if "Failure" in text else None
            if status:
                break
            page.wait_for_timeout(3000)
        page.screenshot(path=str(shots / "runs.png"))
        assert status == "Success", page.inner_text("body")[:2000]

        # the checks tab opens on the asset's (only) check: the blocking GX table-level suite
        page.goto(f"{url}/assets/extracted_observations?view=checks", wait_until="networkidle")
        page.get_by_text("Evaluation result").wait_for()
        page.screenshot(path=str(shots / "asset_check.png"), full_page=True)
        check_page = page.inner_text("body")
        assert "observations_table_expectations" in check_page
        assert "Passed" in check_page
        assert "data_docs" in check_page
        browser.close()

    with duckdb.connect(str(warehouse_dir / "warehouse.duckdb"), read_only=True) as con:
        assert con.sql("SELECT count(*) FROM observations").fetchall()[0][0] >= 300
    print(f"screenshots in {shots}")
