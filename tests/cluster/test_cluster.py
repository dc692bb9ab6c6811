"""Production's topology on one machine, proven with real HTTP requests: two app hosts (A and B) behind
no proxy, one PostgreSQL, Redis for the caches, a two-node Elasticsearch cluster, two task workers and
the scheduler (conftest.py starts them all and stops them all)."""

import itertools
import re
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest
import requests
from bs4 import BeautifulSoup

from tests.factories.accounts import DEFAULT_PASSWORD, totp_code
from tests.factories.applications import PDF_BYTES
from tests.faults.journeys import apply, register
from tests.faults.traffic import Recorder, Visitor

from .topology import cluster_health

pytestmark = pytest.mark.cluster

SEARCH_FALLBACK_NOTICE = "Search is running in a simplified mode"
NONCES = itertools.count()


def eventually(check, seconds, pause=0.1):
    """Call `check()` until it returns something true or `seconds` pass; its last result."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(pause)


def test_a_page_published_through_host_a_is_served_fresh_by_host_b_within_two_seconds(cluster):
    a, b = cluster.hosts
    about = cluster.info["about"]
    for _ in range(2):  # the second request on each host is answered from the (shared) page cache
        answers = [requests.get(host.url(about["url"]), timeout=10) for host in (a, b)]
    assert [answer.headers["X-Cache"] for answer in answers] == ["hit", "hit"]

    new_title = "Hydrangea innovation quarter"
    a.ctl("publish-title", "--page-id", str(about["id"]), "--title", new_title)  # an editor's publish on A
    published = time.monotonic()
    fresh = eventually(lambda: new_title in requests.get(b.url(about["url"]), timeout=10).text, seconds=2)
    assert fresh, "host B served the old page more than 2 seconds after the publish on A"
    assert time.monotonic() - published < 2.5
    assert new_title in requests.get(a.url(about["url"]), timeout=10).text


def sign_in_staff_over_http(host, editor):
    """A staff member's browser signed in on `host` as a person does it: password, then the code their
    authenticator app shows; the admin opens for that browser."""
    browser = requests.Session()
    login = host.url("/en/account/login/?next=/admin/")
    browser.get(login, timeout=10)
    asked = browser.post(
        login,
        data={
            "login": editor["email"],
            "password": editor["password"],
            "csrfmiddlewaretoken": browser.cookies["csrftoken"],
        },
        headers={"Referer": login},
        allow_redirects=False,
        timeout=10,
    )
    assert asked.status_code == 302 and "/2fa/authenticate/" in asked.headers["Location"], asked.text[:500]
    prompt = host.url(asked.headers["Location"])
    passed = browser.post(
        prompt,
        data={"code": totp_code(editor["totp_secret"]), "csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": prompt},
        allow_redirects=False,
        timeout=10,
    )
    assert passed.status_code == 302 and passed.headers["Location"] == "/admin/", passed.text[:500]
    assert browser.get(host.url("/admin/"), allow_redirects=False, timeout=10).status_code == 200
    return browser


def form_fields(html, action_contains):
    """What a browser would submit from the page's form whose action contains `action_contains`."""
    form = next(
        form
        for form in BeautifulSoup(html, "html.parser").find_all("form")
        if action_contains in form.get("action", "")
    )
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.name == "textarea":
            data[name] = field.text.removeprefix("\n")  # browsers drop the newline after <textarea>
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return data


def test_a_target_edited_in_the_admin_on_host_a_shows_at_once_on_host_b_cached_public_page(cluster):
    a, b = cluster.hosts
    editor = cluster.editor
    page = b.url(editor["page_url"])
    old_name = editor["target"]["name_en"]
    for _ in range(2):  # host B has the public page in the shared page cache
        before = requests.get(page, timeout=10)
    assert before.headers["X-Cache"] == "hit" and old_name in before.text

    browser = sign_in_staff_over_http(a, editor)
    edit = a.url(f"/admin/snippets/transparency/target/edit/{editor['target']['id']}/")
    form = browser.get(edit, timeout=10)
    assert form.status_code == 200, form.status_code
    data = form_fields(form.text, f"/edit/{editor['target']['id']}/")
    new_name = "Over 93% of investment applications handled fully online, as edited on host A"
    data["name_en"] = new_name
    saved = browser.post(edit, data=data, headers={"Referer": edit}, allow_redirects=False, timeout=30)
    assert saved.status_code == 302, "the admin refused the edit:\n" + saved.text[:2000]

    # At once: the save on A moved the shared page-cache generation in Redis, so the very next
    # request on B renders the page again instead of serving the copy cached before the edit.
    after = requests.get(page, timeout=10)
    assert new_name in after.text and old_name not in after.text, "host B served the target as it was before"
    assert after.headers["X-Cache"] == "miss"
    assert new_name in requests.get(a.url(editor["page_url"]), timeout=10).text


def sign_in(host, email):
    """Sign in through the host's sign-in form; the session cookie the browser would keep."""
    browser = requests.Session()
    browser.get(host.url("/en/account/login/"), timeout=10)
    answer = browser.post(
        host.url("/en/account/login/"),
        data={"login": email, "password": DEFAULT_PASSWORD, "csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": host.url("/en/account/login/")},
        allow_redirects=False,
        timeout=10,
    )
    assert answer.status_code == 302, answer.text[:500]
    return browser.cookies["sessionid"]


def test_a_session_signed_in_on_a_is_valid_on_b_and_a_rate_limit_hit_on_a_holds_on_b(cluster):
    a, b = cluster.hosts
    email = cluster.info["applicants"][0]["email"]
    session = sign_in(a, email)
    dashboard = requests.get(b.url("/en/account/"), cookies={"sessionid": session}, allow_redirects=False, timeout=10)
    assert dashboard.status_code == 200 and email in dashboard.text

    def lookup(host, session):
        path = f"/en/certificates/?code=NOPE{next(NONCES)}"
        answer = requests.get(host.url(path), cookies={"sessionid": session}, allow_redirects=False, timeout=30)
        return answer.status_code  # 302 to the code's page (itself counted too, so not followed), or 429

    # RATE_LIMITS["certificate_lookup"] = 20/m per signed-in person. The 20 lookups on A go at once so
    # that they fall in one counting window; if the window turns over anyway, again with another person.
    for trainee in cluster.info["trainees"][:3]:
        with ThreadPoolExecutor(10) as pool:
            on_a = list(pool.map(lambda _n, session=trainee["session"]: lookup(a, session), range(20)))
        on_b = lookup(b, trainee["session"])
        if on_b == 429:
            break
    assert 429 not in on_a and on_b == 429, "host B counted the lookups made on host A"


@pytest.fixture(scope="module")
def submitted(cluster):
    a, _b = cluster.hosts
    applicant = cluster.info["applicants"][1]
    detail = apply(Visitor(a, Recorder(), applicant["session"]), cluster.info["parcels"][0], time.monotonic() + 120)
    assert detail, "the application was not submitted on host A"
    return {"email": applicant["email"], "session": applicant["session"], "detail": detail}


def test_each_email_of_an_application_goes_exactly_once_although_two_workers_run(cluster, submitted):
    officer = cluster.info["officer"]["email"]
    assert eventually(lambda: cluster.mail.to(submitted["email"]) and cluster.mail.to(officer), seconds=30)
    time.sleep(3)  # any duplicate would have arrived by now
    assert len(cluster.mail.to(submitted["email"])) == 1
    assert len(cluster.mail.to(officer)) == 1


def test_killing_a_worker_in_the_middle_of_a_batch_loses_no_email_and_duplicates_none(cluster):
    a, b = cluster.hosts
    trainees = cluster.info["trainees"]
    before = len(cluster.mail.messages)
    recorder = Recorder()

    def register_all():
        for number, trainee in enumerate(trainees):
            host = a if number % 2 else b
            register(Visitor(host, recorder, trainee["session"]), cluster.info, time.monotonic() + 60)

    registering = threading.Thread(target=register_all)
    registering.start()
    assert eventually(lambda: len(cluster.mail.messages) >= before + 2, seconds=60), "no e-mail left at all"
    cluster.workers[0].send_signal(signal.SIGKILL)  # in the middle of the batch, without warning
    registering.join(timeout=120)

    def everyone_told():
        return all(cluster.mail.to(trainee["email"]) for trainee in trainees)

    assert eventually(everyone_told, seconds=90, pause=0.5), "an e-mail was lost with the killed worker"
    time.sleep(3)
    counts = {trainee["email"]: len(cluster.mail.to(trainee["email"])) for trainee in trainees}
    assert set(counts.values()) == {1}, counts


def test_a_document_uploaded_on_a_downloads_on_b(cluster, submitted):
    _a, b = cluster.hosts
    cookie = {"sessionid": submitted["session"]}
    page = requests.get(b.url(submitted["detail"]), cookies=cookie, timeout=10)
    assert page.status_code == 200
    links = re.findall(r'href="(/en/apply/[0-9a-f-]+/documents/\d+/)"', page.text)
    assert links, "no document listed on host B"
    download = requests.get(b.url(links[0]), cookies=cookie, timeout=10)
    assert download.status_code == 200 and download.content == PDF_BYTES


def search(host, words):
    return requests.get(host.url(f"/en/search/?{urlencode({'q': words, 'n': next(NONCES)})}"), timeout=15)


def test_search_answers_on_both_hosts_with_one_elasticsearch_node_stopped_and_the_cluster_heals(cluster):
    nodes = cluster.nodes
    # With two master-eligible nodes only the elected master votes; stop the other (production runs three).
    stopped = next(node for node in nodes if not node.is_master())
    survivor = next(node for node in nodes if node is not stopped)
    stopped.stop()
    try:
        for host in cluster.hosts:
            answer = search(host, "cloud engineering")
            assert answer.status_code == 200
            assert "Cloud engineering" in answer.text and SEARCH_FALLBACK_NOTICE not in answer.text, host.port
    finally:
        stopped.start()
    stopped.wait_until_healthy()
    health = cluster_health(survivor.url, "green", timeout=120)
    assert health["status"] == "green" and health["number_of_nodes"] == 2, health
