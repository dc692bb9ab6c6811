"""Two officers reserving the same parcel at the same moment: exactly one wins (PostgreSQL row lock)."""

import threading

from django.db import connection

import pytest

from land import services
from land.models import ParcelStatusChange
from tests.factories.accounts import StaffFactory
from tests.factories.land import ParcelFactory


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_reservations_of_one_parcel_let_exactly_one_win():
    parcel = ParcelFactory()
    officers = [StaffFactory(groups=["Land officer"]) for _ in range(4)]
    barrier = threading.Barrier(len(officers))
    outcomes = []

    def reserve(officer):
        try:
            barrier.wait()
            services.reserve(parcel.code, actor=officer, reason="concurrent test")
            outcomes.append("won")
        except services.InvalidTransition:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=reserve, args=(officer,)) for officer in officers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused", "refused", "refused", "won"]
    assert ParcelStatusChange.objects.filter(parcel=parcel).count() == 1
