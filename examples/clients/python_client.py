#!/usr/bin/env python3
"""A Sage client in Python using only the standard library (urllib), run through the contract
kit's shell protocol: it reads the SAGE_* environment, does SAGE_TASK, keeps its tokens and sync
cursors in SAGE_STATE_DIR and writes SAGE_REPORT_FILE. It passes every contract case.

    sage-mock contract run --client "python3 examples/clients/python_client.py"
"""
import http.client
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal

ENV = os.environ
API = ENV["SAGE_API_URL"].rstrip("/")
TASK = json.loads(ENV.get("SAGE_TASK") or open(ENV["SAGE_TASK_FILE"]).read())
BUSINESS = TASK["business_id"]
STATE_FILE = os.path.join(ENV["SAGE_STATE_DIR"], "python-client.json")
TRANSIENT_RETRIES = 4
# Seconds without a byte before a request counts as lost (a hung connection), then retried.
REQUEST_TIMEOUT = 10
RATE_LIMIT_RETRIES = 6
EXPIRY_MARGIN = 30.0

# The server's clock: the time the run started (SAGE_NOW) plus the time elapsed since.
_started = time.monotonic()
_epoch = (
    datetime.fromisoformat(ENV["SAGE_NOW"].replace("Z", "+00:00")).timestamp()
    if ENV.get("SAGE_NOW")
    else time.time()
)


def now():
    return _epoch + (time.monotonic() - _started)


class ReconnectRequired(Exception):
    pass


class GaveUp(Exception):
    pass


class Refused(Exception):
    def __init__(self, status, errors):
        super().__init__("refused with %d" % status)
        self.status = status
        self.errors = errors


def load_state():
    try:
        with open(STATE_FILE) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


state = load_state()
state.setdefault("refresh_token", ENV["SAGE_REFRESH_TOKEN"])
_lock = threading.Lock()


def save_state():
    tmp = STATE_FILE + ".tmp"
    with open(tmp, "w") as f:
        json.dump(state, f)
    os.replace(tmp, STATE_FILE)


class _NoRedirect(urllib.request.HTTPErrorProcessor):
    def http_response(self, request, response):
        return response

    https_response = http_response


_opener = urllib.request.build_opener(_NoRedirect)


def send(method, url, headers, data=None, timeout=REQUEST_TIMEOUT):
    """(status, headers, body bytes); raises OSError on a network error (a reset, no answer in
    time, a body cut short)."""
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with _opener.open(req, timeout=timeout) as res:
            return res.status, res.headers, res.read()
    except http.client.HTTPException as e:  # IncompleteRead, RemoteDisconnected, BadStatusLine
        raise ConnectionError("%s %s: %r" % (method, url, e)) from e


def refresh():
    form = urllib.parse.urlencode({
        "grant_type": "refresh_token",
        "refresh_token": state["refresh_token"],
        "client_id": ENV["SAGE_CLIENT_ID"],
        "client_secret": ENV["SAGE_CLIENT_SECRET"],
    }).encode()
    for attempt in range(TRANSIENT_RETRIES + 1):
        try:
            status, _, body = send("POST", ENV["SAGE_TOKEN_URL"], {"content-type": "application/x-www-form-urlencoded"}, form)
        except OSError:
            status, body = None, b""
        if status == 200:
            tokens = json.loads(body)
            state.update(
                access_token=tokens["access_token"],
                refresh_token=tokens["refresh_token"],
                access_expires_at=now() + tokens["expires_in"],
            )
            save_state()  # stored before anything uses it
            return
        if status is not None and status < 500:
            error = (json.loads(body or b"{}") or {}).get("error")
            if error == "invalid_grant":
                raise ReconnectRequired("Sage refused the refresh token (invalid_grant): the user must connect again")
            raise RuntimeError("token endpoint answered %s %s" % (status, error))
        time.sleep(0.1 * 2 ** attempt)
    raise GaveUp("the token endpoint kept failing")


def access_token():
    # One refresh at a time for every thread (single flight).
    with _lock:
        if not state.get("access_token") or state.get("access_expires_at", 0) - EXPIRY_MARGIN <= now():
            refresh()
        return state["access_token"]


def request(method, path, body=None):
    scoped = not (path.startswith("/businesses") or path.startswith("/user"))
    retryable = method != "POST" or "idempotency_id" in json.dumps(body or {})
    transient = limited = 0
    reauthorised = False
    data = None if body is None else json.dumps(body).encode()
    while True:
        token = access_token()
        headers = {"authorization": "Bearer " + token, "accept": "application/json"}
        if scoped:
            headers["x-business"] = BUSINESS
        if data is not None:
            headers["content-type"] = "application/json"
        try:
            status, res_headers, raw = send(method, API + path, headers, data)
        except OSError:
            if not retryable or transient >= TRANSIENT_RETRIES:
                raise GaveUp("%s %s: network error after %d retries" % (method, path, transient))
            time.sleep(0.1 * 2 ** transient)
            transient += 1
            continue
        if status == 401 and not reauthorised:
            reauthorised = True
            with _lock:
                if state.get("access_token") == token:
                    state["access_expires_at"] = 0
            continue
        if status == 429:
            if limited >= RATE_LIMIT_RETRIES:
                raise GaveUp("%s %s: still rate limited" % (method, path))
            after = res_headers.get("retry-after")
            time.sleep(int(after) if after and after.isdigit() else 0.2 * 2 ** limited)
            limited += 1
            continue
        if status >= 500:
            if not retryable or transient >= TRANSIENT_RETRIES:
                raise GaveUp("%s %s: %d after %d retries" % (method, path, status, transient))
            time.sleep(0.1 * 2 ** transient)
            transient += 1
            continue
        parsed = json.loads(raw) if raw else None
        if status >= 400:
            raise Refused(status, parsed)  # never re-sent as it is
        used = res_headers.get("x-business")
        if scoped and used and used != BUSINESS:
            raise RuntimeError("Sage answered for business %s, not %s" % (used, BUSINESS))
        return parsed


def walk(path):
    items, nxt = [], path
    while nxt:
        page = request("GET", nxt)
        items.extend(page["$items"])
        nxt = page["$next"]
    return items


def iso(t):
    return datetime.fromtimestamp(int(t), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def q(text):
    return urllib.parse.quote(str(text), safe="")


def money(value):
    return str(Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def sync(report):
    cursors = state.setdefault("cursors", {}).setdefault(BUSINESS, {})
    report["synced"] = {}
    for resource in TASK["sync"]["resources"]:
        since = cursors.get(resource)
        started = iso(now())
        extra = "&updated_or_created_since=" + q(since) if since else ""
        items = walk("/%s?items_per_page=200%s" % (resource, extra))
        deleted = walk("/%s?items_per_page=200&deleted_since=%s" % (resource, q(since))) if since else []
        gone = set()  # listed, then deleted before its own read: 404

        def detail(item):
            try:
                request("GET", "/%s/%s" % (resource, item["id"]))
            except Refused as e:
                if e.status != 404:
                    raise
                gone.add(item["id"])

        if TASK["sync"].get("details"):
            with ThreadPoolExecutor(max_workers=8) as pool:
                list(pool.map(detail, items))
        report["synced"][resource] = {
            "ids": [i["id"] for i in items if i["id"] not in gone],
            "deleted_ids": [i["id"] for i in deleted] + sorted(gone),
        }
        cursors[resource] = started
    save_state()


def contacts(report):
    spec = TASK["contacts"]
    created = {}
    report["contacts"] = {"created": created, "updated": [], "deleted": []}

    def id_of(reference):
        if reference in created:
            return created[reference]
        for c in walk("/contacts?items_per_page=200&attributes=reference&search=" + q(reference)):
            if c.get("reference") == reference:
                return c["id"]
        raise RuntimeError("no contact " + reference)

    for c in spec.get("create", []):
        body = {"contact": {"idempotency_id": uuid.uuid4().hex, "name": c["name"], "reference": c["reference"], "contact_type_ids": [c["contact_type"]]}}
        created[c["reference"]] = request("POST", "/contacts", body)["id"]
    for r in spec.get("rename", []):
        cid = id_of(r["reference"])
        request("PUT", "/contacts/" + cid, {"contact": {"name": r["name"]}})
        report["contacts"]["updated"].append(cid)
    for reference in spec.get("delete", []):
        cid = id_of(reference)
        request("DELETE", "/contacts/" + cid)
        report["contacts"]["deleted"].append(cid)


def sales_invoices(report):
    report["sales_invoices"] = []
    accounts = walk("/ledger_accounts?items_per_page=200&visible_in=sales&attributes=nominal_code")
    rates = walk("/tax_rates?items_per_page=200&attributes=name,percentage")
    for inv in TASK["sales_invoices"]:
        customers = walk("/contacts?items_per_page=200&contact_type_id=CUSTOMER&attributes=reference&search=" + q(inv["contact_reference"]))
        customer = next(c for c in customers if c.get("reference") == inv["contact_reference"])
        lines = []
        for line in inv["lines"]:
            account = next(a for a in accounts if a.get("nominal_code") == line["ledger_account_code"])
            rate = next(r for r in rates if str(r.get("name", "")).lower() == line["tax_rate_name"].lower())
            net = Decimal(money(Decimal(line["quantity"]) * Decimal(line["unit_price"])))
            lines.append({
                "description": line["description"],
                "ledger_account_id": account["id"],
                "tax_rate_id": rate["id"],
                "quantity": line["quantity"],
                "unit_price": line["unit_price"],
                "tax_amount": money(net * Decimal(rate["percentage"]) / 100),
            })
        invoice = {"idempotency_id": uuid.uuid4().hex, "contact_id": customer["id"], "date": inv["date"], "reference": inv["key"], "status_id": "UNPAID", "invoice_lines": lines}
        if inv.get("due_date"):
            invoice["due_date"] = inv["due_date"]
        try:
            saved = request("POST", "/sales_invoices", {"sales_invoice": invoice})
            report["sales_invoices"].append({"key": inv["key"], "status": "created", "id": saved["id"], "total_amount": saved["total_amount"]})
        except Refused as e:
            if e.status != 422:
                raise
            report["sales_invoices"].append({"key": inv["key"], "status": "rejected", "id": None, "errors": e.errors})


def write_report(report):
    if ENV.get("SAGE_REPORT_FILE"):
        with open(ENV["SAGE_REPORT_FILE"], "w") as f:
            json.dump(report, f, indent=2)


def main():
    report = {"outcome": "done"}
    try:
        businesses = request("GET", "/businesses")
        if not any(b["id"] == BUSINESS for b in businesses["$items"]):
            raise RuntimeError("business %s is not among the user's businesses" % BUSINESS)
        if "sync" in TASK:
            sync(report)
        if "contacts" in TASK:
            contacts(report)
        if "sales_invoices" in TASK:
            sales_invoices(report)
    except ReconnectRequired as e:
        report.update(outcome="reconnect_required", message=str(e))
    except GaveUp as e:
        report.update(outcome="gave_up", message=str(e))
    finally:
        write_report(report)


if __name__ == "__main__":
    sys.exit(main())
