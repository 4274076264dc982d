#!/usr/bin/env python3
"""Times the benchmark queries with rdflib, for comparison with GraphBuilder's engine.

Usage: rdflib_bench.py DATA.nt QUERY_DIR OUT_DIR [--runs N] [--budget SECONDS]
Loads DATA.nt once, then for each QUERY_DIR/*.rq: one warm-up run (skipped when that run alone exceeds the
budget), then up to N timed runs while the time spent on that query stays under the budget. Writes each
query's answer to OUT_DIR/NAME.srj (SELECT/ASK) or OUT_DIR/NAME.nt (CONSTRUCT) so the caller can compare
answers, and prints one JSON object on stdout: {"load_s": ..., "triples": ..., "queries": {NAME: {...}}}.
"""
import json
import math
import os
import statistics
import sys
import time


MIN_SAMPLE = 0.005  # seconds; the same as SparqlBenchmark.MinSampleSeconds


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    data, qdir, out = argv[0], argv[1], argv[2]
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    budget = float(argv[argv.index("--budget") + 1]) if "--budget" in argv else 20.0
    try:
        import rdflib
        from rdflib.plugins.sparql import prepareQuery
    except ImportError:
        print(json.dumps({"error": "rdflib is not installed (apt-get install python3-rdflib)"}))
        return 0
    os.makedirs(out, exist_ok=True)
    g = rdflib.Graph()
    t0 = time.perf_counter()
    g.parse(data, format="nt")
    load = time.perf_counter() - t0
    result = {"rdflib": rdflib.__version__, "load_s": load, "triples": len(g), "queries": {}}
    for name in sorted(os.listdir(qdir)):
        if not name.endswith(".rq"):
            continue
        with open(os.path.join(qdir, name), encoding="utf-8") as f:
            text = f.read()
        key = name[:-3]
        times = []
        spent = 0.0
        answer = None
        try:
            q = prepareQuery(text)
            repeat = 1
            while len(times) < runs + 1 and (spent < budget or len(times) == 0):
                # A sample lasts at least MIN_SAMPLE seconds, as on the .NET side: a faster query is repeated back to
                # back and the sample divided by the repetitions (the first, warm-up sample sets the count).
                t0 = time.perf_counter()
                for _ in range(repeat):
                    res = g.query(q)
                    if res.type == "CONSTRUCT" or res.type == "DESCRIBE":
                        answer = res.graph
                        n = len(answer)
                    elif res.type == "ASK":
                        answer = res
                        n = 1
                    else:
                        rows = list(res)
                        answer = res
                        n = len(rows)
                dt = time.perf_counter() - t0
                spent += dt
                times.append(dt / repeat)
                if len(times) == 1:
                    repeat = max(1, math.ceil(MIN_SAMPLE / max(dt, 1e-7)))
            # The first run warms caches; drop it when there are others to report.
            timed = times[1:] if len(times) > 1 else times
            entry = {"ms": statistics.median(timed) * 1000.0, "runs": len(timed), "rows": n}
            if res.type in ("CONSTRUCT", "DESCRIBE"):
                path = os.path.join(out, key + ".nt")
                answer.serialize(destination=path, format="nt")
            else:
                path = os.path.join(out, key + ".srj")
                with open(path, "wb") as f:
                    f.write(res.serialize(format="json"))
            entry["answer"] = path
        except Exception as e:  # report and go on with the next query
            entry = {"error": f"{type(e).__name__}: {e}"}
        result["queries"][key] = entry
        print(f"rdflib {key}: {entry}", file=sys.stderr, flush=True)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
