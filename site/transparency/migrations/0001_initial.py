"""Transparency becomes its own app: it adopts the tables the home app created (home 0003), without
touching the database. Home's 0005 forgets the models; 0002 moves their content types (and with them
the permissions and the pages' types); 0003 gives the tables this app's names."""

import django.db.models.deletion
import transparency.registry
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0004_target_permissions'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
        migrations.CreateModel(
            name='Target',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name_vi', models.CharField(help_text='Short name of the target.', max_length=200, verbose_name='name (Vietnamese)')),
                ('name_en', models.CharField(help_text='Short name of the target.', max_length=200, verbose_name='name (English)')),
                ('description_vi', models.TextField(blank=True, help_text='What was promised and why it matters.', verbose_name='description (Vietnamese)')),
                ('description_en', models.TextField(blank=True, help_text='What was promised and why it matters.', verbose_name='description (English)')),
                ('metric_key', models.CharField(choices=transparency.registry.metric_choices, help_text="The figure computed from the site's data that measures this target.", max_length=80, verbose_name='metric')),
                ('target_value', models.DecimalField(decimal_places=2, help_text='The value to reach, in the unit below.', max_digits=14, verbose_name='target value')),
                ('unit', models.CharField(choices=[('percent', '%'), ('working_days', 'working days'), ('square_metres', 'm²'), ('people', 'people'), ('count', 'count')], help_text='Must be the unit of the chosen metric.', max_length=20, verbose_name='unit')),
                ('direction', models.CharField(choices=[('at_least', 'at least (higher is better)'), ('at_most', 'at most (lower is better)')], default='at_least', help_text='Processing times are met at most; shares and counts at least.', max_length=10, verbose_name='direction')),
                ('deadline', models.DateField(help_text='The date by which the target should be met.', verbose_name='deadline')),
                ('source_vi', models.CharField(help_text='E.g. Nghị quyết số 16-NQ/TU ngày 07/10/2008.', max_length=250, verbose_name='source document (Vietnamese)')),
                ('source_en', models.CharField(help_text='E.g. Resolution No. 16-NQ/TU of 7 October 2008.', max_length=250, verbose_name='source document (English)')),
                ('source_url', models.URLField(blank=True, help_text='Where the document can be read.', verbose_name='source link')),
                ('sort_order', models.PositiveSmallIntegerField(default=0, help_text='Lower numbers come first.', verbose_name='order')),
            ],
            options={
                'verbose_name': 'target',
                'verbose_name_plural': 'targets',
                'ordering': ['sort_order', 'deadline', 'pk'],
                'db_table': 'home_target',
            },
        ),
        migrations.CreateModel(
            name='TransparencyPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                ('introduction', models.TextField(blank=True, help_text='A short paragraph on what is measured and why.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 7), ('call_to_action', 13), ('key_figures', 20), ('documents', 23), ('faq', 28)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section (h2)'), ('h3', 'Subsection (h3)')], 'help_text': 'Use a subsection only under a section.', 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['h2', 'h3', 'bold', 'italic', 'link', 'document-link', 'ol', 'ul', 'hr', 'blockquote'], 'icon': 'pilcrow', 'label': 'Rich text', 'template': 'blocks/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it.', 'label': 'Alternative text', 'max_length': 250}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 120}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Text', 'required': False}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Button label', 'max_length': 60}), 11: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'Used when no page is chosen.', 'label': 'Address', 'max_length': 300, 'required': False}), 13: ('wagtail.blocks.StructBlock', [[('title', 8), ('text', 9), ('button_label', 10), ('page', 11), ('url', 12)]], {}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 120, 'required': False}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'Value', 'max_length': 30}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Unit', 'max_length': 30, 'required': False}), 17: ('wagtail.blocks.CharBlock', (), {'label': 'Meaning', 'max_length': 120}), 18: ('wagtail.blocks.StructBlock', [[('value', 15), ('unit', 16), ('label', 17)]], {}), 19: ('wagtail.blocks.ListBlock', (18,), {'label': 'Figures', 'max_num': 6, 'min_num': 1}), 20: ('wagtail.blocks.StructBlock', [[('title', 14), ('figures', 19)]], {}), 21: ('wagtail.documents.blocks.DocumentChooserBlock', (), {}), 22: ('wagtail.blocks.ListBlock', (21,), {'label': 'Documents'}), 23: ('wagtail.blocks.StructBlock', [[('title', 14), ('documents', 22)]], {}), 24: ('wagtail.blocks.CharBlock', (), {'label': 'Question', 'max_length': 250}), 25: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Answer'}), 26: ('wagtail.blocks.StructBlock', [[('question', 24), ('answer', 25)]], {}), 27: ('wagtail.blocks.ListBlock', (26,), {'label': 'Questions'}), 28: ('wagtail.blocks.StructBlock', [[('title', 14), ('items', 27)]], {})}, help_text='Shown after the figures, e.g. methodology.', verbose_name='body')),
            ],
            options={
                'verbose_name': 'transparency page',
                'db_table': 'home_transparencypage',
            },
            bases=('wagtailcore.page',),
        ),
            ],
        ),
    ]
