"""From save to page: how long the facilitator's preview in tavle serve takes to show a journal
change, in a real browser (Playwright for Python driving Debian's Chromium): from the moment
the file is written to the moment the page's frame has loaded the new report.

    .build/browser-venv/bin/python scripts/serve-preview-timing.py [TAVLE] [TIMES]

Works on a copy of the example workspace (Notebooks/) and its report repository (output/nb,
from make demo), previews samling-4 for molde-sykehjem-2, and changes that team's journal
TIMES times (10 by default): the median and the slowest, in milliseconds.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from playwright.sync_api import expect, sync_playwright

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tavle = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/tavle"))
times = int(sys.argv[2]) if len(sys.argv) > 2 else 10
work = tempfile.mkdtemp()
try:
    shutil.copytree(os.path.join(root, "Notebooks"), os.path.join(work, "Notebooks"))
    shutil.copytree(os.path.join(root, "output/nb"), os.path.join(work, "output/nb"))
    workspace = os.path.join(work, "Notebooks")
    environment = dict(os.environ, TAVLE_LANGUAGE="en")
    made = subprocess.run(
        [tavle, "access", "add", "--facilitator", "Timing", "--workspace", workspace],
        capture_output=True, text=True, check=True, env=environment)
    link = re.search(r"/signin/\S+", made.stdout).group(0)
    server = subprocess.Popen(
        [tavle, "serve", "--workspace", workspace, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment)
    base = re.search(r"http://127\.0\.0\.1:\d+", server.stdout.readline()).group(0)
    journal_path = os.path.join(workspace, "journals/molde-sykehjem-2.yaml")
    with open(journal_path, encoding="utf-8") as file:
        journal = file.read()
    measured = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(base + link)
        page.locator("form[action='/signin'] button").click()  # in the network's language
        page.wait_for_url(re.compile(r"/facilitator$"))
        page.goto(base + "/facilitator/preview/samling-4/molde-sykehjem-2")
        frame = page.frame_locator("#preview")
        expect(frame.get_by_text("Halvere fallene fra utgangspunktet").first).to_be_visible()
        for attempt in range(times):
            page.wait_for_timeout(400)
            # The moment the frame has loaded the new report, taken in the page (Playwright's
            # own waiting polls, and would add its interval to the figure).
            page.evaluate(
                """() => { window.loadedAt = new Promise(resolve => document.getElementById("preview")
                     .addEventListener("load", () => resolve(Date.now()), { once: true })); }""")
            words = f"Halvere fallene, versjon {attempt}"
            started = time.time() * 1000
            with open(journal_path, "w", encoding="utf-8") as file:
                file.write(journal.replace("Halvere fallene fra utgangspunktet", words))
            loaded = page.evaluate("() => window.loadedAt")
            expect(frame.get_by_text(words).first).to_be_visible(timeout=5000)
            measured.append(loaded - started)
        browser.close()
    server.terminate()
    server.wait()
    print(f"save to page, {times} changes: median {statistics.median(measured):.0f} ms, slowest {max(measured):.0f} ms")
finally:
    shutil.rmtree(work)
