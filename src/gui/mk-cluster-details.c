/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cluster-details"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-cluster-columns.h"
#include "mk-cluster-details.h"
#include "mk-gui-util.h"
#include "mk-school-year.h"
#include "mk-store-clusters.h"

struct _MkClusterDetails
{
  AdwBin        parent_instance;

  MkStore      *store;
  MkAssignment *assignment;
  GListModel   *history;

  GtkLabel     *title_label;
  GtkLabel     *subtitle_label;
  GtkLabel     *cluster_label;
  GtkLabel     *computed_label;
  GtkWidget    *override_box;
  GtkLabel     *override_title;
  GtkLabel     *override_reason;
  GtkLabel     *explanation_label;
  GtkGrid      *history_grid;
};

G_DEFINE_FINAL_TYPE (MkClusterDetails, mk_cluster_details, ADW_TYPE_BIN)

enum {
  HISTORY_YEAR,
  HISTORY_MARKERS,
  HISTORY_CLUSTER,
  HISTORY_SNRO,
  N_HISTORY_COLUMNS
};

static char *
dup_cluster_line (MkCluster cluster)
{
  if (cluster == MK_CLUSTER_NONE)
    return g_strdup (_("Not classified: no data"));
  /* Translators: «ШНРО — Школы с низкими результатами обучения» */
  return g_strdup_printf (_("%s — %s"), mk_cluster_abbreviation (cluster),
                          mk_cluster_title (cluster));
}

static void
show_override (MkClusterDetails *self,
               MkAssignment     *a)
{
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *computed = NULL;
  gboolean overridden = mk_assignment_get_override (a) != MK_CLUSTER_NONE;

  gtk_widget_set_visible (self->override_box, overridden);
  gtk_widget_set_visible (GTK_WIDGET (self->computed_label), overridden);
  if (!overridden)
    return;
  date = mk_assignment_dup_override_date_text (a);
  /* Translators: the heading of an override, with its date */
  title = g_strdup_printf (_("✎ Set by hand on %s"), date);
  gtk_label_set_text (self->override_title, title);
  gtk_label_set_text (self->override_reason, mk_assignment_get_override_reason (a));
  computed = g_strdup_printf (_("Computed cluster: %s"),
                              *mk_assignment_get_facts (a) == '\0'
                              ? _("none: the year was not classified")
                              : mk_cluster_short_label (mk_assignment_get_computed (a)));
  gtk_label_set_text (self->computed_label, computed);
}

static void
show_assignment (MkClusterDetails *self,
                 MkAssignment     *a)
{
  g_autofree char *year = mk_school_year_format (mk_assignment_get_school_year (a));
  g_autofree char *subtitle = NULL;
  g_autofree char *cluster = dup_cluster_line (mk_assignment_get_final (a));
  const char *explanation = mk_assignment_get_explanation (a);

  gtk_label_set_text (self->title_label, mk_assignment_get_school_name (a));
  /* Translators: «Смоленск · 2022/2023 учебный год» */
  subtitle = g_strdup_printf (_("%s · school year %s"), mk_assignment_get_municipality (a), year);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_label_set_text (self->cluster_label, cluster);
  show_override (self, a);
  /* Set by hand for a year that was never classified. */
  gtk_label_set_text (self->explanation_label,
                      explanation != NULL && *explanation != '\0'
                      ? explanation : _("The year has not been classified for this school."));
}

static char *
dup_markers (MkAssignment *a)
{
  int prev = mk_assignment_get_markers_prev (a);
  int cur = mk_assignment_get_markers_cur (a);

  if (prev >= 0 && cur >= 0)
    /* Translators: total markers (earlier years + the last year) */
    return g_strdup_printf (_("%d (%d + %d)"), prev + cur, prev, cur);
  if (prev < 0 && cur < 0)
    return g_strdup (_("n/a"));
  /* Translators: a partial total: the markers of the known year, and
   * «н/д» for the year without data */
  return prev < 0 ? g_strdup_printf (_("≥%d (n/a + %d)"), cur, cur)
                  : g_strdup_printf (_("≥%d (%d + n/a)"), prev, prev);
}

static char *
dup_snro (MkAssignment *a)
{
  guint streak = mk_assignment_get_snro_streak (a);
  const char *kind;

  if (mk_assignment_get_final (a) != MK_CLUSTER_SNRO)
    return g_strdup ("");
  /* Translators: in ШНРО for the first time / again (первоначально /
   * повторно in the official tables) */
  kind = mk_assignment_get_snro_repeated (a) ? _("repeated")
         : mk_assignment_get_snro_status_known (a) ? _("first time")
         /* Translators: first time or repeated is not known («н/д») */
         : _("n/a");
  if (streak < 2)
    return g_strdup (kind);
  /* Translators: «повторно, 4 раза подряд» */
  return g_strdup_printf (ngettext ("%s, %u time in a row", "%s, %u times in a row", streak),
                          kind, streak);
}

static char *
dup_history_cell (MkAssignment *a,
                  guint         column)
{
  switch (column)
    {
    case HISTORY_YEAR: return mk_school_year_format (mk_assignment_get_school_year (a));
    case HISTORY_MARKERS: return dup_markers (a);
    case HISTORY_CLUSTER: return mk_cluster_column_dup_text (a, MK_CLUSTER_COLUMN_FINAL);
    case HISTORY_SNRO: return dup_snro (a);
    default: g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
create_cell (const char *text,
             gboolean    wrap,
             gboolean    heading,
             gboolean    current)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  if (heading)
    gtk_widget_add_css_class (label, "dim-label");
  if (current)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
fill_history (MkClusterDetails *self)
{
  static const char *headings[N_HISTORY_COLUMNS] = {
    N_("School Year"), N_("Markers"), N_("Cluster"), N_("SNRO"),
  };
  guint n = self->history != NULL ? g_list_model_get_n_items (self->history) : 0;

  clear_grid (self->history_grid);
  for (guint c = 0; c < N_HISTORY_COLUMNS; c++)
    gtk_grid_attach (self->history_grid,
                     create_cell (_(headings[c]), c == HISTORY_SNRO, TRUE, FALSE), c, 0, 1, 1);
  for (guint row = 0; row < n; row++)
    {
      g_autoptr(MkAssignment) a = g_list_model_get_item (self->history, row);
      gboolean current = mk_assignment_get_school_year (a) ==
                         mk_assignment_get_school_year (self->assignment);

      for (guint c = 0; c < N_HISTORY_COLUMNS; c++)
        {
          g_autofree char *text = dup_history_cell (a, c);
          /* Only the ШНРО notes are long enough to wrap. */
          GtkWidget *cell = create_cell (text, c == HISTORY_SNRO, FALSE, current);
          g_autofree char *tooltip = c == HISTORY_CLUSTER
                                     ? mk_cluster_column_dup_tooltip (a, MK_CLUSTER_COLUMN_FINAL)
                                     : NULL;

          gtk_widget_set_tooltip_text (cell, tooltip);
          gtk_grid_attach (self->history_grid, cell, c, row + 1, 1, 1);
        }
    }
}

static void
load_history (MkClusterDetails *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->history);
  if (self->store != NULL && self->assignment != NULL)
    self->history = mk_store_list_school_history (self->store,
                                                  mk_assignment_get_school_id (self->assignment),
                                                  &error);
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the history of the school"),
                                error);
  fill_history (self);
}

void
mk_cluster_details_set_store (MkClusterDetails *self,
                              MkStore          *store)
{
  g_return_if_fail (MK_IS_CLUSTER_DETAILS (self));
  g_set_object (&self->store, store);
  mk_cluster_details_set_assignment (self, NULL);
}

void
mk_cluster_details_set_assignment (MkClusterDetails *self,
                                   MkAssignment     *assignment)
{
  g_return_if_fail (MK_IS_CLUSTER_DETAILS (self));

  g_set_object (&self->assignment, assignment);
  /* The stack is the bin's child, not bound: gtk_widget_dispose_template ()
   * would unparent it behind AdwBin's back. */
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    assignment != NULL ? "school" : "empty");
  if (assignment != NULL)
    show_assignment (self, assignment);
  load_history (self);
}

static void
mk_cluster_details_dispose (GObject *object)
{
  MkClusterDetails *self = MK_CLUSTER_DETAILS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MK_TYPE_CLUSTER_DETAILS);
  g_clear_object (&self->history);
  g_clear_object (&self->assignment);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (mk_cluster_details_parent_class)->dispose (object);
}

static void
mk_cluster_details_class_init (MkClusterDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_cluster_details_dispose;

  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-cluster-details.ui");
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, title_label);
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, cluster_label);
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, computed_label);
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, override_box);
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, override_title);
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, override_reason);
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, MkClusterDetails, history_grid);
}

static void
mk_cluster_details_init (MkClusterDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
