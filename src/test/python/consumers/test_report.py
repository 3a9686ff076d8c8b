"""report.html in headless Chromium (Debian's, driven by Playwright): it renders with no console
error, fetches nothing but itself, draws every chart, and a screenshot is saved for people to look at."""
import os
import pathlib
import shutil

import pytest
from playwright.sync_api import sync_playwright

CHARTS = ["chart-province", "chart-region", "chart-year", "chart-script", "chart-source", "chart-genre",
          "chart-spans", "chart-lengths"]


def chromium():
    path = os.environ.get("ZHENGFA_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "the report test needs Chromium: install it (Debian: apt-get install chromium) or set ZHENGFA_CHROMIUM"
    return path


def test_the_report_renders_in_chromium(release, manifest, request):
    report = release / "report.html"
    assert report.is_file(), "the release has no report.html"
    problems, requests = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 900, "height": 1200})
        page.on("console", lambda message: problems.append(f"console {message.type}: {message.text}")
                if message.type in ("error", "warning") else None)
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(report.as_uri(), wait_until="load")
        for chart in CHARTS:
            box = page.locator(f"svg#{chart}").bounding_box()
            assert box and box["width"] > 300 and box["height"] > 60, f"{chart} is not drawn: {box}"
            assert page.locator(f"svg#{chart} rect").count() > 2, f"{chart} has no bars"
        assert page.title().startswith(manifest["name"] + "-" + manifest["version"])
        summary = page.locator("dl.summary").inner_text()
        assert f"{manifest['counts']['articles']:,}" in summary and f"{manifest['counts']['spans']:,}" in summary
        shots = request.config.getoption("--screenshots")
        if shots:
            out = pathlib.Path(shots)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out), full_page=True)
        browser.close()
    assert not problems, problems
    assert requests == [report.as_uri()], f"the report fetched more than itself: {requests}"
