#!/usr/bin/python3
"""Reads HandshakeLab's accessibility tree the way Orca does, over AT-SPI (issue 21).

Usage (tests/a11y/run_atspi_check does the setup): atspi_tree_check.py GUI CLI LESSON
Runs inside a D-Bus session with an X server. Starts the GUI with accessibility on at a few
steps of LESSON and fails (exit 1, one line per finding) if
  - a focusable control has no name,
  - the sequence diagram exposes fewer segment items than the lesson sends segment copies
    (counted from `CLI run LESSON --format jsonl`, the trace itself),
  - a state box's accessible name is not the state the CLI's narration says the host is in
    (`CLI run LESSON --format text`: one line per step, "The client goes from A to B."),
  - the state machine lacks any of the 11 states (RFC 9293 §3.3.2).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

STATES = ["CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1",
          "FIN_WAIT_2", "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"]


def trace_of(cli, lesson):
    out = subprocess.run([cli, "run", lesson, "--format", "jsonl"], check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def steps_to_check(cli, lesson):
    """(step, {"Client": state, "Server": state}) for the start, two steps inside and the end."""
    out = subprocess.run([cli, "run", lesson, "--format", "text", "--lang", "en"], check=True,
                         capture_output=True, text=True).stdout
    steps = [l for l in out.splitlines() if re.match(r"^\s*\d+\.\d+ s\s", l)]
    if len(steps) < 4:
        sys.exit(f"atspi: the CLI's narration has {len(steps)} steps: wrong format?")
    state = {"Client": "CLOSED", "Server": "CLOSED"}  # before anything happens
    per_step = [dict(state)]
    for line in steps:
        for host, to in re.findall(r"The (client|server) goes from [A-Z_0-9]+ to ([A-Z_0-9]+)\.", line):
            state[host.capitalize()] = to
        per_step.append(dict(state))
    end = re.search(r"^End at .*: client ([A-Z_0-9]+), server ([A-Z_0-9]+)\.", out, re.M)
    if end:
        per_step[-1] = {"Client": end.group(1), "Server": end.group(2)}
    last = len(steps)
    return [(k, per_step[k]) for k in sorted({0, 3, last - 4, last})]


def walk(node, depth=0):
    yield node, depth
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def find_app(proc, timeout=30.0):
    """The GUI's application node, or None if the GUI exited before it appeared."""
    desktop = pyatspi.Registry.getDesktop(0)
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            return None
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == proc.pid and app.childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    sys.exit("atspi: the GUI never appeared on the accessibility bus")


def by_name_prefix(app, prefix):
    return [n for n, _ in walk(app) if (n.name or "").startswith(prefix)]


def check_step(gui, lesson, step, expected_states, segment_copies, env, problems):
    args = [gui, "--lang", "en", "--size", "1600x1000", "--step", str(step), lesson]
    proc = subprocess.Popen(args, env=env)
    app = find_app(proc)
    if app is None:
        # Once more: on a busy machine another test's Xvfb may have been starting on the same
        # display number (xvfb-run -a picks the first free one without a lock).
        print(f"atspi: the GUI exited with status {proc.returncode} before it appeared; starting it again")
        time.sleep(2)
        proc = subprocess.Popen(args, env=env)
        app = find_app(proc)
        if app is None:
            sys.exit(f"atspi: the GUI exited early with status {proc.returncode}")
    try:
        time.sleep(1.0)  # the window is laid out and the lesson loaded
        where = f"step {step}"
        nodes = list(walk(app))
        for node, _ in nodes:
            states = node.getState()
            role = node.getRoleName()
            # A label is read by its text, not a control (Qt marks a selectable one focusable);
            # a row of panel tabs with no tab (only its scroll buttons) is a spare the dock layout
            # keeps hidden: Qt names a tab row by its current tab, and it has none.
            if role == "label" or (role == "page tab list" and not any(
                    node.getChildAtIndex(i).getRoleName() == "page tab" for i in range(node.childCount))):
                continue
            if states.contains(pyatspi.STATE_FOCUSABLE) and not (node.name or "").strip():
                problems.append(f"{where}: focusable {node.getRoleName()} without a name "
                                f"(parent: {node.parent.getRoleName() if node.parent else '-'} "
                                f"'{node.parent.name if node.parent else ''}')")
        diagrams = [n for n, _ in nodes if n.name == "Sequence diagram"]
        if len(diagrams) != 1:
            problems.append(f"{where}: expected one 'Sequence diagram', found {len(diagrams)}")
        else:
            d = diagrams[0]
            labels = [d.getChildAtIndex(i).name for i in range(d.childCount)]
            # Segment items are named like their arrows: flags first ("SYN seq=100", "ACK seq=...").
            segs = [l for l in labels if " seq=" in l]
            if len(segs) < segment_copies:
                problems.append(f"{where}: the diagram exposes {len(segs)} segment items, the lesson has {segment_copies} segment copies")
        for host, state in expected_states.items():
            boxes = [n for n, _ in nodes if (n.name or "").startswith(host + ":") and n.getRoleName() != "list item"]
            if not boxes:
                problems.append(f"{where}: no state box for {host}")
            elif not any(b.name == f"{host}: {state}" for b in boxes):
                problems.append(f"{where}: the {host} state box reads {[b.name for b in boxes]}, the trace says {state}")
        fsm = [n for n, _ in nodes if n.name == "TCP state diagram"]
        if len(fsm) != 1:
            problems.append(f"{where}: expected one 'TCP state diagram', found {len(fsm)}")
        else:
            names = [fsm[0].getChildAtIndex(i).name for i in range(fsm[0].childCount)]
            for s in STATES:
                if not any(n == s or n.startswith(s + ":") for n in names):
                    problems.append(f"{where}: the state machine has no node {s} (it has {names})")
            for host, state in expected_states.items():
                here = f"{state}: "
                node = [n for n in names if n.startswith(here)]
                if not node or host.lower() not in node[0]:
                    problems.append(f"{where}: the state machine does not say the {host.lower()} is in {state} ({names})")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main():
    gui, cli, lesson = sys.argv[1:4]
    events = trace_of(cli, lesson)
    # Each Deliver or Drop is one copy of a segment reaching its fate: one arrow in the ladder.
    copies = sum(1 for e in events if e.get("type") in ("deliver", "drop"))
    if copies == 0:
        sys.exit("atspi: the CLI's trace has no delivered or dropped segment: wrong format?")
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    home = tempfile.mkdtemp(prefix="hl-atspi-")
    env["XDG_CONFIG_HOME"] = home  # the user's settings are neither read nor written
    problems = []
    for step, states in steps_to_check(cli, lesson):
        check_step(gui, lesson, step, states, copies, env, problems)
    for p in problems:
        print("atspi:", p)
    print(f"atspi: {'FAILED' if problems else 'ok'}: {lesson}, {copies} segment copies")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
