#!/usr/bin/env python3
"""The load test of `report-cli serve` (issue 16), on loopback only, bounded in count and time.

    python3 bench/load.py [--bin .build/release/report-cli] [--rows 20000] [--clients 16]
                          [--per-client 5] [--limit 600]

Run it through bench/load, which builds the release binary first. Python standard library only:
threads and http.client, the multipart bodies built by hand (once, before any timing).

What it does, in order, all in one run:
1. writes a ROWS-row log with `scripts/generate-log --rows ROWS --seed 1` into bench/out/;
2. starts `report-cli serve --port 0`, reads the port from its `serving on http://127.0.0.1:PORT/`
   line, and samples its RSS idle (VmRSS and VmHWM of /proc/PID/status) one second after that;
3. GET / (the page), 50 times; a quarterly report of the sample log (seeds/*.csv, 2024-Q1, office
   전북) through POST /api/quarterly, 20 times; the 2024-Q3 quarterly report of the ROWS-row log
   through the API and through `report-cli quarterly LOG --period 2024-Q3 -o OUT --force`, 5 times
   each, alternating (so that both see the same machine);
4. CLIENTS concurrent clients making PER-CLIENT 2024-Q3 quarterly reports each of that log, one
   office each: every answer must be 200 with a workbook (a zip: PK\\x03\\x04); p50/p95 latency,
   reports a second, the server's peak RSS (VmHWM) and the total time;
5. stops the server with SIGTERM and looks for what is left of its work folder
   ($TMPDIR/report-cli-serve-PID-*).
Every request is made on a new connection, timed from the connect to the last byte of the answer.
It prints a Markdown table and exits 1 when any request failed, 3 when the whole run passed LIMIT
seconds (default 600: it then stops the server and says so).
"""
import argparse
import glob
import http.client
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
OFFICES = ["KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-50", "KR-41",
           "KR-42", "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

started = time.monotonic()
limit = 600.0
server = None          # the server's Popen
children = []          # other processes running (the CLI), killed on a time-out
failures = []          # one line per failed request
lock = threading.Lock()
aborting = threading.Event()   # set once the time limit is passed: the run stops where it is


def stop_if_aborting():
    """After the time limit, the main flow and the clients wait here until the process exits."""
    if aborting.is_set():
        threading.Event().wait()


def remaining():
    return limit - (time.monotonic() - started)


def abort_on_time_out():
    """The whole run passed its limit: stop everything, say so, exit 3."""
    aborting.set()
    sys.stdout.flush()
    print(f"\nFAILED: the load test took more than {limit:.0f} s in all; stopped "
          f"(the CLI killed, the server sent SIGTERM, killed 10 s later if still running).",
          file=sys.stderr, flush=True)
    for process in children:
        try:
            process.kill()
        except Exception:
            pass
    if server:   # SIGTERM first, so that it removes its work folder
        try:
            server.terminate()
            server.wait(timeout=10)
        except Exception:
            server.kill()
    os._exit(3)


def status_of(pid):
    """VmRSS and VmHWM of a process, in MB (None when it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            text = f.read()
    except OSError:
        return None, None
    values = {}
    for key in ("VmRSS", "VmHWM"):
        match = re.search(rf"^{key}:\s+(\d+) kB", text, re.M)
        values[key] = int(match.group(1)) / 1024 if match else None
    return values["VmRSS"], values["VmHWM"]


def cpu_seconds(pid):
    """User and system CPU seconds of a process so far (/proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / ticks, int(fields[12]) / ticks


def multipart(fields, files):
    """A multipart/form-data body: fields [(name, value)], files [(field, file name, path)]."""
    boundary = "----load" + uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                     + value.encode("utf-8") + b"\r\n")
    for field, file_name, path in files:
        with open(path, "rb") as f:
            data = f.read()
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
                     f'filename="{file_name}"\r\nContent-Type: text/csv\r\n\r\n'.encode("utf-8")
                     + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Result:
    def __init__(self, label, seconds, status, ok, size, detail="", split=None):
        self.label, self.seconds, self.status, self.ok = label, seconds, status, ok
        self.size, self.detail, self.split = size, detail, split


def request(port, method, path, label, body=None, content_type=None, expect_xlsx=False):
    """One request on a new connection; its time from the connect to the answer's last byte, and
    (sent, first byte) times to split where it went."""
    stop_if_aborting()
    t0 = time.perf_counter()
    status, data, detail = None, b"", ""
    sent = first = None
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=max(1.0, remaining()))
        headers = {"Connection": "close"}
        if body is not None:
            headers["Content-Type"] = content_type
            headers["Content-Length"] = str(len(body))
        connection.request(method, path, body=body, headers=headers)
        sent = time.perf_counter()
        response = connection.getresponse()
        first = time.perf_counter()
        status = response.status
        data = response.read()
        kind = response.getheader("Content-Type", "")
        connection.close()
    except Exception as error:  # a refused or broken connection is a failed request
        detail = f"{type(error).__name__}: {error}"
        kind = ""
    seconds = time.perf_counter() - t0
    ok = status == 200
    if ok and expect_xlsx and not (data[:4] == b"PK\x03\x04" and kind.startswith(XLSX)):
        ok, detail = False, f"not a workbook ({kind}, starts {data[:8]!r})"
    if status is not None and status != 200:
        detail = data[:300].decode("utf-8", "replace")
    stop_if_aborting()   # a request cut by the time limit is not a failure to report
    result = Result(label, seconds, status, ok, len(data), detail,
                    (sent - t0, first - sent, seconds - (first - t0)) if first else None)
    if not ok:
        with lock:
            failures.append(f"{label}: status {status}: {detail}")
    return result


def median_ms(results):
    return statistics.median(r.seconds for r in results) * 1000


def percentile(values, p):
    """The nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    global limit, server
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "report-cli"))
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--per-client", type=int, default=5)
    parser.add_argument("--limit", type=float, default=600, help="seconds for the whole run")
    args = parser.parse_args()
    limit = args.limit
    watchdog = threading.Timer(limit, abort_on_time_out)
    watchdog.daemon = True
    watchdog.start()
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"load: no {args.bin}; build it: swift build -c release --product report-cli")
    os.makedirs(OUT, exist_ok=True)
    seeds = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.csv")))

    # 1. The log.
    log = os.path.join(OUT, f"generated-{args.rows}.csv")
    subprocess.run([os.path.join(ROOT, "scripts", "generate-log"), "--rows", str(args.rows), "--seed", "1",
                    "-o", log], check=True, timeout=max(1, remaining()))
    log_mb = os.path.getsize(log) / 1e6

    # The bodies, built before any timing.
    sample_body = multipart([("period", "2024-Q1"), ("office", "전북")],
                            [("log", os.path.basename(p), p) for p in seeds])
    big_body = multipart([("period", "2024-Q3")], [("log", os.path.basename(log), log)])
    office_bodies = [multipart([("period", "2024-Q3"), ("office", office)],
                               [("log", os.path.basename(log), log)]) for office in OFFICES]

    # 2. The server.
    environment = dict(os.environ)
    environment.pop("REPORT_TOKEN", None)   # no token: loopback only
    server_log = open(os.path.join(OUT, "load-server-stderr.txt"), "w")
    server = subprocess.Popen([args.bin, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=server_log,
                              env=environment, text=True)
    line = server.stdout.readline()
    match = re.search(r"serving on http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        server.kill()
        sys.exit(f"load: the server did not announce its address (it said {line!r}; see bench/out/load-server-stderr.txt)")
    port = int(match.group(1))
    tmp = environment.get("TMPDIR") or "/tmp"
    work = glob.glob(os.path.join(tmp, f"report-cli-serve-{server.pid}-*"))
    time.sleep(1)
    idle_rss, idle_hwm = status_of(server.pid)
    load_before = load_average()
    rss_after = {}   # phase → VmRSS after it (memory growth across requests)

    # 3. One request at a time.
    page = [request(port, "GET", "/", "page") for _ in range(50)]
    rss_after["page ×50"] = status_of(server.pid)[0]
    sample = [request(port, "POST", "/api/quarterly", "sample", *sample_body, expect_xlsx=True) for _ in range(20)]
    rss_after["sample ×20"] = status_of(server.pid)[0]
    cli_output = os.path.join(OUT, "load-cli.xlsx")
    api_big, cli_big = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        process = subprocess.Popen([args.bin, "quarterly", log, "--period", "2024-Q3", "-o", cli_output, "--force"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
        children.append(process)
        _, error = process.communicate(timeout=max(1, remaining()))
        cli_big.append(time.perf_counter() - t0)
        children.remove(process)
        if process.returncode != 0:
            failures.append(f"CLI quarterly: exit {process.returncode}: {error.decode('utf-8', 'replace')[:300]}")
        cpu0 = cpu_seconds(server.pid)
        result = request(port, "POST", "/api/quarterly", "big", *big_body, expect_xlsx=True)
        cpu1 = cpu_seconds(server.pid)
        result.cpu = (cpu1[0] - cpu0[0], cpu1[1] - cpu0[1])
        api_big.append(result)
    rss_after["20k ×5"] = status_of(server.pid)[0]

    # 4. Clients at once.
    samples = []   # VmRSS every 50 ms during the load
    done = threading.Event()

    def sample_rss():
        while not done.is_set():
            rss, _ = status_of(server.pid)
            if rss is not None:
                samples.append(rss)
            done.wait(0.05)

    results = [[] for _ in range(args.clients)]
    barrier = threading.Barrier(args.clients + 1)

    def client(index):
        body = office_bodies[index % len(office_bodies)]
        barrier.wait()
        for _ in range(args.per_client):
            results[index].append(request(port, "POST", "/api/quarterly", f"client {index} ({OFFICES[index % len(OFFICES)]})",
                                          *body, expect_xlsx=True))

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.clients)]
    sampler = threading.Thread(target=sample_rss, daemon=True)
    for thread in threads:
        thread.start()
    sampler.start()
    cpu0 = cpu_seconds(server.pid)
    barrier.wait()
    t0 = time.perf_counter()
    for thread in threads:
        thread.join(timeout=max(1, remaining()))
    load_seconds = time.perf_counter() - t0
    cpu1 = cpu_seconds(server.pid)
    done.set()
    sampler.join()
    load_rss, peak_hwm = status_of(server.pid)
    time.sleep(2)
    rss_after["load, 2 s later"] = status_of(server.pid)[0]
    load_results = [r for rs in results for r in rs]
    load_ok = [r for r in load_results if r.ok]
    requests_folder = [os.path.join(w, "requests") for w in work]
    left_in_requests = sum(len(os.listdir(f)) for f in requests_folder if os.path.isdir(f))
    load_after = load_average()

    # 5. SIGTERM, and what is left of the work folder.
    stop_if_aborting()
    server.send_signal(signal.SIGTERM)
    try:
        exit_status = server.wait(timeout=min(30, max(1, remaining())))
    except subprocess.TimeoutExpired:
        server.kill()
        exit_status = "killed (no exit 30 s after SIGTERM)"
    left = [w for w in work if os.path.exists(w)]
    left_files = sum(len(files) for w in left for _, _, files in os.walk(w))
    watchdog.cancel()
    stop_if_aborting()
    total = time.monotonic() - started

    # The table.
    cli_median = statistics.median(cli_big) * 1000
    api_median = median_ms(api_big)
    ratio = api_median / cli_median
    latencies = [r.seconds * 1000 for r in load_results]
    p50 = percentile(latencies, 50) if latencies else float("nan")
    p95 = percentile(latencies, 95) if latencies else float("nan")
    throughput = len(load_ok) / load_seconds
    peak = max([peak_hwm or 0] + samples)

    def met(condition):
        return "met" if condition else "**not met**"

    cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"Machine: {os.cpu_count()} cores ({cpu_model}), shared with other work; load average "
          f"{load_before} before the requests, {load_after} after the load; {platform.platform()}.")
    print(f"Log: {args.rows:,} rows ({log_mb:.1f} MB), scripts/generate-log --seed 1; server "
          f"`report-cli serve --port 0` (default --jobs: {os.cpu_count()} reports at once); each request "
          f"on a new loopback connection.\n")
    print("| measure | measured | target | |")
    print("|---|---|---|---|")
    print(f"| idle server RSS, 1 s after start (VmRSS; VmHWM) | {idle_rss:.1f} MB; {idle_hwm:.1f} MB | < 50 MB | {met(idle_rss < 50)} |")
    print(f"| GET / (the page), median of {len(page)} (min–max) | {median_ms(page):.2f} ms "
          f"({min(r.seconds for r in page) * 1000:.2f}–{max(r.seconds for r in page) * 1000:.2f}) | < 50 ms | {met(median_ms(page) < 50)} |")
    print(f"| POST /api/quarterly, sample log 2024-Q1 전북, median of {len(sample)} (min–max) | {median_ms(sample):.1f} ms "
          f"({min(r.seconds for r in sample) * 1000:.1f}–{max(r.seconds for r in sample) * 1000:.1f}) | < 200 ms | {met(median_ms(sample) < 200)} |")
    print(f"| POST /api/quarterly, {args.rows:,}-row log 2024-Q3, median of {len(api_big)} | {api_median:.0f} ms | | |")
    print(f"| `report-cli quarterly` same log and period, wall, median of {len(cli_big)} | {cli_median:.0f} ms | | |")
    print(f"| API ÷ CLI ({args.rows:,} rows) | {ratio:.2f} × | ≤ 1.5 × | {met(ratio <= 1.5)} |")
    print(f"| load: {args.clients} clients × {args.per_client} reports ({args.rows:,} rows, 2024-Q3, one office each) | "
          f"{len(load_ok)}/{len(load_results)} succeeded | all | {met(len(load_ok) == len(load_results) == args.clients * args.per_client)} |")
    print(f"| load: latency p50 / p95 | {p50:.0f} / {p95:.0f} ms | | |")
    print(f"| load: throughput | {throughput:.2f} reports/s | | |")
    print(f"| load: total time | {load_seconds:.1f} s | | |")
    print(f"| load: server peak RSS (VmHWM) | {peak:.1f} MB | < 500 MB | {met(peak < 500)} |")
    print()
    print("Details:")
    print(f"- the {args.rows:,}-row API requests, each (ms: total = request written + to first byte + rest of the answer; server CPU user+sys): "
          + "; ".join(f"{r.seconds * 1000:.0f} = {r.split[0] * 1000:.0f} + {r.split[1] * 1000:.0f} + {r.split[2] * 1000:.0f}, "
                      f"CPU {sum(r.cpu) * 1000:.0f}" if r.split else f"{r.seconds * 1000:.0f} (failed)" for r in api_big))
    print(f"- the CLI runs, each (ms): " + ", ".join(f"{s * 1000:.0f}" for s in cli_big))
    print(f"- under load the server used {cpu1[0] - cpu0[0]:.1f} s user + {cpu1[1] - cpu0[1]:.1f} s system CPU "
          f"over {load_seconds:.1f} s ({(sum(cpu1) - sum(cpu0)) / load_seconds:.2f} cores); "
          f"latency min {min(latencies):.0f}, max {max(latencies):.0f} ms; workbooks {min(r.size for r in load_results) / 1e3:.0f}–"
          f"{max(r.size for r in load_results) / 1e3:.0f} KB")
    print(f"- server VmRSS after each phase (MB): idle {idle_rss:.1f}, "
          + ", ".join(f"{k} {v:.1f}" for k, v in rss_after.items() if v is not None)
          + f"; highest VmRSS sampled during the load {max(samples) if samples else float('nan'):.1f}")
    print(f"- request folders left in the work folder before SIGTERM: {left_in_requests}; after SIGTERM the server "
          f"exited with {exit_status} and {'its work folder is gone' if not left else f'left {left} ({left_files} files)'}"
          f"{'' if work else ' (no work folder was found under ' + tmp + ')'}")
    print(f"- the whole run took {total:.0f} s (limit {limit:.0f} s)")
    if failures:
        print(f"\nFAILED: {len(failures)} request(s):", file=sys.stderr)
        for line in failures[:20]:
            print("  " + line, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        if server and server.poll() is None:
            server.kill()
