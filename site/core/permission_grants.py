"""Data migrations that give staff groups an app's permissions, written once.

    from core.permission_grants import GroupGrants

    GRANTS = GroupGrants("land", {"Land officer": ["change_unit_status"]}, extra={"unit": ["publish"]})

    class Migration(migrations.Migration):
        operations = [migrations.RunPython(GRANTS.grant, GRANTS.revoke)]

`grant` first creates the app's permissions (Django only creates them after the whole `migrate`, too
late for a migration that hands them out), then any extra actions the models' Meta does not declare
(e.g. "publish"), then adds each group's permissions, creating the group if a fresh database lacks it.
`revoke` takes exactly those grants back. Both use the migration state's models only.
"""

from dataclasses import dataclass, field

from django.contrib.auth.management import create_permissions


@dataclass(frozen=True)
class GroupGrants:
    app_label: str
    grants: dict  # group name -> [codename, …] of `app_label`
    extra: dict = field(default_factory=dict)  # model name -> [action, …] to create as "<action>_<model>"

    def grant(self, apps, schema_editor):
        app_config = apps.get_app_config(self.app_label)
        app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model, actions in self.extra.items():
            content_type = ContentType.objects.get(app_label=self.app_label, model=model)
            for action in actions:
                Permission.objects.get_or_create(
                    content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
                )
        for group_name, codenames in self.grants.items():
            group, _created = Group.objects.get_or_create(name=group_name)
            group.permissions.add(*self._permissions(Permission, codenames))

    def revoke(self, apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        for group in Group.objects.filter(name__in=self.grants):
            group.permissions.remove(*self._permissions(Permission, self.grants[group.name]))

    def _permissions(self, permission_model, codenames):
        return permission_model.objects.filter(content_type__app_label=self.app_label, codename__in=codenames)
