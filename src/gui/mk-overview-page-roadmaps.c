/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-overview-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-chart.h"
#include "mk-gui-util.h"
#include "mk-overview-page-private.h"
#include "mk-status-table.h"

/* Each card reads its roadmap's whole table; a year of a region has a few
 * roadmaps per municipality, and the page shows the first few. */
#define MAX_CARDS 6

static GtkWidget *
card_label (GtkWidget  *box,
            const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Narrow enough for three cards side by side on a laptop's screen. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* «СШ № 5, СШ № 7»: the schools of TABLE that have reported nothing; with
 * their municipality when the roadmap is of every municipality. */
static char *
silent_schools (MkStatusTable *table,
                guint         *n)
{
  GString *names = g_string_new (NULL);
  gboolean several = mk_roadmap_get_info (mk_status_table_get_roadmap (table))->municipality == NULL;

  *n = 0;
  for (guint c = 0; c < mk_status_table_n_columns (table); c++)
    {
      const MkRoadmapSchool *school = mk_status_table_get_school (table, c);
      MkStatusCount count = mk_status_table_count_column (table, c);

      if (count.cells == 0 || count.reported > 0 || !school->member)
        continue;
      g_string_append_printf (names, "%s%s", (*n)++ > 0 ? ", " : "", school->name);
      if (several)
        g_string_append_printf (names, " (%s)", school->municipality);
    }
  return g_string_free (names, FALSE);
}

static void
fill_card (GtkWidget     *box,
           MkStatusTable *table)
{
  MkRoadmap *roadmap = mk_status_table_get_roadmap (table);
  const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);
  MkStatusCount all = mk_status_table_count_all (table);
  g_autofree char *title = NULL, *share = NULL, *done = NULL, *silent = NULL, *names = NULL;
  guint n_silent = 0;

  title = mk_roadmap_dup_label (roadmap);
  card_label (box, title, "heading");
  share = all.cells > 0 ? mk_chart_format_share (100.0 * all.done / all.cells) : g_strdup (_("n/a"));
  card_label (box, share, "title-1");
  /* Translators: a roadmap card: cells done of the cells that take a status */
  done = g_strdup_printf (_("done %u of %u (item × school), «да» or «не требуется»; "
                            "no report on %u"), all.done, all.cells, all.cells - all.reported);
  card_label (box, done, "dim-label");
  names = info->level == MK_ROADMAP_MUNICIPAL ? g_strdup ("") : silent_schools (table, &n_silent);
  if (info->level == MK_ROADMAP_MUNICIPAL)
    silent = g_strdup (all.reported == 0 ? _("The municipality has reported nothing") : "");
  else
    silent = n_silent > 0 ? g_strdup_printf (_("Have reported nothing (%u): %s"), n_silent, names)
                          : g_strdup (_("Every school has reported"));
  if (*silent != '\0')
    card_label (box, silent, n_silent > 0 ? "warning" : NULL);
}

static GtkWidget *
roadmap_card (MkStatusTable *table)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *button = gtk_button_new ();
  gint64 id = mk_roadmap_get_info (mk_status_table_get_roadmap (table))->id;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  fill_card (box, table);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_set_tooltip_text (button, mk_roadmap_get_info (mk_status_table_get_roadmap (table))->title);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-roadmap");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

static gboolean
shown_here (MkOverviewPage *self,
            MkRoadmap      *roadmap)
{
  const MkRoadmapInfo *info = mk_roadmap_get_info (roadmap);

  return !info->archived && (self->municipality == NULL || info->municipality == NULL ||
                             g_strcmp0 (info->municipality, self->municipality) == 0);
}

void
mk_overview_page_load_roadmaps (MkOverviewPage *self)
{
  g_autoptr(GListModel) roadmaps = NULL;
  g_autoptr(GError) error = NULL;
  guint shown = 0, more = 0;

  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self->roadmap_cards_box)));)
    gtk_flow_box_remove (self->roadmap_cards_box, child);
  if (self->store != NULL && self->year > 0)
    roadmaps = mk_store_list_roadmaps (self->store, self->year, &error);
  for (guint i = 0; roadmaps != NULL && i < g_list_model_get_n_items (roadmaps); i++)
    {
      g_autoptr(MkRoadmap) roadmap = g_list_model_get_item (roadmaps, i);
      g_autoptr(MkStatusTable) table = NULL;

      if (!shown_here (self, roadmap))
        continue;
      if (shown == MAX_CARDS)
        {
          more++;
          continue;
        }
      if ((table = mk_status_table_new (self->store, roadmap, &error)) == NULL)
        break;
      gtk_flow_box_append (self->roadmap_cards_box, roadmap_card (table));
      shown++;
    }
  if (error != NULL)
    mk_widget_show_error_toast (GTK_WIDGET (self), _("Cannot read the roadmaps"), error);
  gtk_widget_set_visible (GTK_WIDGET (self->roadmap_cards_box), shown > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->roadmaps_heading), shown > 0);
  if (more > 0)
    {
      /* Translators: the heading of the roadmap cards when not all are shown */
      g_autofree char *heading = g_strdup_printf (_("Roadmaps of the year (%u more on the Roadmaps page)"),
                                                  more);
      gtk_label_set_text (self->roadmaps_heading, heading);
    }
  else
    gtk_label_set_text (self->roadmaps_heading, _("Roadmaps of the year"));
}
