/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmap-dialog"
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "mk-roadmap-dialog.h"
#include "mk-school-year.h"
#include "mk-store-roadmaps.h"

struct _MkRoadmapDialog
{
  MkRecordDialog  parent_instance;

  AdwEntryRow    *year_row;
  AdwEntryRow    *number_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *clusters_row;
  AdwEntryRow    *municipality_row;
  AdwEntryRow    *order_number_row;
  AdwEntryRow    *order_date_row;
  AdwEntryRow    *order_title_row;
  GtkSwitch      *municipal_switch;
  GtkSwitch      *numbered_switch;
};

G_DEFINE_FINAL_TYPE (MkRoadmapDialog, mk_roadmap_dialog, MK_TYPE_RECORD_DIALOG)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The roadmap the fields describe, or NULL with the field at fault and
 * what is wrong with it. */
static MkRoadmap *
read_fields (MkRoadmapDialog  *self,
             GtkWidget       **field,
             char            **message)
{
  MkRoadmap *edited = mk_record_dialog_get_edited (MK_RECORD_DIALOG (self));
  g_autofree char *municipality = g_strstrip (g_strdup (text_of (self->municipality_row)));
  g_autoptr(MkRoadmap) roadmap = NULL;
  g_autoptr(GError) error = NULL;
  MkRoadmapInfo info = {
    .id = edited != NULL ? mk_roadmap_get_info (edited)->id : 0,
    .title = (char *) text_of (self->title_row),
    .level = gtk_switch_get_active (self->municipal_switch) ? MK_ROADMAP_MUNICIPAL : MK_ROADMAP_SCHOOL,
    .municipality = *municipality != '\0' ? municipality : NULL,
    .order_number = (char *) text_of (self->order_number_row),
    .order_date = (char *) text_of (self->order_date_row),
    .order_title = (char *) text_of (self->order_title_row),
    .numbered_sections = gtk_switch_get_active (self->numbered_switch),
    .archived = edited != NULL && mk_roadmap_get_info (edited)->archived,
  };

  *field = NULL;
  if (!mk_school_year_parse (text_of (self->year_row), &info.school_year))
    *field = GTK_WIDGET (self->year_row);
  else if ((info.number = atoi (text_of (self->number_row))) < 1)
    *field = GTK_WIDGET (self->number_row);
  else if (!mk_roadmap_parse_clusters (text_of (self->clusters_row), &info.clusters) ||
           info.clusters == 0)
    *field = GTK_WIDGET (self->clusters_row);
  if (*field != NULL)
    {
      *message = g_strdup_printf (_("«%s» is not right here: see the field's title for an example."),
                                  text_of (ADW_ENTRY_ROW (*field)));
      return NULL;
    }
  roadmap = mk_roadmap_new (&info);
  if (mk_roadmap_check (roadmap, &error))
    return g_steal_pointer (&roadmap);
  *field = GTK_WIDGET (self->title_row);
  *message = g_strdup (error->message);
  return NULL;
}

static gboolean
validate (MkRecordDialog *dialog)
{
  g_autoptr(MkRoadmap) roadmap = NULL;
  g_autofree char *message = NULL;
  GtkWidget *field = NULL;

  roadmap = read_fields (MK_ROADMAP_DIALOG (dialog), &field, &message);
  mk_record_dialog_show_error (dialog, field, message);
  return roadmap != NULL;
}

static void
on_field_changed (MkRoadmapDialog *self)
{
  mk_record_dialog_field_changed (MK_RECORD_DIALOG (self));
}

static gboolean
write_fields (MkRecordDialog  *dialog,
              GError         **error)
{
  MkRoadmapDialog *self = MK_ROADMAP_DIALOG (dialog);
  g_autoptr(MkRoadmap) roadmap = NULL;
  g_autofree char *message = NULL;
  GtkWidget *field = NULL;

  roadmap = read_fields (self, &field, &message);
  g_return_val_if_fail (roadmap != NULL, FALSE);
  if (!mk_store_save_roadmap (mk_record_dialog_get_store (dialog), roadmap, NULL, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, roadmap);
  return TRUE;
}

/* The store refuses a number the year has, or a municipality without
 * schools: the field is the number's or the municipality's. */
static GtkWidget *
error_field (MkRecordDialog *dialog,
             const GError   *error)
{
  MkRoadmapDialog *self = MK_ROADMAP_DIALOG (dialog);

  return error->code == MK_STORE_ERROR_DUPLICATE ? GTK_WIDGET (self->number_row)
                                                 : GTK_WIDGET (self->municipality_row);
}

static void
mk_roadmap_dialog_class_init (MkRoadmapDialogClass *klass)
{
  MkRecordDialogClass *dialog_class = MK_RECORD_DIALOG_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  dialog_class->validate = validate;
  dialog_class->write = write_fields;
  dialog_class->error_field = error_field;
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, MK_TYPE_ROADMAP);
  mk_record_dialog_class_set_template (widget_class, "/ru/mayak/Mayak/mk-roadmap-dialog.ui",
                                       "roadmap.save");
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, clusters_row);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, order_number_row);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, order_date_row);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, order_title_row);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, municipal_switch);
  gtk_widget_class_bind_template_child (widget_class, MkRoadmapDialog, numbered_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
}

static void
mk_roadmap_dialog_init (MkRoadmapDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_roadmap (MkRoadmapDialog *self,
              MkRoadmap       *roadmap)
{
  const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);
  g_autofree char *year = mk_school_year_format (info->school_year);
  g_autofree char *number = g_strdup_printf ("%d", info->number);
  g_autofree char *clusters = mk_roadmap_dup_clusters_label (roadmap);

  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), info->title);
  gtk_editable_set_text (GTK_EDITABLE (self->clusters_row), clusters);
  gtk_editable_set_text (GTK_EDITABLE (self->municipality_row),
                         info->municipality != NULL ? info->municipality : "");
  gtk_editable_set_text (GTK_EDITABLE (self->order_number_row), info->order_number);
  gtk_editable_set_text (GTK_EDITABLE (self->order_date_row), info->order_date);
  gtk_editable_set_text (GTK_EDITABLE (self->order_title_row), info->order_title);
  gtk_switch_set_active (self->municipal_switch, info->level == MK_ROADMAP_MUNICIPAL);
  gtk_switch_set_active (self->numbered_switch, info->numbered_sections);
}

MkRoadmapDialog *
mk_roadmap_dialog_new (GtkWindow *parent,
                       MkStore   *store,
                       MkRoadmap *edited,
                       int        school_year)
{
  MkRoadmapDialog *self = g_object_new (MK_TYPE_ROADMAP_DIALOG,
                                        "transient-for", parent,
                                        "title", edited != NULL ? _("Roadmap Properties")
                                                                : _("New Roadmap"),
                                        "store", store,
                                        "edited", edited,
                                        NULL);
  g_autofree char *year = mk_school_year_format (school_year);

  if (edited != NULL)
    show_roadmap (self, edited);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
  gtk_widget_grab_focus (GTK_WIDGET (edited != NULL ? self->title_row : self->number_row));
  return self;
}
