/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-cluster-columns"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-cluster-columns.h"
#include "mk-gui-util.h"
#include "mk-markers.h"
#include "mk-natural.h"

/* The mark of a cluster set by hand, after the cluster's name. */
#define OVERRIDE_MARK "✎"

/* Widths in characters so that they follow the font size. Numbers sit
 * on the right as in the official tables. */
static const struct {
  const char *title;
  int         chars;
  gboolean    numeric;
  gboolean    expand;
} columns[MK_N_CLUSTER_COLUMNS] = {
  [MK_CLUSTER_COLUMN_MUNICIPALITY]  = { N_("Municipality"), 14, FALSE, FALSE },
  [MK_CLUSTER_COLUMN_SCHOOL]        = { N_("School"), 18, FALSE, TRUE },
  [MK_CLUSTER_COLUMN_MARKERS_PREV]  = { N_("Markers"), 6, TRUE, FALSE },
  [MK_CLUSTER_COLUMN_MARKERS_CUR]   = { N_("Markers"), 6, TRUE, FALSE },
  [MK_CLUSTER_COLUMN_MARKERS_TOTAL] = { N_("Total"), 4, TRUE, FALSE },
  [MK_CLUSTER_COLUMN_LEVEL]         = { N_("Level"), 16, FALSE, FALSE },
  [MK_CLUSTER_COLUMN_ISBSH]         = { N_("ISBSH"), 5, TRUE, FALSE },
  [MK_CLUSTER_COLUMN_COMPUTED]      = { N_("Computed Cluster"), 7, FALSE, FALSE },
  [MK_CLUSTER_COLUMN_FINAL]         = { N_("Final Cluster"), 8, FALSE, FALSE },
};

const char *
mk_cluster_short_label (MkCluster cluster)
{
  /* Translators: no cluster: the data of the window do not decide one */
  return cluster == MK_CLUSTER_NONE ? _("no data") : mk_cluster_abbreviation (cluster);
}

static char *
dup_number (int value)
{
  /* Translators: a count the database does not hold («н/д»), not 0 */
  return value < 0 ? g_strdup (_("n/a")) : g_strdup_printf ("%d", value);
}

static char *
dup_isbsh (int tenths)
{
  return tenths < 0 ? g_strdup ("") : mk_format_tenths (tenths);
}

static char *
dup_level (int level)
{
  return level < 0 ? g_strdup ("") : g_strdup (mk_level_label ((MkLevel) level));
}

static char *
dup_final (MkAssignment *assignment)
{
  const char *label = mk_cluster_short_label (mk_assignment_get_final (assignment));

  if (mk_assignment_get_override (assignment) == MK_CLUSTER_NONE)
    return g_strdup (label);
  return g_strconcat (label, " " OVERRIDE_MARK, NULL);
}

/* «≥3» where one year of the window is not known: the sum is partial. */
static char *
dup_total (MkAssignment *a)
{
  int prev = mk_assignment_get_markers_prev (a), cur = mk_assignment_get_markers_cur (a);

  if ((prev < 0) != (cur < 0))
    /* Translators: a partial total, a year of it unknown */
    return g_strdup_printf (_("≥%d"), mk_assignment_get_markers_total (a));
  return dup_number (mk_assignment_get_markers_total (a));
}

char *
mk_cluster_column_dup_text (MkAssignment    *a,
                            MkClusterColumn  column)
{
  switch (column)
    {
    case MK_CLUSTER_COLUMN_MUNICIPALITY: return g_strdup (mk_assignment_get_municipality (a));
    case MK_CLUSTER_COLUMN_SCHOOL: return g_strdup (mk_assignment_get_school_name (a));
    case MK_CLUSTER_COLUMN_MARKERS_PREV: return dup_number (mk_assignment_get_markers_prev (a));
    case MK_CLUSTER_COLUMN_MARKERS_CUR: return dup_number (mk_assignment_get_markers_cur (a));
    case MK_CLUSTER_COLUMN_MARKERS_TOTAL: return dup_total (a);
    case MK_CLUSTER_COLUMN_LEVEL: return dup_level (mk_assignment_get_level (a));
    case MK_CLUSTER_COLUMN_ISBSH: return dup_isbsh (mk_assignment_get_isbsh (a));
    case MK_CLUSTER_COLUMN_COMPUTED:
      return g_strdup (mk_cluster_short_label (mk_assignment_get_computed (a)));
    case MK_CLUSTER_COLUMN_FINAL: return dup_final (a);
    default: g_return_val_if_reached (NULL);
    }
}

char *
mk_assignment_dup_override_text (MkAssignment *assignment)
{
  g_autofree char *date = NULL;

  if (mk_assignment_get_override (assignment) == MK_CLUSTER_NONE)
    return NULL;
  date = mk_assignment_dup_override_date_text (assignment);
  /* Translators: the tooltip of a cluster set by hand: date, reason */
  return g_strdup_printf (_("Set by hand on %s: %s"), date,
                          mk_assignment_get_override_reason (assignment));
}

char *
mk_cluster_column_dup_tooltip (MkAssignment    *a,
                               MkClusterColumn  column)
{
  MkCluster cluster;

  switch (column)
    {
    case MK_CLUSTER_COLUMN_MUNICIPALITY:
    case MK_CLUSTER_COLUMN_SCHOOL:
    case MK_CLUSTER_COLUMN_LEVEL:
      /* Long names are cut in the cell; the tooltip shows them whole. */
      return mk_cluster_column_dup_text (a, column);
    case MK_CLUSTER_COLUMN_COMPUTED:
      cluster = mk_assignment_get_computed (a);
      return cluster == MK_CLUSTER_NONE ? g_strdup (_("Not classified: no data"))
                                        : g_strdup (mk_cluster_title (cluster));
    case MK_CLUSTER_COLUMN_FINAL:
      if (mk_assignment_get_override (a) != MK_CLUSTER_NONE)
        return mk_assignment_dup_override_text (a);
      cluster = mk_assignment_get_final (a);
      return cluster == MK_CLUSTER_NONE ? NULL : g_strdup (mk_cluster_title (cluster));
    default:
      return NULL;
    }
}

static char *
dup_cell_tooltip (gpointer item,
                  guint    column)
{
  return mk_cluster_column_dup_tooltip (item, column);
}

/* GtkInscription: half the per-frame cost of GtkLabel in a column view
 * on GTK 4.8 (docs/pitfalls.md). */
static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_inscription_new (NULL));

  gtk_inscription_set_nat_chars (inscription, columns[column].chars);
  /* The school's name is what a specialist reads the row by: it must not
   * shrink to «Средня…» when the window is narrow. */
  if (column == MK_CLUSTER_COLUMN_SCHOOL)
    gtk_inscription_set_min_chars (inscription, 14);
  gtk_inscription_set_text_overflow (inscription, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (columns[column].numeric)
    {
      gtk_inscription_set_xalign (inscription, 1.0);
      gtk_widget_add_css_class (GTK_WIDGET (inscription), "numeric");
    }
  mk_cell_set_tooltip_func (GTK_WIDGET (inscription), item, column, dup_cell_tooltip);
  gtk_list_item_set_child (item, GTK_WIDGET (inscription));
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  MkAssignment *assignment = gtk_list_item_get_item (item);
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  g_autofree char *text = mk_cluster_column_dup_text (assignment, column);

  /* An override must show at a glance: bold, with its mark. */
  if (column == MK_CLUSTER_COLUMN_FINAL &&
      mk_assignment_get_override (assignment) != MK_CLUSTER_NONE)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
      gtk_inscription_set_markup (inscription, markup);
    }
  else
    gtk_inscription_set_text (inscription, text);
}

/* Unknown values (-1) sort below every known one. */
static int
number_of (MkAssignment    *a,
           MkClusterColumn  column)
{
  switch (column)
    {
    case MK_CLUSTER_COLUMN_MARKERS_PREV: return mk_assignment_get_markers_prev (a);
    case MK_CLUSTER_COLUMN_MARKERS_CUR: return mk_assignment_get_markers_cur (a);
    case MK_CLUSTER_COLUMN_MARKERS_TOTAL: return mk_assignment_get_markers_total (a);
    case MK_CLUSTER_COLUMN_LEVEL: return mk_assignment_get_level (a);
    case MK_CLUSTER_COLUMN_ISBSH: return mk_assignment_get_isbsh (a);
    /* Clusters in their number order 1–5, «no data» (0) first. */
    case MK_CLUSTER_COLUMN_COMPUTED: return mk_cluster_number (mk_assignment_get_computed (a));
    case MK_CLUSTER_COLUMN_FINAL: return mk_cluster_number (mk_assignment_get_final (a));
    default: g_return_val_if_reached (0);
    }
}

static int
compare_assignments (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  MkClusterColumn column = GPOINTER_TO_UINT (user_data);
  MkAssignment *x = MK_ASSIGNMENT ((gpointer) a);
  MkAssignment *y = MK_ASSIGNMENT ((gpointer) b);

  /* Equal keys keep the store's order (municipality, then school), as
   * GtkSortListModel sorts stably. */
  if (column == MK_CLUSTER_COLUMN_MUNICIPALITY)
    return gtk_ordering_from_cmpfunc (mk_natural_compare (mk_assignment_get_municipality (x),
                                                          mk_assignment_get_municipality (y)));
  if (column == MK_CLUSTER_COLUMN_SCHOOL)
    return gtk_ordering_from_cmpfunc (mk_natural_compare (mk_assignment_get_school_name (x),
                                                          mk_assignment_get_school_name (y)));
  return gtk_ordering_from_cmpfunc (number_of (x, column) - number_of (y, column));
}

static GtkColumnViewColumn *
create_column (MkClusterColumn column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkSorter) sorter = NULL;
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (_(columns[column].title), factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_assignments,
                                              GUINT_TO_POINTER (column), NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, columns[column].expand);
  return view_column;
}

void
mk_cluster_columns_add (GtkColumnView *view)
{
  for (guint i = 0; i < MK_N_CLUSTER_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = create_column (i);

      gtk_column_view_append_column (view, column);
    }
}

static void
set_title (GtkColumnView   *view,
           MkClusterColumn  column,
           const char      *title)
{
  GListModel *view_columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (view_columns, column);

  gtk_column_view_column_set_title (view_column, title);
}

void
mk_cluster_columns_set_years (GtkColumnView *view,
                              int            school_year,
                              int            window)
{
  g_autofree char *prev = NULL;
  g_autofree char *cur = NULL;

  /* The window's last calendar year is the school year's start. */
  if (window <= 2)
    /* Translators: a column: markers of one calendar year */
    prev = g_strdup_printf (_("Markers %d"), school_year - 1);
  else
    /* Translators: a column: markers of the years before the last */
    prev = g_strdup_printf (_("Markers %d–%d"), school_year - window + 1, school_year - 1);
  cur = g_strdup_printf (_("Markers %d"), school_year);
  set_title (view, MK_CLUSTER_COLUMN_MARKERS_PREV, prev);
  set_title (view, MK_CLUSTER_COLUMN_MARKERS_CUR, cur);
}
