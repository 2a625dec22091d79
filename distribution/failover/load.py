#!/usr/bin/env python3
"""Write load, primary kill and verification of the failover script (distribution/failover/run).

Standard library only. Writers POST problems to Jiceng without pause and record every answer; a
poller reads /health/ready every 0.5 s. After --before seconds the Patroni leader is killed hard
(its patroni process, its postmaster and every child of it, all with SIGKILL: the machine dies).
The load goes on until the other node is promoted and a write sent after the kill is acknowledged,
then --after seconds more. Every acknowledged id must then be readable through Jiceng, and the
audit chain must verify. Prints the figures; exit status 0 only if nothing acknowledged was lost.

Also, with psql on the new primary: every write is looked up by its description (an acknowledged
write missing there is lost too; a failed request whose write is there was committed without an
answer, "in doubt"), and Jiceng's cluster layer must work again: its heartbeat in cluster_node and
its events lease in cluster_lease move on; --karaf-log tells when the LISTEN connection came back
and what Jiceng logged after the recovery.

Each --node is NAME,REST_PORT,PG_PORT,DATA_DIR,PATRONI_PID.
"""

import argparse
import base64
import datetime
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

HARD_LIMIT_SECONDS = 300  # the whole load phase never runs longer than this


def now():
    return time.monotonic()


class Jiceng:
    def __init__(self, base, user, password):
        self.base = base.rstrip("/")
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.auth = "Basic " + token

    def request(self, method, path, body=None, timeout=10.0, auth=True):
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if auth:
            req.add_header("Authorization", self.auth)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()


def patroni_get(port, path, timeout=1.0):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read() or b"null")
        except ValueError:
            return e.code, None
    except (OSError, ValueError):
        return None, None


class Writer(threading.Thread):
    def __init__(self, index, jiceng, stop, results, lock, timeout):
        super().__init__(name=f"writer-{index}", daemon=True)
        self.index, self.jiceng, self.stop, self.results, self.lock = index, jiceng, stop, results, lock
        self.timeout = timeout
        today = datetime.date.today()
        self.found_on = today.isoformat()
        self.deadline = (today + datetime.timedelta(days=30)).isoformat()

    def run(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            body = {"source": "INSPECTION_TOUR", "subjectType": "JURISDICTION", "subjectId": "441481",
                    "jurisdictionCode": "441481", "category": "持久性", "severity": "LOW",
                    "description": f"failover {self.index}-{n}", "foundBy": "县委组织部",
                    "foundOn": self.found_on, "deadline": self.deadline}
            sent = now()
            ident, outcome = None, None
            try:
                status, payload = self.jiceng.request("POST", "/api/v1/problems", body, timeout=self.timeout)
                if status == 201:
                    try:
                        ident = json.loads(payload).get("id")
                    except ValueError:
                        ident = None
                    outcome = "201" if ident is not None else "201 without id"
                else:
                    outcome = f"{status} {payload[:160].decode('utf-8', 'replace')}"
            except Exception as e:  # timeouts, refused connections: a failed request
                outcome = f"{type(e).__name__}: {e}"
            done = now()
            with self.lock:
                self.results.append({"writer": self.index, "n": n, "sent": sent, "done": done,
                                     "id": ident, "outcome": outcome})
            if ident is None:
                time.sleep(0.2)  # do not spin on a refusing server


class ReadyPoller(threading.Thread):
    def __init__(self, jiceng, stop, samples):
        super().__init__(name="ready-poller", daemon=True)
        self.jiceng, self.stop, self.samples = jiceng, stop, samples

    def run(self):
        while not self.stop.is_set():
            t = now()
            try:
                status, _ = self.jiceng.request("GET", "/health/ready", timeout=2.0, auth=False)
            except Exception as e:
                status = type(e).__name__
            self.samples.append((t, status))
            self.stop.wait(max(0.0, 0.5 - (now() - t)))


def psql(args, port, sql):
    """Rows of a query on 127.0.0.1:port as jiceng, or raises."""
    env = dict(os.environ, PGPASSWORD="jiceng", PGCONNECT_TIMEOUT="5")
    out = subprocess.run([args.psql, "-X", "-q", "-At", "-F", "\t", "-h", "127.0.0.1", "-p", str(port),
                          "-U", "jiceng", "-d", "jiceng", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         env=env, check=True, capture_output=True, text=True, timeout=60).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def karaf_log_after(path, since_wall):
    """(first 'Listening to the other nodes again' after since_wall, WARN/ERROR lines after it)."""
    stamp = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d),(\d{3}) \| (\w+)\s*\|")
    relisten, warnings = None, []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = stamp.match(line)
                if not m:
                    continue
                wall = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S").timestamp() + int(m.group(2)) / 1000
                if wall < since_wall:
                    continue
                if relisten is None and "Listening to the other nodes again" in line:
                    relisten = wall
                if m.group(3) in ("WARN", "ERROR"):
                    warnings.append((wall, line.rstrip()))
    except OSError:
        pass
    return relisten, warnings


def children_of(pid):
    """Pids whose parent is pid (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError):
            continue
        if ppid == pid:
            found.append(int(entry))
    return found


def kill_node(node):
    """SIGKILL the node's patroni first (so nothing restarts postgres), then its postmaster and
    all the postmaster's children in one go. Returns the pids killed."""
    with open(os.path.join(node["data_dir"], "postmaster.pid")) as f:
        postmaster = int(f.readline())
    # The postmaster's working directory is its data directory: make sure the pid is that one.
    if os.path.realpath(os.readlink(f"/proc/{postmaster}/cwd")) != os.path.realpath(node["data_dir"]):
        raise RuntimeError(f"pid {postmaster} is not the postmaster of {node['data_dir']}")
    victims = [node["patroni_pid"], postmaster] + children_of(postmaster)
    for pid in victims:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return victims


def fmt(seconds):
    return "n/a" if seconds is None else f"{seconds:.2f} s"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jiceng", required=True)
    ap.add_argument("--user", default="admin")
    ap.add_argument("--password", default="jiceng-demo")
    ap.add_argument("--node", action="append", required=True)
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--before", type=float, default=10.0)
    ap.add_argument("--after", type=float, default=10.0)
    ap.add_argument("--recovery-limit", type=float, default=120.0)
    # Longer than a request can take in Jiceng across the switch (the pool waits up to 10 s for a
    # connection; EclipseLink retries a read that lost its connection after 5 s): the client sees
    # the server's answer instead of giving up on a write that may still commit.
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--psql", default="psql")
    ap.add_argument("--karaf-log")
    ap.add_argument("--report", help="write the figures as JSON here too")
    ap.add_argument("--events", help="write every request as JSON lines here")
    args = ap.parse_args()

    nodes = []
    for spec in args.node:
        name, rest, pg_port, data_dir, pid = spec.split(",")
        nodes.append({"name": name, "rest": int(rest), "pg_port": int(pg_port), "data_dir": data_dir,
                      "patroni_pid": int(pid)})

    jiceng = Jiceng(args.jiceng, args.user, args.password)
    stop_writers, stop_poller = threading.Event(), threading.Event()
    results, lock, samples = [], threading.Lock(), []
    t0 = now()
    hard_end = t0 + HARD_LIMIT_SECONDS
    writers = [Writer(i + 1, jiceng, stop_writers, results, lock, args.timeout) for i in range(args.writers)]
    poller = ReadyPoller(jiceng, stop_poller, samples)
    poller.start()
    for w in writers:
        w.start()

    def log(message):
        print(f"[{now() - t0:7.2f} s] {message}", flush=True)

    log(f"load started: {args.writers} writers")
    time.sleep(args.before)

    # Find the leader and its synchronous standby just before the kill.
    cluster = None
    for n in nodes:
        status, cluster = patroni_get(n["rest"], "/cluster")
        if status == 200 and cluster:
            break
    members = {m["name"]: m for m in (cluster or {}).get("members", [])}
    leader = next((n for n in nodes if members.get(n["name"], {}).get("role") == "leader"), None)
    sync = next((n for n in nodes if members.get(n["name"], {}).get("role") == "sync_standby"), None)
    if leader is None or sync is None:
        log(f"no leader and sync standby before the kill: {json.dumps(cluster)}")
        stop_writers.set(); stop_poller.set()
        return 2
    with lock:
        acked_before_kill_snapshot = sum(1 for r in results if r["id"] is not None)
    t_kill, wall_kill = now(), time.time()
    victims = kill_node(leader)
    log(f"killed leader {leader['name']} (patroni, postmaster and children: {len(victims)} processes); "
        f"sync standby {sync['name']} should take over; {acked_before_kill_snapshot} writes acknowledged so far")

    # Wait for the promotion (Patroni role of the survivor) and for a write sent after the kill.
    t_promoted, t_first_ok = None, None
    deadline = min(t_kill + args.recovery_limit, hard_end)
    while now() < deadline:
        if t_promoted is None:
            status, state = patroni_get(sync["rest"], "/patroni", timeout=0.5)
            if status == 200 and state and state.get("role") in ("master", "primary") \
                    and state.get("state") == "running":
                t_promoted = now()
                log(f"{sync['name']} promoted (Patroni role {state.get('role')}, timeline {state.get('timeline')})")
        if t_first_ok is None:
            with lock:
                ok_after = [r for r in results if r["id"] is not None and r["sent"] > t_kill]
            if ok_after:
                t_first_ok = min(r["done"] for r in ok_after)
                log("first write sent after the kill acknowledged")
        if t_promoted is not None and t_first_ok is not None:
            break
        time.sleep(0.2)
    recovered = t_promoted is not None and t_first_ok is not None
    if recovered:
        time.sleep(max(0.0, min(args.after, hard_end - now())))
    else:
        log(f"no recovery within {args.recovery_limit:.0f} s of the kill")
    stop_writers.set()
    for w in writers:
        w.join(args.timeout + 5)
    t_stop = now()
    stop_poller.set()
    poller.join(5)
    log("load stopped")

    with lock:
        done = list(results)
    acked = [r for r in done if r["id"] is not None]
    failed = [r for r in done if r["id"] is None]
    acked_before = [r for r in acked if r["done"] < t_kill]
    acked_after = [r for r in acked if r["done"] >= t_kill]
    failed_before = [r for r in failed if r["done"] < t_kill]
    failed_switch = [r for r in failed if r["done"] >= t_kill]
    first_fail = min((r["done"] for r in failed_switch), default=None)
    first_ok_after_fail = None
    if first_fail is not None:
        first_ok_after_fail = min((r["done"] for r in acked if r["sent"] >= first_fail), default=None)

    # Readiness during the run: how long /health/ready was not 200 (samples every 0.5 s).
    not_ready_total, gaps, gap_start = 0.0, [], None
    for i, (t, status) in enumerate(samples):
        nxt = samples[i + 1][0] if i + 1 < len(samples) else t_stop
        if status != 200:
            not_ready_total += nxt - t
            if gap_start is None:
                gap_start = t
        elif gap_start is not None:
            gaps.append((gap_start, t))
            gap_start = None
    if gap_start is not None:
        gaps.append((gap_start, t_stop))
    not_ready_statuses = sorted({str(s) for _, s in samples if s != 200})

    # Verification: every acknowledged id is there, through Jiceng (on the new primary).
    missing = []
    for r in acked:
        status = None
        for attempt in range(3):
            try:
                status, _ = jiceng.request("GET", f"/api/v1/problems/{r['id']}", timeout=args.timeout)
            except Exception as e:
                status = f"{type(e).__name__}: {e}"
            if status in (200, 404):
                break
            time.sleep(1)
        if status != 200:
            missing.append((r["id"], status))
    try:
        status, payload = jiceng.request("GET", "/api/v1/audit/verify", timeout=120)
        audit = json.loads(payload) if status == 200 else {"status": status, "body": payload[:300].decode("utf-8", "replace")}
    except Exception as e:
        audit = {"error": f"{type(e).__name__}: {e}"}
    audit_valid = audit.get("valid") is True

    # The same through the database of the new primary: by description, acknowledged or not.
    db_problem = None
    try:
        present = {row[0] for row in psql(args, sync["pg_port"],
                                          "SELECT description FROM problem WHERE description LIKE 'failover %'")}
        described = lambda r: f"failover {r['writer']}-{r['n']}"
        db_missing = [r["id"] for r in acked if described(r) not in present]
        in_doubt = [r for r in failed if described(r) in present]
    except Exception as e:
        db_problem, db_missing, in_doubt = f"{type(e).__name__}: {e}", [], []

    # Jiceng's cluster layer on the new primary: heartbeat and events lease move on.
    cluster_ok, cluster_notes = False, []
    try:
        q = ("SELECT (SELECT max(beat_at)::text FROM cluster_node), "
             "(SELECT max(expires_at)::text FROM cluster_lease WHERE name = 'events')")
        beat0, lease0 = psql(args, sync["pg_port"], q)[0]
        time.sleep(5)
        beat1, lease1 = psql(args, sync["pg_port"], q)[0]
        beat_moved = bool(beat1) and beat1 != beat0
        lease_moved = bool(lease1) and lease1 != lease0
        cluster_ok = beat_moved and lease_moved
        cluster_notes.append(f"heartbeat {'moves' if beat_moved else 'STUCK'} ({beat0} -> {beat1})")
        cluster_notes.append(f"events lease {'renewed' if lease_moved else 'NOT renewed'} ({lease0} -> {lease1})")
    except Exception as e:
        cluster_notes.append(f"could not read cluster tables: {type(e).__name__}: {e}")
    relisten, log_lines = (None, [])
    if args.karaf_log:
        relisten, log_lines = karaf_log_after(args.karaf_log, wall_kill)
    wall_first_ok = None if t_first_ok is None else wall_kill + (t_first_ok - t_kill)
    late_lines = [l for w, l in log_lines if wall_first_ok is not None and w > wall_first_ok + 1.0]

    slowest = max(acked, key=lambda r: r["done"] - r["sent"], default=None)
    outcomes = {}
    for r in failed_switch:
        key = r["outcome"][:90]
        outcomes[key] = outcomes.get(key, 0) + 1

    figures = {
        "writers": args.writers,
        "load_seconds": round(t_stop - t0, 2),
        "killed_leader": leader["name"],
        "promoted": sync["name"],
        "acknowledged_before_kill": len(acked_before),
        "acknowledged_after_kill": len(acked_after),
        "failed_before_kill": len(failed_before),
        "failed_during_switch": len(failed_switch),
        "slowest_acknowledged_s": None if slowest is None else round(slowest["done"] - slowest["sent"], 2),
        "kill_to_promotion_s": None if t_promoted is None else round(t_promoted - t_kill, 2),
        "downtime_kill_to_first_ack_s": None if t_first_ok is None else round(t_first_ok - t_kill, 2),
        "promotion_to_first_ack_s": None if t_first_ok is None or t_promoted is None else round(t_first_ok - t_promoted, 2),
        "first_failure_s_after_kill": None if first_fail is None else round(first_fail - t_kill, 2),
        "downtime_first_failure_to_next_ack_s": None if first_ok_after_fail is None or first_fail is None
        else round(first_ok_after_fail - first_fail, 2),
        "acknowledged_lost": len(missing),
        "acknowledged_missing_in_database": len(db_missing),
        "database_check_error": db_problem,
        "failed_but_committed": len(in_doubt),
        "failed_but_committed_detail": [[f"{r['writer']}-{r['n']}", round(r["sent"] - t_kill, 2),
                                         round(r["done"] - t_kill, 2), r["outcome"][:60]] for r in in_doubt],
        "jiceng_relisten_s_after_kill": None if relisten is None else round(relisten - wall_kill, 2),
        "jiceng_cluster": cluster_notes,
        "jiceng_warn_error_lines_after_kill": len(log_lines),
        "jiceng_warn_error_lines_1s_after_recovery": len(late_lines),
        "audit_verify": audit,
        "ready_samples": len(samples),
        "not_ready_seconds": round(not_ready_total, 2),
        "not_ready_gaps_s_after_kill": [[round(a - t_kill, 2), round(b - t_kill, 2)] for a, b in gaps],
        "not_ready_answers": not_ready_statuses,
        "failure_kinds": outcomes,
    }
    if args.report:
        with open(args.report, "w") as f:
            json.dump(figures, f, ensure_ascii=False, indent=2)
    if args.events:
        with open(args.events, "w") as f:
            for r in done:
                r2 = dict(r, sent=round(r["sent"] - t_kill, 3), done=round(r["done"] - t_kill, 3))
                f.write(json.dumps(r2, ensure_ascii=False) + "\n")

    print()
    print("=== Failover figures ===")
    print(f"writers                                  {args.writers} (client timeout {args.timeout:.0f} s), "
          f"load {t_stop - t0:.1f} s")
    print(f"leader killed / promoted standby         {leader['name']} / {sync['name']}")
    print(f"writes acknowledged before the kill      {len(acked_before)}")
    print(f"writes acknowledged after the kill       {len(acked_after)}")
    print(f"failed requests during the switch        {len(failed_switch)} (before the kill: {len(failed_before)})")
    for r in failed_switch[:20]:
        print(f"    failover {r['writer']}-{r['n']}: sent {r['sent'] - t_kill:+.2f} s, answered {r['done'] - t_kill:+.2f} s "
              f"from the kill: {r['outcome'][:70]}")
    if slowest is not None:
        print(f"slowest acknowledged write               {slowest['done'] - slowest['sent']:.2f} s "
              f"(sent {slowest['sent'] - t_kill:+.2f} s from the kill)")
    print(f"kill -> promotion (Patroni)              {fmt(None if t_promoted is None else t_promoted - t_kill)}")
    print(f"downtime: kill -> first acknowledged write sent after it   "
          f"{fmt(None if t_first_ok is None else t_first_ok - t_kill)}")
    if t_promoted is not None and t_first_ok is not None:
        print(f"promotion -> first acknowledged write    {t_first_ok - t_promoted:.2f} s")
    if first_fail is None:
        print("downtime: first failed write -> next acknowledged write   no write failed")
    else:
        print(f"downtime: first failed write (+{first_fail - t_kill:.2f} s) -> next acknowledged write   "
              f"{fmt(None if first_ok_after_fail is None else first_ok_after_fail - first_fail)}")
    print(f"acknowledged writes lost                 {len(missing)} of {len(acked)} (GET by id through Jiceng); "
          f"{len(db_missing)} missing by description in the database"
          + (f" [database check failed: {db_problem}]" if db_problem else ""))
    for ident, status in missing[:20]:
        print(f"    missing id {ident}: {status}")
    print(f"failed requests whose write is there     {len(in_doubt)} of {len(failed)} "
          f"(committed, answered with an error: a client retry would duplicate them)")
    for r in in_doubt:
        print(f"    failover {r['writer']}-{r['n']}: sent {r['sent'] - t_kill:+.2f} s, answered {r['done'] - t_kill:+.2f} s "
              f"after the kill: {r['outcome'][:60]}")
    print(f"audit chain                              valid={audit.get('valid')} {json.dumps(audit, ensure_ascii=False)[:200]}")
    if gaps:
        spans = ", ".join(f"{a - t_kill:+.1f}..{b - t_kill:+.1f} s" for a, b in gaps)
        print(f"/health/ready not 200                    {not_ready_total:.1f} s ({spans} from the kill; "
              f"answers {', '.join(not_ready_statuses)})")
    else:
        print(f"/health/ready not 200                    never ({len(samples)} polls every 0.5 s, all 200)")
    print(f"Jiceng LISTEN connection back            "
          f"{'not seen in the log' if relisten is None else f'{relisten - wall_kill:.2f} s after the kill'}")
    print(f"Jiceng cluster layer on the new primary  {'; '.join(cluster_notes)}")
    print(f"Jiceng WARN/ERROR log lines              {len(log_lines)} after the kill, "
          f"{len(late_lines)} more than 1 s after the first acknowledged write")
    for line in late_lines[:10]:
        print(f"    {line[:220]}")
    ok = recovered and not missing and not db_missing and not db_problem and audit_valid and cluster_ok
    print(f"result                                   {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
