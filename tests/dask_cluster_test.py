#!/usr/bin/python3
"""Casus on a real Dask cluster on loopback: a scheduler and two worker
processes on 127.0.0.1; tools/casus-dask must give output and a claim set
byte-identical to one local `casus extract`, also when a worker is killed
mid-run. Exits 77 (ctest: skipped) where Debian's Dask is missing.

Usage: dask_cluster_test.py CASUS_BINARY SOURCE_DIR
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

try:
    from dask.distributed import Client
except ImportError:
    print("SKIP: Debian's python3-distributed is not installed")
    sys.exit(77)

CASUS = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2])
DRIVER = os.path.join(SOURCE, "tools", "casus-dask")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def make_corpus(path, docs):
    texts = []
    for sub in ("seed", "team"):
        d = os.path.join(SOURCE, "corpora", sub)
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt"):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    texts.append(f.read())
    with open(path, "w", encoding="utf-8") as f:
        for i in range(docs):
            t = texts[i % len(texts)]
            f.write(json.dumps({"id": "doc%d" % i, "text": t[(i * 37) % 600:],
                                "source": "pub%d" % (i % 7)}) + "\n")


class Cluster:
    def __init__(self, workdir):
        self.port = free_port()
        self.addr = "tcp://127.0.0.1:%d" % self.port
        log = open(os.path.join(workdir, "cluster.log"), "w")
        self.scheduler = subprocess.Popen(
            ["dask-scheduler", "--host", "127.0.0.1", "--port", str(self.port),
             "--no-dashboard"], stdout=log, stderr=log)
        self.workers = []
        for i in range(2):
            self.workers.append(subprocess.Popen(
                ["dask-worker", self.addr, "--nthreads", "1", "--nworkers", "1",
                 "--no-dashboard", "--name", "w%d" % i, "--local-directory", workdir],
                stdout=log, stderr=log))
        client = Client(self.addr, timeout=60)
        client.wait_for_workers(2, timeout=60)
        client.close()

    def stop(self):
        for p in self.workers + [self.scheduler]:
            if p.poll() is None:
                p.terminate()
        for p in self.workers + [self.scheduler]:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


class DaskClusterTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="casus-dask-test-")
        cls.corpus = os.path.join(cls.dir, "corpus.jsonl")
        make_corpus(cls.corpus, 400)
        cls.local = os.path.join(cls.dir, "local.jsonl")
        subprocess.run([CASUS, "extract", "-q", cls.corpus, "-o", cls.local,
                        "--claims-out", cls.local + ".claims"], check=True)
        cls.cluster = Cluster(cls.dir)

    @classmethod
    def tearDownClass(cls):
        cls.cluster.stop()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def read(self, path):
        with open(path, "rb") as f:
            return f.read()

    def run_driver(self, name, shard_docs):
        out = os.path.join(self.dir, name + ".jsonl")
        proc = subprocess.Popen(
            [DRIVER, self.corpus, "-o", out, "--claims-out", out + ".claims",
             "--scheduler", self.cluster.addr, "--shard-docs", str(shard_docs),
             "--casus", CASUS, "--quiet", "--workdir", os.path.join(self.dir, name + "-work")])
        return proc, out

    def test_1_identical_to_local_run(self):
        proc, out = self.run_driver("cluster", 40)
        self.assertEqual(proc.wait(timeout=600), 0)
        self.assertEqual(self.read(out), self.read(self.local))
        self.assertEqual(self.read(out + ".claims"), self.read(self.local + ".claims"))

    def test_2_survives_a_killed_worker(self):
        proc, out = self.run_driver("killed", 10)
        time.sleep(2.0)
        victim = self.cluster.workers[0]
        # dask-worker runs the worker in a child process: kill the group.
        os.kill(victim.pid, signal.SIGKILL)
        for child in subprocess.run(["pgrep", "-P", str(victim.pid)],
                                    capture_output=True, text=True).stdout.split():
            os.kill(int(child), signal.SIGKILL)
        self.assertEqual(proc.wait(timeout=600), 0)
        self.assertEqual(self.read(out), self.read(self.local))
        self.assertEqual(self.read(out + ".claims"), self.read(self.local + ".claims"))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
