"""Runs commands in turn as whole processes under GNU time, ROUNDS times after one warm-up each, and prints the
median wall time, CPU and peak RSS of each and, for every command after the first, the median of its round-by-round
wall-time ratio to the first. Usage: paired.py ROUNDS NAME=COMMAND... (output of each command goes to /dev/null)."""
import shlex
import statistics
import subprocess
import sys
import tempfile


def run(command):
    with tempfile.NamedTemporaryFile("r") as out:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", out.name] + shlex.split(command),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            sys.exit(f"failed ({done.returncode}): {command}\n{done.stderr[-2000:]}")
        wall, user, system, rss = out.read().split()[-4:]
        return float(wall), float(user) + float(system), int(rss) / 1024


def main():
    rounds = int(sys.argv[1])
    commands = [arg.split("=", 1) for arg in sys.argv[2:]]
    for _, command in commands:
        run(command)
    runs = {name: [] for name, _ in commands}
    for _ in range(rounds):
        for name, command in commands:
            runs[name].append(run(command))
    first = commands[0][0]
    for name, _ in commands:
        wall = statistics.median(r[0] for r in runs[name])
        cpu = statistics.median(r[1] for r in runs[name])
        rss = statistics.median(r[2] for r in runs[name])
        line = f"{name:14} wall {wall:6.2f} s  cpu {cpu:6.2f} s  peak RSS {rss:7.1f} MiB"
        if name != first:
            ratio = statistics.median(p[0] / o[0] for p, o in zip(runs[name], runs[first]))
            line += f"  wall / {first}'s: {ratio:.2f}"
        print(line, flush=True)


main()
