"""The application form offers the estimator's sectors, so an estimate's sector carries over as it is;
files stored with the old codes are renamed by the migration."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

import pytest

from investors.applications.forms import ProjectForm
from investors.incentives.sectors import SECTOR_CHOICES
from tests.factories.applications import ApplicationFactory

BEFORE = [("applications", "0014_merge_20261129_1647")]


def test_the_wizard_offers_exactly_the_estimators_sectors():
    offered = [choice for choice in ProjectForm.base_fields["sector"].choices if choice[0]]
    assert [code for code, _label in offered] == [code for code, _label in SECTOR_CHOICES]


@pytest.mark.django_db(transaction=True)
def test_files_stored_with_the_old_sector_codes_are_renamed():
    application = ApplicationFactory()
    executor = MigrationExecutor(connection)
    try:
        executor.migrate(BEFORE)
        old = executor.loader.project_state(BEFORE).apps.get_model("applications", "InvestmentApplication")
        old.objects.filter(pk=application.pk).update(sector="it_services")
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    application.refresh_from_db()
    assert application.sector == "software_services"
