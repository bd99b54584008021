#!/usr/bin/env python3
"""Crash and outage tests: nothing the server acknowledged may be lost.

    scripts/crash-test.py kill9 [sqlite|postgres] [--seconds N] [--bin PATH]
    scripts/crash-test.py pg-outage [--seconds N] [--bin PATH]
    scripts/crash-test.py smtp-outage [sqlite|postgres] [--seconds N] [--bin PATH]
    scripts/crash-test.py disk-full [--seconds N] [--bin PATH]

kill9:     writers submit reports to the meldpunt and register for activities as fast as they
           can; the server is killed with SIGKILL in the middle, started again, and every
           acknowledged write (a receipt code shown, a registration page redirected to) is looked
           up. Prints "acknowledged N, found N" and fails when they differ.
pg-outage: the same load on PostgreSQL; PostgreSQL is stopped for 10 s meanwhile. Requests
           during the outage must get 503 with the translated page, the server must recover
           without a restart, and every acknowledged write must be there afterwards.
smtp-outage: registrations with an e-mail address while no SMTP server listens; then the
           server comes (aiosmtpd): every acknowledged registration's confirmation arrives, once.
           Prints "acknowledged N, found N" (addresses with exactly one confirmation).
disk-full: SQLite on a small tmpfs that is filled up under load: answers are the translated
           503 page (not a crash, not a 500), and once space is freed the writes go on; every
           acknowledged write is there and the integrity check says ok. Needs root (mount).

Standard library only, so it runs wherever the test suite runs. Each writer sends its own
X-Forwarded-For (the server trusts it here), as many residents behind many addresses would.
"""
import argparse
import html
import http.client
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PG_ADMIN = os.environ.get("KANSRIJK_TEST_PG_URL", "postgres://postgres@127.0.0.1:5432/test")


def request(port, method, path, cookie="", body="", ip="127.0.0.1"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
    headers = {
        "Cookie": cookie,
        "Sec-Fetch-Site": "same-origin",
        "X-Forwarded-For": ip,
        "Content-Type": "application/x-www-form-urlencoded",
    }
    conn.request(method, path, body=body.encode(), headers=headers)
    response = conn.getresponse()
    text = response.read().decode("utf-8", "replace")
    result = (response.status, dict(response.getheaders()), text)
    conn.close()
    return result


def between(text, start, end):
    i = text.index(start) + len(start)
    return text[i : text.index(end, i)]


def form_session(port, path, ip):
    """GET a form page: its kr_csrf cookie and the hidden fields."""
    status, headers, text = request(port, "GET", path, ip=ip)
    if status != 200:
        raise RuntimeError(f"GET {path}: {status}")
    cookie = "kr_csrf=" + between(headers.get("Set-Cookie", headers.get("set-cookie", "")), "kr_csrf=", ";")
    hidden = dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', text))
    return cookie, {k: html.unescape(v) for k, v in hidden.items()}


class Server:
    def __init__(self, binary, env, port):
        self.binary, self.env, self.port, self.proc = binary, env, port, None

    def start(self, command):
        log = open(os.environ["CRASH_TEST_LOG"], "ab") if os.environ.get("CRASH_TEST_LOG") else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            [self.binary, command, "--bind", f"127.0.0.1:{self.port}"],
            env=self.env, stdout=log, stderr=log,
        )
        deadline = time.time() + 600
        while time.time() < deadline:
            try:
                if request(self.port, "GET", "/readyz")[0] == 200:
                    return
            except OSError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"kansrijk {command} exited with {self.proc.returncode}")
            time.sleep(0.1)
        raise RuntimeError("the server did not become ready")

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)


class Load:
    """Writers that keep submitting until told to stop; what was acknowledged is remembered."""

    def __init__(self, port, activities, writers):
        self.port, self.activities, self.writers = port, activities, writers
        self.stop_flag = threading.Event()
        self.lock = threading.Lock()
        self.receipts, self.registrations = [], []
        self.statuses = {}
        self.outage_pages = 0
        self.with_email, self.only_registrations, self.addresses = False, False, []

    def note(self, status, text):
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status == 503 and 'lang="nl"' in text and "<h1" in text:
                self.outage_pages += 1

    def report(self, ip):
        cookie, hidden = form_session(self.port, "/meldpunt/melden", ip)
        body = urllib.parse.urlencode({
            "csrf": hidden["csrf"], "submission_key": hidden["submission_key"], "role": "witness",
            "narrative": "Bij de bushalte werd iemand uitgescholden om zijn afkomst.",
            "location": "BU03071000", "terrain": "public_space", "grounds": "origin",
            "nature": "threat", "wants": "register", "residence": "municipality",
            "privacy_read": "yes",
        })
        status, _, text = request(self.port, "POST", "/meldpunt/versturen", cookie, body, ip)
        self.note(status, text)
        if status == 200 and 'id="receipt-code"' in text:
            code = between(text, 'id="receipt-code" lang="en" dir="ltr">', "<").replace(" ", "")
            with self.lock:
                self.receipts.append(code)

    def register(self, ip):
        activity = random.choice(self.activities)
        cookie, hidden = form_session(self.port, f"/activiteiten/{activity}", ip)
        email = f"{ip.replace('.', '-')}.{random.randrange(1 << 30)}@example.nl" if self.with_email else ""
        body = urllib.parse.urlencode({
            "csrf": hidden["csrf"], "key": hidden["key"], "name": "Buurtbewoner",
            "email": email, "phone": "0612345678", "people": "1", "consent": "1",
        })
        status, headers, text = request(self.port, "POST", f"/activiteiten/{activity}/aanmelden", cookie, body, ip)
        self.note(status, text)
        location = headers.get("Location", headers.get("location", ""))
        if status == 303 and "/aanmelding/" in location:
            token = location.split("/aanmelding/")[1].split("?")[0]
            with self.lock:
                self.registrations.append(token)
                if email:
                    self.addresses.append(email)

    def writer(self, n):
        i = 0
        while not self.stop_flag.is_set():
            i += 1
            # A new address each time: the public forms are rate limited per address, and the
            # test is about durability under load, not about the limits.
            ip = f"10.{n}.{random.randrange(256)}.{random.randrange(1, 255)}"
            try:
                (self.report if i % 2 and not self.only_registrations else self.register)(ip)
            except (OSError, RuntimeError, ValueError, http.client.HTTPException):
                # The server is down or restarting: not acknowledged, so nothing to find later.
                time.sleep(0.05)

    def run(self):
        self.threads = [threading.Thread(target=self.writer, args=(n,), daemon=True) for n in range(self.writers)]
        for t in self.threads:
            t.start()

    def finish(self):
        self.stop_flag.set()
        for t in self.threads:
            t.join(timeout=30)

    def acknowledged(self):
        return len(self.receipts) + len(self.registrations)


def found(port, load):
    """How many acknowledged writes the (restarted) server still knows."""
    n = 0
    for code in load.receipts:
        cookie, hidden = form_session(port, "/meldpunt/volgen", "127.0.0.9")
        body = urllib.parse.urlencode({"csrf": hidden["csrf"], "code": code})
        # Each lookup from its own address: the follow-up form is rate limited per address.
        ip = f"172.16.{random.randrange(256)}.{random.randrange(1, 255)}"
        status, _, _ = request(port, "POST", "/meldpunt/volgen", cookie, body, ip)
        n += status == 303
    for token in load.registrations:
        n += request(port, "GET", f"/aanmelding/{token}")[0] == 200
    return n


def open_activities(port):
    _, _, text = request(port, "GET", "/activiteiten")
    ids = sorted(set(re.findall(r'href="/activiteiten/(\d+)"', text)))
    with_form = [i for i in ids if 'name="key"' in request(port, "GET", f"/activiteiten/{i}")[2]]
    if not with_form:
        raise RuntimeError("no activity with a sign-up form in the demo")
    return with_form


class SmtpSink:
    """An SMTP server (aiosmtpd, as in the test suite) that counts what it receives."""

    def __init__(self, port):
        from aiosmtpd.controller import Controller
        import email
        import email.policy
        self.mails, self.lock = [], threading.Lock()
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
                with sink.lock:
                    sink.mails.extend((to.lower(), str(msg["subject"])) for to in envelope.rcpt_tos)
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=port)
        self.controller.start()

    def stop(self):
        self.controller.stop()


def jobs_due(binary, env, kinds):
    out = subprocess.run([binary, "jobs"], env=env, capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line.split("\t")[0] in kinds]


def smtp_outage(args, server, env, port, smtp_port):
    """Registrations while SMTP is down; then the SMTP server comes. Returns (acknowledged, found)."""
    server.start("demo")
    load = Load(port, open_activities(port), args.writers)
    load.with_email = load.only_registrations = True
    load.run()
    time.sleep(args.seconds)
    load.finish()
    print(f"[crash-test] {len(load.addresses)} registrations acknowledged while SMTP was down", flush=True)
    time.sleep(2)
    sink = SmtpSink(smtp_port)
    print("[crash-test] SMTP server started", flush=True)
    try:
        wanted = set(load.addresses)
        confirmations = lambda: [to for to, subject in sink.mails if to in wanted and CONFIRMATION.search(subject)]
        deadline = time.time() + 120
        while time.time() < deadline and len(set(confirmations())) < len(wanted):
            time.sleep(0.5)
        # Then until no mail job is due or running: a duplicate would have been sent by now.
        while time.time() < deadline and jobs_due(args.bin, env, ["mail.send"]):
            time.sleep(0.5)
        got = confirmations()
        once = sum(1 for a in wanted if got.count(a) == 1)
        duplicates = sum(1 for a in wanted if got.count(a) > 1)
        print(f"[crash-test] confirmations: {len(got)} for {len(wanted)} addresses, {duplicates} sent twice", flush=True)
        return len(wanted), once
    finally:
        sink.stop()


# The confirmation mail of a registration (confirmed or on the waiting list), in Dutch.
CONFIRMATION = re.compile(r"^(Je bent aangemeld|Je staat op de wachtlijst)")


def disk_full(args, server, tmp):
    """SQLite on a small tmpfs, filled up under load, then freed. Returns (acknowledged, found, ok)."""
    disk = os.path.join(tmp, "disk")
    os.makedirs(disk)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", disk], check=True)
    try:
        server.env["DATABASE_URL"] = f"sqlite://{disk}/kansrijk.db"
        server.start("demo")
        port = server.port
        load = Load(port, open_activities(port), args.writers)
        load.run()
        time.sleep(args.seconds / 2)
        # Fill what is left but a little: the next writes find the disk full.
        filler = os.path.join(disk, "filler")
        try:
            with open(filler, "wb", buffering=0) as f:
                while True:
                    f.write(b"\0" * (1 << 16))
        except OSError:
            pass  # ENOSPC: full
        print("[crash-test] the disk is full", flush=True)
        time.sleep(args.seconds)
        full_statuses = dict(load.statuses)
        os.remove(filler)
        print("[crash-test] space freed", flush=True)
        before = load.acknowledged()
        time.sleep(args.seconds)
        load.finish()
        print(f"[crash-test] answers: {sorted(load.statuses.items())}; translated 503 pages: {load.outage_pages}", flush=True)
        ok = True
        if server.proc.poll() is not None:
            print("[crash-test] the server died on the full disk", file=sys.stderr)
            ok = False
        if full_statuses.get(503, 0) == 0 or load.outage_pages == 0:
            print("[crash-test] no translated 503 page while the disk was full", file=sys.stderr)
            ok = False
        if load.statuses.get(500, 0):
            print("[crash-test] 500 answers: a full disk was not recognised", file=sys.stderr)
            ok = False
        if load.acknowledged() <= before:
            print("[crash-test] no write succeeded after the space was freed", file=sys.stderr)
            ok = False
        acknowledged, present = load.acknowledged(), found(port, load)
        server.stop()
        import sqlite3
        check = sqlite3.connect(f"{disk}/kansrijk.db").execute("PRAGMA integrity_check").fetchone()[0]
        print(f"[crash-test] SQLite integrity check: {check}", flush=True)
        return acknowledged, present, ok and check == "ok"
    finally:
        server.stop()
        subprocess.run(["umount", "-l", disk], stderr=subprocess.DEVNULL)


def pg_cluster(action):
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["kill9", "pg-outage", "smtp-outage", "disk-full"])
    parser.add_argument("database", nargs="?", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=float, default=4.0, help="load before the crash or outage")
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "kansrijk"))
    args = parser.parse_args()
    database = {"pg-outage": "postgres", "disk-full": "sqlite"}.get(args.mode, args.database)

    tmp = tempfile.mkdtemp(prefix="kansrijk-crash.")
    env = dict(os.environ)
    pg_name = f"kansrijk_crash_{random.randrange(1 << 32):08x}"
    if database == "sqlite":
        env["DATABASE_URL"] = f"sqlite://{tmp}/kansrijk.db"
    else:
        env["DATABASE_URL"] = PG_ADMIN.rsplit("/", 1)[0] + "/" + pg_name
    env.update({
        "KANSRIJK_ENCRYPTION_KEY_FILE": f"{tmp}/kansrijk.key",
        "KANSRIJK_TRUST_FORWARDED_FOR": "true",
        "KANSRIJK_RUN_JOBS": "false",
        "KANSRIJK_DB_ACQUIRE_TIMEOUT_SECS": "2",
        "RUST_LOG": "warn",
    })
    sock = __import__("socket").socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = Server(args.bin, env, port)
    ok = False
    if args.mode == "smtp-outage":
        sock = __import__("socket").socket()
        sock.bind(("127.0.0.1", 0))
        smtp_port = sock.getsockname()[1]
        sock.close()
        env.update({
            "KANSRIJK_SMTP_HOST": "127.0.0.1", "KANSRIJK_SMTP_PORT": str(smtp_port),
            "KANSRIJK_SMTP_TLS": "none", "KANSRIJK_RUN_JOBS": "true",
            "KANSRIJK_JOB_POLL_MILLIS": "200", "KANSRIJK_JOB_RETRY_BASE_SECS": "1",
        })
    try:
        if args.mode in ("smtp-outage", "disk-full"):
            if args.mode == "smtp-outage":
                acknowledged, present = smtp_outage(args, server, env, port, smtp_port)
                ok = acknowledged > 0 and acknowledged == present
            else:
                acknowledged, present, ok = disk_full(args, server, tmp)
                ok = ok and acknowledged > 0 and acknowledged == present
            print(f"[crash-test] {args.mode} {database}: acknowledged {acknowledged}, found {present}", flush=True)
            return_code = 0 if ok else 1
            raise SystemExit(return_code)
        server.start("demo")
        load = Load(port, open_activities(port), args.writers)
        load.run()
        time.sleep(args.seconds)
        if args.mode == "kill9":
            server.kill9()
            print(f"[crash-test] killed with SIGKILL under load ({database})", flush=True)
            load.finish()
            server.start("serve")
        else:
            pg_cluster("stop")
            print("[crash-test] PostgreSQL stopped under load", flush=True)
            time.sleep(10)
            pg_cluster("start")
            print("[crash-test] PostgreSQL started again", flush=True)
            time.sleep(args.seconds)
            load.finish()
            if server.proc.poll() is not None:
                raise RuntimeError("the server died during the outage")
            print(f"[crash-test] answers during the load: {sorted(load.statuses.items())}; "
                  f"translated 503 pages: {load.outage_pages}", flush=True)
            if load.statuses.get(503, 0) == 0 or load.outage_pages == 0:
                raise RuntimeError("no 503 page was seen during the outage")
            if load.statuses.get(500, 0):
                raise RuntimeError("500 answers during the outage: the error was not recognised")
        acknowledged, present = load.acknowledged(), found(port, load)
        print(f"[crash-test] {args.mode} {database}: acknowledged {acknowledged}, found {present}", flush=True)
        ok = acknowledged > 0 and acknowledged == present
        if database == "sqlite":
            server.stop()
            import sqlite3
            check = sqlite3.connect(f"{tmp}/kansrijk.db").execute("PRAGMA integrity_check").fetchone()[0]
            print(f"[crash-test] SQLite integrity check: {check}", flush=True)
            ok = ok and check == "ok"
        if acknowledged == 0:
            print("[crash-test] nothing was acknowledged: the load did not run", file=sys.stderr)
    finally:
        server.stop()
        if args.mode == "pg-outage":
            subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", sorted(os.listdir("/etc/postgresql"))[-1],
                            "main", "start"], stderr=subprocess.DEVNULL)
        if database == "postgres":
            subprocess.run(["psql", PG_ADMIN, "-qc", f"DROP DATABASE IF EXISTS {pg_name} WITH (FORCE)"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
