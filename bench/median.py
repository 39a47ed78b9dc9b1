#!/usr/bin/env python3
"""Runs a command N times; prints the median wall time in seconds and the largest peak RSS in KB,
for runs too short for /usr/bin/time's 10 ms steps. Usage: median.py N COMMAND [ARG...]"""
import os, subprocess, sys, time

runs, command = int(sys.argv[1]), sys.argv[2:]
walls, peak = [], 0
for _ in range(runs):
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    walls.append(time.perf_counter() - start)
    peak = max(peak, usage.ru_maxrss)
    if status != 0:
        sys.exit(f"median.py: {command[0]} exited with status {status}")
walls.sort()
print(f"{walls[len(walls) // 2]:.4f} {peak}")
