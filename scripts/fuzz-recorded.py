#!/usr/bin/env python3
"""Fuzzes the readers of recorded files: verify, history, diff, trace and log must never crash
or hang on a report repository whose manifests, ledger files, recorded data, journal copies or
notebook copies were tampered with, truncated or hand-edited. They may fail (exit 1, with a
finding that names the file); they may not die of a signal, print a Swift "Fatal error", or run
past a time limit.

    scripts/fuzz-recorded.py [TAVLE] [--inputs N] [--seed S]

Each input is one mutation of one recorded file (random byte flips, a truncation, a line
removed or doubled, a JSON value replaced by another type, a JSON key removed), committed
with git on top of a report repository of the example workspace, then read by every reader.
Ends with 'N passed, N failed' on its own line.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIME_LIMIT = 60


def run(args, cwd, env):
    try:
        done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIME_LIMIT, errors="replace")
    except subprocess.TimeoutExpired:
        return "hang", ""
    if done.returncode < 0:
        return f"signal {-done.returncode}", done.stderr[-400:]
    if "Fatal error" in done.stderr or done.returncode not in (0, 1):
        return f"exit {done.returncode}", done.stderr[-400:]
    return None, ""


def git(args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def mutate(data: bytes, path: str, rng: random.Random) -> bytes:
    choice = rng.randrange(6)
    if choice == 0 and data:  # flip bytes
        data = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if choice == 1:  # truncate
        return data[: rng.randrange(len(data) + 1)]
    lines = data.split(b"\n")
    if choice == 2 and len(lines) > 1:  # remove a line
        del lines[rng.randrange(len(lines))]
        return b"\n".join(lines)
    if choice == 3 and lines:  # double a line
        index = rng.randrange(len(lines))
        lines.insert(index, lines[index])
        return b"\n".join(lines)
    if path.endswith(".json"):
        try:
            value = json.loads(data)
        except ValueError:
            return data + b"x"
        containers = []

        def walk(node):
            if isinstance(node, (dict, list)):
                containers.append(node)
                for child in node.values() if isinstance(node, dict) else node:
                    walk(child)

        walk(value)
        if containers:
            node = rng.choice(containers)
            keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
            if keys:
                key = rng.choice(keys)
                if choice == 4:  # another type
                    node[key] = rng.choice([None, "x", -1, 1e308, [], {}, True, "../../etc/passwd"])
                elif isinstance(node, dict):  # a key removed
                    del node[key]
                else:
                    node.pop(key)
        return json.dumps(value, indent=2).encode()
    return data.replace(b"2", b"9", 1) if b"2" in data else data + b"\x00"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tavle", nargs="?", default=os.path.join(ROOT, ".build/release/tavle"))
    parser.add_argument("--inputs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=18)
    options = parser.parse_args()
    tavle = os.path.abspath(options.tavle)
    rng = random.Random(options.seed)
    env = dict(os.environ, TAVLE_LANGUAGE="en", GIT_AUTHOR_NAME="Fuzz", GIT_AUTHOR_EMAIL="fuzz@example.org",
               GIT_COMMITTER_NAME="Fuzz", GIT_COMMITTER_EMAIL="fuzz@example.org")

    work = tempfile.mkdtemp(prefix="tavle-fuzz-")
    try:
        workspace = os.path.join(work, "workspace")
        shutil.copytree(os.path.join(ROOT, "Notebooks"), workspace, ignore=shutil.ignore_patterns(".tavle-cache"))
        out = os.path.join(work, "out")
        for notebook in ["samling-3.md", "samling-4.md"]:
            subprocess.run([tavle, "run", os.path.join(workspace, notebook), "--all-teams", "--output", out], env=env, check=True, capture_output=True)
        recorded = subprocess.run(["git", "ls-files"], cwd=out, check=True, capture_output=True, text=True).stdout.split()
        recorded = [path for path in recorded if path.endswith((".json", ".csv", ".yaml")) or path.startswith("notebooks/")]
        teams = sorted({path.split("/")[0] for path in recorded if path.endswith("journal.yaml")})
        readers = [
            ["verify", "--output", out, "--reports-only"],
            ["verify", "--output", out, "--workspace", workspace],
            ["trace", "--output", out, "--format", "json"],
            ["diff", "HEAD~1", "HEAD", "--output", out],
            ["log", "--output", out, "--format", "json"],
        ]
        passed = failed = 0
        for number in range(options.inputs):
            path = rng.choice(recorded)
            team = rng.choice(teams)
            full = os.path.join(out, path)
            with open(full, "rb") as file:
                original = file.read()
            with open(full, "wb") as file:
                file.write(mutate(original, path, rng))
            git(["commit", "-qam", f"fuzz {number}: {path}", "--allow-empty"], out)
            problems = []
            for reader in readers + [["history", kind, "--team", team, "--output", out] for kind in ("goals", "measurements", "pdsa")]:
                problem, stderr = run([tavle, *reader], out, env)
                if problem:
                    problems.append(f"{' '.join(reader[:2])}: {problem} {stderr}")
            git(["reset", "-q", "--hard", "HEAD~1"], out)
            if problems:
                failed += 1
                print(f"input {number} ({path}):", *problems, sep="\n  ", file=sys.stderr)
            else:
                passed += 1
        print(f"{options.inputs} inputs, each read by {len(readers) + 3} commands")
        print(f"{passed} passed, {failed} failed")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
