#!/usr/bin/env python3
"""Compare `ats check --format json` with the truth files in tests/truth/.

Usage: benches/truth.py [--corpus DIR] [--verbose] ATS_BIN [ATS_BIN...]

For each binary, prints one table of figures over every truth file whose
resume is in the corpus (see tests/truth/README.md for what each label
means). Several binaries (before / after) give one column each. Reads
schema_version 1 reports too (no variants, no headings, no phone).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_truths(corpus):
    out = []
    folder = os.path.join(ROOT, "tests", "truth")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".toml"):
            continue
        with open(os.path.join(folder, name), "rb") as f:
            t = tomllib.load(f)
        cand = t.get("candidate", {})
        # The first truth files put these under [candidate]; accept both.
        for key in ("headings", "statements", "quantified"):
            if key not in t and key in cand:
                t[key] = cand[key]
        t["_name"] = name
        if os.path.exists(os.path.join(corpus, t["file"])):
            out.append(t)
    return out


def run(binary, corpus, truth):
    path = os.path.join(corpus, truth["file"])
    proc = subprocess.run(
        [binary, "check", path, "--role", truth["role"], "--format", "json", "--no-config"],
        capture_output=True,
        text=True,
    )
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        sys.exit(f"{binary} gave no JSON for {path}: {proc.stderr.strip()}")


def how(k):
    if "match" in k:
        return k["match"]
    return "exact" if k.get("found") else "missing"


def norm(s):
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def digits(s):
    return re.sub(r"\D", "", s or "")


def measure(binary, corpus, truths, verbose):
    f = dict(exact=0, exact_hit=0, tool_exact=0, tool_exact_ok=0, variant=0,
             variant_hit=0, variant_found=0, absent=0, invented=0,
             false_missing=0, traps=0, trap_fp=0, headings=0, heading_hit=0,
             heading_known=False, st_err=[], qu_err=[], st_close=0, qu_close=0,
             names=0, name_ok=0, emails=0, email_ok=0, phones=0, phone_ok=0,
             phone_known=False, files=0)
    for t in truths:
        r = run(binary, corpus, t)
        f["files"] += 1
        kws = {k["term"]: k for k in r["keywords"]}
        notes = []
        for term, label in t["keywords"].items():
            want = label["match"]
            k = kws.get(term)
            if k is None:
                notes.append(f"  ? {term}: not in the role")
                continue
            got = how(k)
            if want == "exact":
                f["exact"] += 1
                f["exact_hit"] += got == "exact"
            if got == "exact":
                f["tool_exact"] += 1
                f["tool_exact_ok"] += want == "exact"
            if want == "variant":
                f["variant"] += 1
                f["variant_hit"] += got == "variant"
                f["variant_found"] += got != "missing"
            if want == "absent":
                f["absent"] += 1
                f["invented"] += got == "variant"
            if want in ("exact", "variant") and got == "missing":
                f["false_missing"] += 1
            if want != got.replace("missing", "absent"):
                shown = ""
                if got == "exact":
                    shown = ", ".join(o["text"] for o in k.get("occurrences", [])[:2])
                elif got == "variant":
                    shown = ", ".join(v["text"] for v in k.get("variants", [])[:2])
                notes.append(f"  {want:>7} → {got:<7} {term}  [{shown}]  truth: {label.get('evidence', '')[:60]}")
        for trap in t.get("trap", []):
            k = kws.get(trap["keyword"])
            if k is None or t["keywords"].get(trap["keyword"], {}).get("match") != "absent":
                continue
            f["traps"] += 1
            if how(k) != "missing":
                f["trap_fp"] += 1
                notes.append(f"  TRAP {trap['keyword']}: {trap['text']}")
        if "headings" in r:
            f["heading_known"] = True
            tool = [norm(h["text"]) for h in r["headings"]]
            for h in t.get("headings", []):
                f["headings"] += 1
                hit = norm(h) in tool
                f["heading_hit"] += hit
                if not hit:
                    notes.append(f"  heading missed: {h}")
        q = r["quantification"]
        st, qu = q.get("statements", q.get("bullets")), q["quantified"]
        ts, tq = t.get("statements", 0), t.get("quantified", 0)
        f["st_err"].append(abs(st - ts))
        f["qu_err"].append(abs(qu - tq))
        f["st_close"] += abs(st - ts) <= max(1, 0.1 * ts)
        f["qu_close"] += abs(qu - tq) <= max(1, 0.1 * tq)
        if (st, qu) != (ts, tq):
            notes.append(f"  statements {st}/{ts}, quantified {qu}/{tq}")
        c, tc = r.get("candidate", {}), t.get("candidate", {})
        if tc.get("name"):
            f["names"] += 1
            ok = norm(c.get("name")) == norm(tc["name"])
            f["name_ok"] += ok
            if not ok:
                notes.append(f"  name {c.get('name')!r} / {tc['name']!r}")
        if tc.get("email"):
            f["emails"] += 1
            ok = (c.get("email") or "").lower() == tc["email"].lower()
            f["email_ok"] += ok
            if not ok:
                notes.append(f"  email {c.get('email')!r} / {tc['email']!r}")
        if tc.get("phone"):
            f["phones"] += 1
            if "phone" in c:
                f["phone_known"] = True
            ok = digits(c.get("phone"))[-10:] == digits(tc["phone"])[-10:] != ""
            f["phone_ok"] += ok
            if not ok and "phone" in c:
                notes.append(f"  phone {c.get('phone')!r} / {tc['phone']!r}")
        if verbose and notes:
            print(f"{t['_name']} ({t['role']}, score {r['score']})")
            print("\n".join(notes))
    return f


def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def rows(f):
    n = f["files"]
    mean = lambda xs: f"{sum(xs) / len(xs):.1f}" if xs else "n/a"
    return [
        ("resumes", str(n)),
        ("exact recall", f"{ratio(f['exact_hit'], f['exact'])} ({f['exact_hit']}/{f['exact']})"),
        ("exact precision", f"{ratio(f['tool_exact_ok'], f['tool_exact'])} ({f['tool_exact_ok']}/{f['tool_exact']})"),
        ("variant recall (as variant)", f"{ratio(f['variant_hit'], f['variant'])} ({f['variant_hit']}/{f['variant']})"),
        ("variant found at all", f"{ratio(f['variant_found'], f['variant'])} ({f['variant_found']}/{f['variant']})"),
        ("variants invented on absent", f"{ratio(f['invented'], f['absent'])} ({f['invented']}/{f['absent']})"),
        ("false missing per 5 resumes", f"{5 * f['false_missing'] / n:.1f} ({f['false_missing']} in {n})" if n else "n/a"),
        ("trap false positives", f"{f['trap_fp']} of {f['traps']}"),
        ("heading recall", f"{ratio(f['heading_hit'], f['headings'])} ({f['heading_hit']}/{f['headings']})" if f["heading_known"] else "n/a"),
        ("statements within 10%", f"{f['st_close']}/{n} (mean |error| {mean(f['st_err'])})"),
        ("quantified within 10%", f"{f['qu_close']}/{n} (mean |error| {mean(f['qu_err'])})"),
        ("name right", f"{f['name_ok']}/{f['names']}"),
        ("e-mail right", f"{f['email_ok']}/{f['emails']}"),
        ("phone right", f"{f['phone_ok']}/{f['phones']}" if f["phone_known"] else "n/a"),
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bins", nargs="+", metavar="ATS_BIN")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"no corpus at {args.corpus}: nothing to measure")
        return
    truths = load_truths(args.corpus)
    tables = [rows(measure(b, args.corpus, truths, args.verbose)) for b in args.bins]
    width = max(len(r[0]) for r in tables[0])
    cols = [max(len(t[i][1]) for i in range(len(t))) for t in tables]
    print(" " * width + "  " + "  ".join(os.path.relpath(b)[:c].ljust(c) for b, c in zip(args.bins, cols)))
    for i, (label, _) in enumerate(tables[0]):
        print(label.ljust(width) + "  " + "  ".join(t[i][1].ljust(c) for t, c in zip(tables, cols)))


if __name__ == "__main__":
    main()
