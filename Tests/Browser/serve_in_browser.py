"""tavle serve in a real browser (Debian's Chromium, driven by Playwright for Python).

Run by Tests/TavleEndToEndTests/BrowserServeTests.swift, which makes the network, starts the
server and checks the report repository afterwards. Arguments: the server's address, a team
link, a second link of the same team, a revoked link, a facilitator's link, the path of
team-b's journal and Chromium's. Prints one line per step and exits
non-zero at the first step that does not hold.
"""

import re
import sys
import time

from playwright.sync_api import expect, sync_playwright

base, link, second_link, revoked_link, facilitator_link, journal_path = sys.argv[1:7]
chromium = sys.argv[7] if len(sys.argv) > 7 else "/usr/bin/chromium"


def step(text):
    print("step:", text, flush=True)


with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
    team = browser.new_page()
    other = browser.new_context().new_page()  # a second browser of the same team, signed in apart

    step("the team opens its link: the page says whom it signs in, and Enter on its button signs in")
    team.goto(base + link)
    expect(team.get_by_text("as the team Care home, ward A")).to_be_visible()
    expect(team.get_by_role("button", name="Sign in")).to_be_focused()
    team.keyboard.press("Enter")
    expect(team).to_have_url(re.compile(r"/teams/team-a$"))
    expect(team.get_by_role("heading", level=1)).to_have_text("Care home, ward A")
    expect(team.get_by_role("link", name="first-report")).to_be_visible()

    step("the second browser opens the same goal form before the first saves")
    other.goto(base + second_link)
    other.get_by_role("button", name="Sign in").click()
    other.wait_for_url(re.compile(r"/teams/team-a$"))
    other.goto(base + "/teams/team-a/journal/goals/fewer-falls")

    step("the team opens its goal with the keyboard only")
    team.goto(base + "/teams/team-a")
    change = team.get_by_role("link", name="Change the goal")
    change.focus()
    team.keyboard.press("Enter")
    expect(team).to_have_url(re.compile(r"/journal/goals/fewer-falls$"))
    target = team.get_by_label("Target")
    expect(target).to_have_value("4")

    step("as it types a new target, the form says a reason is needed, before anything is sent")
    target.fill("3")
    expect(team.locator("#goal-check")).to_contain_text("changed its target from 4 to 3")

    step("it changes the target without a reason: the error stands beside the reason field")
    team.get_by_role("button", name="Save the change").click()
    problem = team.locator("#reason-problem")
    expect(problem).to_be_visible()
    expect(problem).to_contain_text("changed its target from 4 to 3")
    reason = team.get_by_label("Why the goal changes")
    expect(reason).to_have_attribute("aria-describedby", "reason-problem")
    expect(reason).to_be_focused()
    expect(target).to_have_value("3")  # what was typed is kept

    step("it adds a reason and sends the form with the keyboard")
    reason.fill("Night lights in every room work; we aim lower.")
    team.keyboard.press("Tab")
    team.keyboard.press("Enter")
    saved = team.locator(".saved")
    expect(saved).to_contain_text("commit")
    commit = re.search(r"commit ([0-9a-f]{7})", saved.inner_text()).group(1)
    print("commit:", commit, flush=True)

    step("the new commit is in the team's history, with the team as author")
    team.get_by_role("link", name=re.compile("Everything recorded")).click()
    row = team.locator("section", has_text=commit).first
    expect(row).to_contain_text("Care home, ward A")
    expect(row).to_contain_text("4")
    team.go_back()

    step("the second browser sends its stale form and is shown the conflict: the other change, and its own form kept")
    other.get_by_label("Target").fill("5")
    other.get_by_label("Why the goal changes").fill("From the second browser.")
    other.get_by_role("button", name="Save the change").click()
    expect(other.get_by_role("heading", level=1)).to_have_text("Someone else changed the journal")
    expect(other.locator(".diff").first).to_contain_text("Night lights in every room work")
    expect(other.locator(".diff").first.locator("ins").first).to_be_visible()
    # The form below keeps what this browser changed (its target and reason), ready to send again.
    expect(other.get_by_label("Target")).to_have_value("5")
    expect(other.get_by_label("Why the goal changes")).to_have_value("From the second browser.")

    step("a form whose token was taken out is refused")
    team.goto(base + "/teams/team-a/journal/decision")
    team.eval_on_selector("form[action$='/journal/decision'] input[name=form_token]", "e => e.remove()")
    team.get_by_label("What was decided").fill("Without a token.")
    team.get_by_role("button", name="Save", exact=True).click()
    expect(team.get_by_role("heading", level=1)).to_have_text("The form has expired")

    step("HTML typed into a field is shown as text")
    team.goto(base + "/teams/team-a/journal/decision")
    team.get_by_label("What was decided").fill("<img src=x onerror=alert(1)><b>Bold?</b>")
    team.get_by_role("button", name="Save", exact=True).click()
    expect(team.locator("li", has_text="<b>Bold?</b>")).to_be_visible()
    assert team.locator("main b").count() == 0, "the <b> typed became markup"
    assert team.locator("main img").count() == 0, "the <img> typed became markup"

    step("another site's page cannot sign the team's browser in under its own link")
    # A page elsewhere that sends a sign-in form to tavle (with a token it got from its own
    # link's page). In a real browser three things stop it at once: the visitor's browser has
    # no sign-in cookie for that token, a SameSite=Strict cookie would not be sent with a
    # cross-site form anyway, and the browser marks the form cross-site (Sec-Fetch-Site). Each
    # is tested alone through the socket (ServeTests.noOneIsSignedInUnderALinkOpenedElsewhere);
    # here, that a real browser ends with no session.
    attacker_token = re.search(r'name="token" value="([^"]+)"', team.request.get(base + second_link).text()).group(1)
    lure = browser.new_context().new_page()
    lure.set_content(
        f'<form method="post" action="{base}/signin"><input name="token" value="{attacker_token}">'
        '<button>Win a prize</button></form>')
    lure.get_by_role("button", name="Win a prize").click()
    expect(lure.get_by_role("heading", level=1)).to_have_text("Sign in from your link")
    assert not [c for c in lure.context.cookies() if c["name"] == "tavle_session"], "the lure signed the browser in"

    step("a revoked link no longer signs in")
    stranger = browser.new_context().new_page()
    response = stranger.goto(base + revoked_link)
    assert response.status == 403, response.status
    expect(stranger.get_by_role("heading", level=1)).to_have_text("This sign-in link does not work")

    step("the facilitator's preview is made again by itself when a journal is saved")
    facilitator = browser.new_context().new_page()
    facilitator.goto(base + facilitator_link)
    facilitator.get_by_role("button", name="Sign in").click()
    facilitator.wait_for_url(re.compile(r"/facilitator$"))
    facilitator.goto(base + "/facilitator/preview/first-report/team-b")
    frame = facilitator.frame_locator("#preview")
    expect(frame.get_by_text("A third fewer falls").first).to_be_visible()
    facilitator.wait_for_timeout(300)  # the page's long poll is under way
    with open(journal_path, encoding="utf-8") as file:
        journal = file.read()
    started = time.monotonic()
    with open(journal_path, "w", encoding="utf-8") as file:
        file.write(journal.replace("A third fewer falls", "Half as many falls by summer"))
    expect(frame.get_by_text("Half as many falls by summer").first).to_be_visible(timeout=30000)
    print("preview reloaded in ms:", round((time.monotonic() - started) * 1000), flush=True)

    step("every address the facilitator reaches, asked for by the team's browser: only its own open")
    # The facilitator's browser follows every link on every page it can reach; files that a
    # browser would download rather than show (PDFs, CSV, JSON) are fetched with its cookies.
    downloads = (".pdf", ".csv", ".json", ".yaml", ".md", ".zip")
    origin = base.rstrip("/")

    def visit(page, path):
        if path.endswith(downloads):
            response = page.request.get(base + path)
            return response.status, response.body().decode("utf-8", errors="replace")
        response = page.goto(base + path)
        return response.status, page.content()

    seen, queue = set(), ["/facilitator"]
    while queue and len(seen) < 400:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        status, _ = visit(facilitator, path)
        assert status == 200, f"{path} as the facilitator: {status}"
        if path.endswith(downloads):
            continue
        for href in facilitator.eval_on_selector_all(
                "a[href], iframe[src]", "nodes => nodes.map(n => n.href || n.src)"):
            if href.startswith(origin + "/"):
                found = href[len(origin):].split("#")[0].split("?")[0]
                if found not in seen and not found.endswith((".css", ".js")):
                    queue.append(found)
    assert "/teams/team-b/journal/goals/fewer-falls" in seen, sorted(seen)
    assert any(path.startswith("/teams/team-c/reports/") for path in seen), sorted(seen)
    others = {"team-b": "Care home, ward B", "team-c": "Home care, north", "team-d": "Short-stay ward"}
    refused = 0
    for path in sorted(seen):
        status, body = visit(team, path)
        own = path == "/teams/team-a" or path.startswith("/teams/team-a/")
        if own:
            assert status == 200, f"{path} as team-a: {status}"
        else:
            assert status in (403, 404), f"{path} as team-a: {status}"
            refused += 1
        for other, name in others.items():
            assert other not in body and name not in body, f"{path} as team-a names {other}"
    print(f"crawled {len(seen)} addresses; {refused} refused to the team", flush=True)

    browser.close()
    print("all steps held", flush=True)
