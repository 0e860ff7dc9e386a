#!/usr/bin/env python3
"""Kills `tavle run` at many moments and checks that nothing is lost.

    scripts/kill-harness.py [TAVLE] [--teams N] [--kills K] [--step-ms MS]

Makes a generated workspace of N teams (scripts/make-bench-workspace.py), commits a first run,
then K times: changes every team's report (a new notebook version), starts `tavle run
--all-teams`, sends SIGKILL after i x MS milliseconds, and checks the invariant the README
promises: `git fsck` clean; HEAD the old run or the new one; after the next `tavle run`,
`git status` clean, HEAD the new run, the reports the new version's, `tavle verify
--reports-only` green, no temporary pack and no install note left. Ends with
'N passed, N failed' on its own line.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def git(args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tavle", nargs="?", default=os.path.join(ROOT, ".build/release/tavle"))
    parser.add_argument("--teams", type=int, default=11)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--step-ms", type=float, default=15)
    options = parser.parse_args()
    tavle = os.path.abspath(options.tavle)
    env = dict(os.environ, TAVLE_LANGUAGE="en")
    work = tempfile.mkdtemp(prefix="tavle-kill-")
    passed = failed = 0
    try:
        workspace = os.path.join(work, "workspace")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts/make-bench-workspace.py"), workspace, str(options.teams), "6", "36"],
                       check=True, capture_output=True)
        notebook = os.path.join(workspace, "rapport.md")
        out = os.path.join(workspace, "out")
        with open(notebook, encoding="utf-8") as file:
            original = file.read()

        def write_version(version):
            text = original.replace("\nversion: 1\n", f"\nversion: {version}\n") if "\nversion: 1\n" in original \
                else original.replace("---\n", f"---\nversion: {version}\n", 1)
            with open(notebook, "w", encoding="utf-8") as file:
                file.write(text)

        write_version(1)
        subprocess.run([tavle, "run", notebook, "--all-teams"], env=env, check=True, capture_output=True)
        for attempt in range(options.kills):
            version = attempt + 2
            old = git(["rev-parse", "HEAD"], out).stdout.strip()
            write_version(version)
            process = subprocess.Popen([tavle, "run", notebook, "--all-teams"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(attempt * options.step_ms / 1000)
            process.send_signal(signal.SIGKILL)
            process.wait()
            problems = []
            killed = git(["rev-parse", "HEAD"], out).stdout.strip()
            if git(["fsck", "--no-progress"], out).returncode != 0:
                problems.append("fsck after the kill")
            after = subprocess.run([tavle, "run", notebook, "--all-teams"], env=env, capture_output=True, text=True)
            if after.returncode != 0:
                problems.append(f"the next run failed: {after.stderr.strip()[:300]}")
            head = git(["rev-parse", "HEAD"], out).stdout.strip()
            if killed not in (old, head):
                problems.append(f"HEAD after the kill ({killed[:7]}) is neither the old run nor the new one")
            status = git(["status", "--porcelain"], out).stdout
            if status:
                problems.append(f"git status not clean: {status[:200]}")
            if git(["fsck", "--no-progress"], out).returncode != 0:
                problems.append("fsck after the next run")
            trailers = git(["log", "-1", "--format=%(trailers:key=Notebook-Version,valueonly)"], out).stdout.strip()
            if trailers != str(version) and head == old:
                problems.append(f"HEAD is not version {version}")
            verify = subprocess.run([tavle, "verify", "--reports-only", "--output", out], env=env, capture_output=True, text=True)
            if verify.returncode != 0:
                problems.append(f"verify: {verify.stdout.strip()[-300:]}")
            packs = os.listdir(os.path.join(out, ".git/objects/pack"))
            if any(name.startswith("tmp_pack_") for name in packs):
                problems.append("a temporary pack is left")
            if os.path.exists(os.path.join(out, ".git/tavle-installing")):
                problems.append("the install note is left")
            moment = f"kill {attempt} at {attempt * options.step_ms:.0f} ms ({'after' if killed != old else 'before'} the branch moved)"
            if problems:
                failed += 1
                print(f"{moment}:", *problems, sep="\n  ", file=sys.stderr)
            else:
                passed += 1
                print(moment, "ok")
        print(f"{options.kills} kills of a {options.teams}-team run")
        print(f"{passed} passed, {failed} failed")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
