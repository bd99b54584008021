#!/usr/bin/env python3
"""Hostile traffic against a running Kansrijk server (driven by bench/hostile.sh).

Phases: (a) crawl every same-origin link reachable from / in every language, (b) GETs of the
known paths with made-up query parameters, (c) every form found, posted with hostile values
(first from one scanner address, then from a new address per request so that rate limits do not
stop the values reaching the handlers), (e) optionally a short wrk run for the throughput. (d) A
thread samples the server's VmRSS every 0.1 s throughout.

Prints the peak and final RSS and the count of answers per status class; exits 1 when the peak
RSS reaches the limit, when any answer was a 5xx (listed with its URL) or when the server died.
Only the standard library, so it runs wherever python3 does.
"""

import argparse
import collections
import html.parser
import http.client
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse

LANGS = ["nl", "en", "tr", "ar", "pl"]
SCANNER_IP = "203.0.113.7"

# Values a web-vulnerability scanner tries: injections, odd text, wrong types.
HOSTILE = [
    "' OR '1'='1' -- ",
    "1; DROP TABLE people; --",
    "\" onmouseover=\"alert(1)",
    "<script>alert(document.cookie)</script>",
    "<img src=x onerror=alert(1)>",
    "{{7*7}}${7*7}<%= 7*7 %>",
    "../../../../etc/passwd",
    "%00\x00nul",
    "\u202eevil\u202c \u0645\u0631\u062d\u0628\u0627 \U0001f4a9 Z\u0351\u0360\u0327a\u0352\u0350lgo \ufeff",
    "=HYPERLINK(\"http://evil.example\",\"x\")",
    "a" * 10_000,
    "\U0001f600" * 5_000,
    "-1",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "2024-02-30",
    "0000-00-00T25:61",
    "true",
    "",
    " ",
    "\r\n\r\nSet-Cookie: x=1",
]
RAW_JUNK_BODIES = [
    b"%FF%FE%00%C0%AF=%E0%80%80",
    b"a=%zz&%=&&&==&b",
    b"\xff\xfe\xfd=\xc3\x28",
    b"csrf",
    b"=" * 5000,
    b"&" * 20000,
]


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.classes = collections.Counter()
        self.by_phase = collections.defaultdict(collections.Counter)
        self.server_errors = []
        self.conn_errors = []

    def add(self, phase, status, what):
        with self.lock:
            if status is None:
                self.classes["conn"] += 1
                self.by_phase[phase]["conn"] += 1
                self.conn_errors.append(what)
                return
            cls = f"{status // 100}xx"
            self.classes[cls] += 1
            self.by_phase[phase][cls] += 1
            if status >= 500:
                self.server_errors.append((status, what))


class Client:
    """One keep-alive connection; reconnects after the server closes it."""

    def __init__(self, host, port, timeout=60):
        self.host, self.port, self.timeout = host, port, timeout
        self.conn = None

    def request(self, method, target, body=None, headers=None):
        headers = dict(headers or {})
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.putrequest(method, target, skip_accept_encoding=True)
                for k, v in headers.items():
                    self.conn.putheader(k, v)
                if body is not None:
                    self.conn.putheader("Content-Length", str(len(body)))
                self.conn.endheaders(body)
                resp = self.conn.getresponse()
                data = resp.read()
                if resp.getheader("connection", "").lower() == "close":
                    self.close()
                return resp.status, resp.getheaders(), data
            except (ConnectionError, http.client.HTTPException, OSError) as e:
                self.close()
                # A keep-alive connection the server had closed: try once on a fresh one.
                if attempt == 1:
                    return None, [], str(e).encode()
        return None, [], b""

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class PageParser(html.parser.HTMLParser):
    """Links (a, link, area, iframe, img, script) and forms with their fields."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []
        self.form = None
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key])
        if tag == "form":
            self.form = {
                "action": a.get("action") or "",
                "method": (a.get("method") or "get").upper(),
                "enctype": a.get("enctype") or "application/x-www-form-urlencoded",
                "fields": [],
            }
            self.forms.append(self.form)
        elif self.form is None:
            return
        elif tag in ("input", "button") and a.get("name"):
            kind = (a.get("type") or ("submit" if tag == "button" else "text")).lower()
            if kind in ("checkbox", "radio") and "checked" not in a:
                value = None
            else:
                value = a.get("value") or ""
            self.form["fields"].append({"name": a["name"], "type": kind, "value": value,
                                        "option": a.get("value") or "on"})
        elif tag == "select" and a.get("name"):
            self.select = {"name": a["name"], "type": "select", "value": None, "option": ""}
            self.form["fields"].append(self.select)
        elif tag == "option" and self.select is not None:
            if self.select["value"] is None or "selected" in a:
                self.select["value"] = a.get("value") or ""
                self.select["option"] = self.select["value"]
        elif tag == "textarea" and a.get("name"):
            self.textarea = {"name": a["name"], "type": "textarea", "value": ""}
            self.form["fields"].append(self.textarea)

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea["value"] += data


def cookies_from(headers, jar):
    for k, v in headers:
        if k.lower() == "set-cookie":
            pair = v.split(";", 1)[0]
            if "=" in pair:
                name, value = pair.split("=", 1)
                jar[name.strip()] = value.strip()


def cookie_header(jar):
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def same_origin(base, link):
    """The path and query of a same-origin link, or None."""
    link = link.strip()
    if not link or link.startswith(("mailto:", "tel:", "javascript:", "data:", "#")):
        return None
    url = urllib.parse.urljoin(base, link)
    u = urllib.parse.urlsplit(url)
    b = urllib.parse.urlsplit(base)
    if u.scheme != b.scheme or u.netloc != b.netloc:
        return None
    return urllib.parse.urlunsplit(("", "", u.path or "/", u.query, ""))


class Sampler(threading.Thread):
    def __init__(self, pid, interval=0.1):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.samples = []
        self.stopped = threading.Event()
        # Where the peak's memory was: the largest mappings of /proc/PID/smaps at the peak.
        self.peak, self.peak_mappings = 0, []

    def rss_kib(self, field="VmRSS"):
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith(field + ":"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def mappings(self):
        """Resident KiB per mapped name ([heap], the executable, [anon] for unnamed memory:
        thread stacks, malloc arenas, SQLite's page caches), largest first."""
        totals = {}
        name = None
        try:
            with open(f"/proc/{self.pid}/smaps") as f:
                for line in f:
                    head = line.split()
                    if not head:
                        continue
                    if "-" in head[0] and not head[0].endswith(":"):
                        name = head[5] if len(head) > 5 else "[anon]"
                    elif head[0] == "Rss:":
                        totals[name] = totals.get(name, 0) + int(head[1])
        except OSError:
            return []
        return sorted(totals.items(), key=lambda kv: -kv[1])[:8]

    def run(self):
        t0 = time.monotonic()
        while not self.stopped.is_set():
            v = self.rss_kib()
            if v is not None:
                # VmRSS counts the executable's mapped pages too (RssFile: shared page cache the
                # kernel can drop); RssAnon is the memory the server itself holds.
                if v > self.peak:
                    self.peak, self.peak_mappings = v, self.mappings()
                self.samples.append((time.monotonic() - t0, v, self.rss_kib("RssAnon") or 0,
                                     self.rss_kib("RssFile") or 0, self.rss_kib("VmHWM") or 0))
            self.stopped.wait(self.interval)


def run_threads(n, work):
    threads = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def crawl(args, stats):
    """Per language, breadth first from /; Accept-Language chooses the language so that a
    `?lang=` link on the way does not switch the rest of the crawl."""
    pages = {}  # target -> html (first language that saw it)
    forms = {}
    capped = []
    seen_all = set()
    lock = threading.Lock()

    def work(i):
        lang = LANGS[i]
        client = Client(args.host, args.port)
        base = f"http://{args.host}:{args.port}/"
        queue = collections.deque(["/"])
        seen = {"/"}
        count = 0
        while queue:
            if count >= args.max_pages:
                capped.append(lang)
                break
            target = queue.popleft()
            status, headers, body = client.request(
                "GET", target,
                headers={"Accept-Language": lang, "X-Forwarded-For": SCANNER_IP,
                         "Accept-Encoding": "identity"})
            count += 1
            stats.add("crawl", status, f"GET {target} [{lang}]")
            ctype = dict((k.lower(), v) for k, v in headers).get("content-type", "")
            if status != 200 or "text/html" not in ctype:
                with lock:
                    seen_all.add(target)
                continue
            parser = PageParser()
            try:
                parser.feed(body.decode("utf-8", "replace"))
            except Exception as e:  # a page the parser chokes on is worth reporting, not fatal
                print(f"[hostile] could not parse {target}: {e}", file=sys.stderr)
            page_url = urllib.parse.urljoin(base, target)
            with lock:
                seen_all.add(target)
                pages.setdefault(target, True)
                for form in parser.forms:
                    action = same_origin(page_url, form["action"] or target) or target
                    key = (form["method"], urllib.parse.urlsplit(action).path,
                           tuple(sorted(f["name"] for f in form["fields"])))
                    forms.setdefault(key, {"page": target, "action": action, **form})
            for link in parser.links:
                t = same_origin(page_url, link)
                if t is not None and t not in seen:
                    seen.add(t)
                    queue.append(t)
        client.close()

    run_threads(len(LANGS), work)
    return sorted(seen_all), list(forms.values()), capped


def rand_word(rng, n=None):
    n = n or rng.randint(1, 12)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(n))


def made_up_query(rng, known_params):
    params = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.35 and known_params:
            name = rng.choice(known_params)
        elif r < 0.45:
            name = rng.choice(["utm_source", "utm_campaign", "fbclid", "gclid", "ref", "page", "lang",
                               "sort", "q", "buurt", "id"])
        else:
            name = rand_word(rng)
        r = rng.random()
        if r < 0.5:
            value = rand_word(rng)
        elif r < 0.65:
            value = str(rng.choice([-1, 0, 2**31, 2**63, 10**30, rng.randint(1, 10**9)]))
        elif r < 0.8:
            value = rng.choice(HOSTILE)[:2000]
        else:
            value = rand_word(rng, rng.randint(200, 2000))
        params.append((name, value))
    return urllib.parse.urlencode(params)


def fuzz_queries(args, stats, targets):
    paths = sorted({urllib.parse.urlsplit(t).path for t in targets})
    known_params = sorted({k for t in targets for k, _ in
                           urllib.parse.parse_qsl(urllib.parse.urlsplit(t).query, keep_blank_values=True)})
    per_thread = args.queries // args.threads
    encodings = ["gzip, deflate, br", "br", "gzip", "identity", "", "x-made-up", "gzip;q=0.5, br;q=1"]

    def work(i):
        rng = random.Random(1000 + i)
        client = Client(args.host, args.port)
        for _ in range(per_thread):
            path = rng.choice(paths)
            if rng.random() < 0.02:
                path = path.rstrip("/") + "/" + rand_word(rng)  # a made-up path now and then
            target = f"{path}?{made_up_query(rng, known_params)}"
            headers = {"X-Forwarded-For": SCANNER_IP, "Accept-Encoding": rng.choice(encodings),
                       "Accept-Language": rng.choice(LANGS + ["xx", "*", ""])}
            status, _, _ = client.request("GET", target, headers=headers)
            stats.add("queries", status, f"GET {target[:300]}")
        client.close()

    t0 = time.monotonic()
    run_threads(args.threads, work)
    return per_thread * args.threads, time.monotonic() - t0


def multipart(fields, boundary="----hostile" + "x" * 8):
    out = []
    for name, value in fields:
        data = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
        out.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n".encode() + data + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


def urlencoded(fields):
    return urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded"


def form_variants(form, csrf, body_limit, rng):
    """(name, content type, body) of every hostile submission of one form."""
    fields = [f for f in form["fields"] if f["name"] != "csrf"]

    def values(fill):
        out = [("csrf", csrf)] if csrf is not None else []
        for f in fields:
            v = fill(f)
            if v is not None:
                out.append((f["name"], v))
        return out

    def plausible(f):
        if f["type"] in ("submit", "checkbox", "radio"):
            return f["value"]
        if f["value"]:
            return f["value"]
        return {"email": "a@example.org", "number": "3", "date": "2026-06-01", "time": "10:00",
                "tel": "0612345678", "password": "correct horse battery staple 9"}.get(f["type"], "Een test")

    enc = multipart if "multipart" in form["enctype"] else urlencoded
    variants = [("plausible", *reversed(enc(values(plausible))))]
    for i, h in enumerate(HOSTILE):
        variants.append((f"hostile-{i}", *reversed(enc(values(lambda f, h=h: h if f["type"] != "submit" else f["value"])))))
    variants.append(("wrong-types", *reversed(enc(values(
        lambda f: {"number": "drie", "date": "gisteren", "time": "25:99", "email": "@@",
                   "checkbox": "misschien", "radio": "geen-keuze", "select": "9" * 40}.get(f["type"], "x"))))))
    variants.append(("each-field-twice", *reversed(enc(values(plausible) + values(lambda f: "tweede")[1:]))))
    variants.append(("only-csrf", *reversed(enc(values(lambda f: None)))))
    variants.append(("many-unknown-fields", *reversed(enc(values(plausible) + [(rand_word(rng), "x") for _ in range(2000)]))))
    variants.append(("no-csrf", *reversed(enc([kv for kv in values(plausible) if kv[0] != "csrf"]))))
    forged = "".join(rng.choice("0123456789abcdef") for _ in range(len(csrf or "") or 64))
    variants.append(("forged-csrf", *reversed(enc([("csrf", forged)] + values(plausible)[1:]))))
    # Bodies just under and just over the limit, in one field (so the decoder must hold it).
    name = fields[0]["name"] if fields else "x"
    for label, size in (("under-limit", body_limit - 2048), ("over-limit", body_limit + 1024)):
        body, ctype = urlencoded(values(plausible) + [(name, "A" * size)])
        variants.append((label, ctype, body))
    for i, raw in enumerate(RAW_JUNK_BODIES):
        variants.append((f"junk-{i}", "application/x-www-form-urlencoded", raw))
    variants.append(("json", "application/json", b'{"csrf": "' + (csrf or "").encode() + b'", "a": [1,2,{"b":null}]}'))
    variants.append(("no-content-type", None, urlencoded(values(plausible))[0]))
    # Multipart junk, whatever the form expects.
    body, ctype = multipart(values(plausible))
    variants.append(("multipart-valid", ctype, body))
    variants.append(("multipart-no-boundary", "multipart/form-data", body))
    variants.append(("multipart-truncated", ctype, body[: len(body) // 2]))
    variants.append(("multipart-wrong-boundary", "multipart/form-data; boundary=other", body))
    big, ctype2 = multipart(values(plausible) + [("file\"; filename=\"../../x.php", os.urandom(body_limit - 4096))])
    variants.append(("multipart-file-under-limit", ctype2, big))
    many, ctype3 = multipart([("csrf", csrf or "")] + [(f"f{i}", "x") for i in range(5000)])
    variants.append(("multipart-many-parts", ctype3, many[:body_limit - 16]))
    evil_names, ctype4 = multipart([("csrf", csrf or ""), ("a\r\nContent-Type: text/html", "x"),
                                    ("\u0000\u202e", "y"), ("b", b"\xff\xfe\x00")])
    variants.append(("multipart-evil-names", ctype4, evil_names))
    variants.append(("multipart-garbage", "multipart/form-data; boundary=zz", os.urandom(4096)))
    return variants


def fuzz_forms(args, stats, forms, spoof):
    """Every variant of every form; `spoof`: a new client address per request."""
    jobs = collections.deque(forms)
    lock = threading.Lock()
    done = [0]

    def next_ip(rng):
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" if spoof else SCANNER_IP

    def work(i):
        rng = random.Random(2000 + i + (100 if spoof else 0))
        client = Client(args.host, args.port)
        while True:
            with lock:
                if not jobs:
                    break
                form = jobs.popleft()
            # A fresh visitor: the page gives the CSRF token and its cookie.
            jar = {}
            status, headers, body = client.request("GET", form["page"], headers={
                "X-Forwarded-For": next_ip(rng), "Accept-Encoding": "identity"})
            stats.add("forms", status, f"GET {form['page']}")
            cookies_from(headers, jar)
            parser = PageParser()
            parser.feed(body.decode("utf-8", "replace"))
            csrf = None
            for f in parser.forms:
                for fld in f["fields"]:
                    if fld["name"] == "csrf":
                        csrf = fld["value"]
            for name, ctype, payload in form_variants(form, csrf, args.body_limit, rng):
                headers = {"X-Forwarded-For": next_ip(rng), "Cookie": cookie_header(jar),
                           "Origin": f"http://{args.host}:{args.port}", "Accept-Encoding": "gzip"}
                if ctype:
                    headers["Content-Type"] = ctype
                if form["method"] == "GET":
                    q = urllib.parse.quote(payload[:8000], safe="=&%+")
                    path = urllib.parse.urlsplit(form["action"]).path
                    status, _, _ = client.request("GET", f"{path}?{q[:8000]}", headers=headers)
                else:
                    status, _, _ = client.request("POST", form["action"], body=payload, headers=headers)
                stats.add("forms", status, f"{form['method']} {form['action']} [{name}]")
            # The same plausible post from another site, once without and once with the fetch header.
            for extra in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
                h = {"X-Forwarded-For": next_ip(rng), "Cookie": cookie_header(jar),
                     "Content-Type": "application/x-www-form-urlencoded", **extra}
                status, _, _ = client.request("POST", form["action"], body=f"csrf={csrf}".encode(), headers=h)
                stats.add("forms", status, f"POST {form['action']} [cross-site {extra}]")
            with lock:
                done[0] += 1
        client.close()

    t0 = time.monotonic()
    run_threads(args.threads, work)
    return time.monotonic() - t0


def wrk_run(args, root):
    if args.wrk_seconds <= 0 or not shutil.which("wrk"):
        return None
    env = dict(os.environ, DELAY_MS="0")
    out = subprocess.run(
        ["wrk", "-t2", f"-c{args.wrk_connections}", f"-d{args.wrk_seconds}s", "--timeout", "10s",
         "-s", os.path.join(root, "bench/wrk/mixed.lua"), f"http://{args.host}:{args.port}"],
        capture_output=True, text=True, env=env)
    m = re.search(r"Requests/sec:\s*([\d.]+)", out.stdout)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", out.stdout)
    return (float(m.group(1)) if m else None, int(non2xx.group(1)) if non2xx else 0)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pid", type=int, required=True, help="the server's process id (for VmRSS)")
    p.add_argument("--queries", type=int, default=50_000)
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--max-pages", type=int, default=5000, help="per language")
    p.add_argument("--body-limit", type=int, default=256 * 1024)
    p.add_argument("--limit-mib", type=float, default=64.0)
    p.add_argument("--wrk-seconds", type=int, default=10)
    p.add_argument("--wrk-connections", type=int, default=16)
    p.add_argument("--csv", help="write the RSS samples here")
    args = p.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

    stats = Stats()
    sampler = Sampler(args.pid)
    sampler.start()
    log = lambda *a: print("[hostile]", *a, file=sys.stderr, flush=True)
    mib = lambda kib: kib / 1024
    start_rss = sampler.rss_kib()

    t0 = time.monotonic()
    targets, forms, capped = crawl(args, stats)
    log(f"(a) crawl: {len(targets)} URLs, {len(forms)} forms in {time.monotonic() - t0:.1f} s"
        + (f"; stopped at --max-pages in {capped}" if capped else "")
        + f"; RSS now {mib(sampler.rss_kib() or 0):.1f} MiB")
    n, secs = fuzz_queries(args, stats, targets)
    query_rate = n / secs
    log(f"(b) {n} GETs with made-up query parameters in {secs:.1f} s ({query_rate:.0f} req/s); "
        f"RSS now {mib(sampler.rss_kib() or 0):.1f} MiB")
    for spoof in (False, True):
        secs = fuzz_forms(args, stats, forms, spoof)
        log(f"(c) {len(forms)} forms posted with hostile values "
            f"({'a new address per request' if spoof else 'one scanner address'}) in {secs:.1f} s; "
            f"RSS now {mib(sampler.rss_kib() or 0):.1f} MiB")
    wrk = wrk_run(args, root)
    if wrk:
        log(f"(e) wrk mixed pages, {args.wrk_connections} connections, {args.wrk_seconds} s: "
            f"{wrk[0]:.0f} req/s ({wrk[1]} non-2xx/3xx)")
    time.sleep(2)  # let the last answers be freed before the final sample
    sampler.stopped.set()
    sampler.join()
    alive = sampler.rss_kib() is not None
    hwm = sampler.rss_kib("VmHWM")
    final = sampler.samples[-1][1] if sampler.samples else 0
    peak = max(s[1] for s in sampler.samples) if sampler.samples else 0
    anon_peak = max(s[2] for s in sampler.samples) if sampler.samples else 0
    anon_final = sampler.samples[-1][2] if sampler.samples else 0
    file_peak = max(s[3] for s in sampler.samples) if sampler.samples else 0
    if args.csv:
        with open(args.csv, "w") as f:
            f.write("seconds,rss_kib,rss_anon_kib,rss_file_kib,hwm_kib\n")
            for t, v, anon, file, hwm in sampler.samples:
                f.write(f"{t:.1f},{v},{anon},{file},{hwm}\n")

    print(f"[hostile] RSS: start {mib(start_rss or 0):.1f} MiB, peak {mib(peak):.1f} MiB "
          f"(sampled every 0.1 s; VmHWM {mib(hwm or 0):.1f} MiB), final {mib(final):.1f} MiB")
    print(f"[hostile] of which private (RssAnon): peak {mib(anon_peak):.1f} MiB, final "
          f"{mib(anon_final):.1f} MiB; the mapped executable and libraries (RssFile): peak "
          f"{mib(file_peak):.1f} MiB")
    if sampler.peak_mappings:
        print("[hostile] resident at the peak, by mapping: " + ", ".join(
            f"{os.path.basename(n)} {mib(k):.1f}" for n, k in sampler.peak_mappings) + " MiB")
    print("[hostile] answers: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.classes.items())))
    for phase, c in stats.by_phase.items():
        print(f"[hostile]   {phase}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print(f"[hostile] made-up queries: {query_rate:.0f} req/s"
          + (f"; wrk mixed: {wrk[0]:.0f} req/s" if wrk and wrk[0] else ""))
    failed = False
    if not alive:
        print("[hostile] FAIL: the server died", file=sys.stderr)
        failed = True
    # The kernel's high-water mark also sees peaks between two samples.
    worst = max(peak, hwm or 0)
    if worst >= args.limit_mib * 1024:
        print(f"[hostile] FAIL: peak RSS {mib(worst):.1f} MiB ≥ {args.limit_mib:.0f} MiB", file=sys.stderr)
        failed = True
    if stats.server_errors:
        print(f"[hostile] FAIL: {len(stats.server_errors)} answers 5xx:", file=sys.stderr)
        for status, what in stats.server_errors[:30]:
            print(f"[hostile]   {status} {what[:300]}", file=sys.stderr)
        failed = True
    if stats.conn_errors:
        print(f"[hostile] {len(stats.conn_errors)} requests without an answer (connection closed), first: "
              + "; ".join(w[:120] for w in stats.conn_errors[:5]), file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
