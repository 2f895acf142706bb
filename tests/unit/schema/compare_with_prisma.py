#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Manual check, not part of CI: runs Prisma's own parser (../shared/prisma-kit schema-oracle.js) on each
# golden case of tests/data/prisma/parser (or validation) and diffs its rendered P1012 message with the
# expectation stored in the case. Usage (on a host with node):
#   KIT=$(../shared/prisma-kit/setup.sh); tests/unit/schema/compare_with_prisma.py $KIT [parser|validation] [TOPIC]
# (TOPIC: only the cases under that sub-folder, e.g. `recovery`).
import json, os, re, shutil, subprocess, sys, tempfile

kit = sys.argv[1]
suite = sys.argv[2] if len(sys.argv) > 2 else "parser"
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../data/prisma", suite)
if len(sys.argv) > 3:
    root = os.path.join(root, sys.argv[3])

def expectation(text):
    idx = None
    for m in re.finditer("\n", text):
        nxt = text[m.end():m.end() + 2]
        if len(nxt) < 2:
            continue
        if nxt == "//":
            idx = m.end() if idx is None else idx
        else:
            idx = None
    if idx is None:
        return ""
    out = []
    for line in text[idx:].split("\n"):
        out.append(line.rstrip("\r")[3:] if line.startswith("// ") else "")
    return "\n".join(out).rstrip("\n") + "\n"

def prisma(path_or_dir, display):
    res = subprocess.run(["node", os.path.join(kit, "schema-oracle.js"), path_or_dir, "--no-datamodel", "--compact"],
                         capture_output=True, text=True, cwd=display)
    data = json.loads(res.stdout)
    msg = data["validation"]["message"] or ""
    msg = re.sub(r"\n\nValidation Error Count: \d+$", "", msg)
    return (msg.rstrip("\n") + "\n") if msg else ""

same = differ = 0
for dirpath, dirs, files in sorted(os.walk(root)):
    if "expected.diagnostics" in files:
        rel = [f for f in sorted(files) if f.endswith(".prisma")]
        got = prisma(".", dirpath)
        want = open(os.path.join(dirpath, "expected.diagnostics")).read()
        name = os.path.relpath(dirpath, root)
        dirs[:] = []
    else:
        for f in sorted(files):
            if not f.endswith(".prisma"):
                continue
            text = open(os.path.join(dirpath, f), newline="").read()
            with tempfile.TemporaryDirectory() as tmp:
                with open(os.path.join(tmp, "schema.prisma"), "w", newline="") as out:
                    out.write(text)
                got = prisma("schema.prisma", tmp)
            want = expectation(text)
            name = os.path.relpath(os.path.join(dirpath, f), root)
            if got == want:
                same += 1
            else:
                differ += 1
                print(f"=== {name} differs\n--- Prisma\n{got}--- Facet\n{want}")
        continue
    if got == want:
        same += 1
    else:
        differ += 1
        print(f"=== {name} differs\n--- Prisma\n{got}--- Facet\n{want}")
print(f"{same} identical, {differ} different")
