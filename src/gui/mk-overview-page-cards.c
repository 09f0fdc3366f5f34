/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-overview-page"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-overview-page-private.h"
#include "mk-dashboard.h"

/* The clusters in their number order 1–5 (docs/methodology.md). */
const MkCluster mk_overview_cluster_order[MK_OVERVIEW_N_CARDS] = {
  MK_CLUSTER_SPU, MK_CLUSTER_SBU, MK_CLUSTER_SNRO, MK_CLUSTER_SFNSU, MK_CLUSTER_SRNR,
};

void
mk_overview_page_show_clusters (MkOverviewPage *self,
                                int             year,
                                int             cluster,
                                const char     *search)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-clusters", "(isis)",
                              year,
                              self->municipality != NULL ? self->municipality : "",
                              cluster,
                              search != NULL ? search : "");
}

static void
on_card_clicked (GtkButton      *button,
                 MkOverviewPage *self)
{
  for (guint i = 0; i < MK_OVERVIEW_N_CARDS; i++)
    if (self->cards[i].button == GTK_WIDGET (button))
      mk_overview_page_show_clusters (self, self->year, self->cards[i].cluster, NULL);
}

static GtkLabel *
card_label (GtkBox     *box,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, css_class);
  /* Five cards side by side must not widen the page past a laptop's. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
build_card (MkOverviewPage *self,
            MkOverviewCard *card)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  GtkWidget *title = gtk_label_new (mk_cluster_abbreviation (card->cluster));

  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (box, title);
  card->count_label = card_label (box, "title-1");
  card->share_label = card_label (box, "numeric");
  card->change_label = card_label (box, "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (box), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 12);
  card->button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (card->button), GTK_WIDGET (box));
  gtk_widget_add_css_class (card->button, "card");
  gtk_widget_set_tooltip_text (card->button, mk_cluster_title (card->cluster));
  g_signal_connect (card->button, "clicked", G_CALLBACK (on_card_clicked), self);
  gtk_box_append (self->cards_box, card->button);
}

void
mk_overview_page_build_cards (MkOverviewPage *self)
{
  for (guint i = 0; i < MK_OVERVIEW_N_CARDS; i++)
    {
      self->cards[i].cluster = mk_overview_cluster_order[i];
      build_card (self, &self->cards[i]);
    }
}

void
mk_overview_page_clear_cards (MkOverviewPage *self)
{
  for (guint i = 0; i < MK_OVERVIEW_N_CARDS; i++)
    {
      g_clear_pointer (&self->cards[i].share, g_free);
      g_clear_pointer (&self->cards[i].change, g_free);
    }
}

/* «+2», «−1» (U+2212, the typographic minus), «0». */
static char *
format_change (guint now,
               guint before)
{
  int diff = (int) now - (int) before;

  if (diff > 0)
    return g_strdup_printf ("+%d", diff);
  if (diff < 0)
    return g_strdup_printf ("\u2212%d", -diff);
  return g_strdup ("0");
}

/* What the card says of a cluster of a year the database does not know
 * whole (not classified; only its ШНРО list from documents): «н/д». */
static void
set_unknown_card (MkOverviewCard *card)
{
  g_free (card->share);
  g_free (card->change);
  card->count = 0;
  /* Translators: not known («н/д»), in place of a number */
  card->share = g_strdup (_("not known for this year"));
  card->change = g_strdup ("");
  gtk_label_set_text (card->count_label, _("n/a"));
  gtk_label_set_text (card->share_label, card->share);
  gtk_label_set_text (card->change_label, "");
}

/* The share is of all the schools shown (the municipality's, or all),
 * as the official tables count it, and says of how many. */
static void
set_card (MkOverviewCard      *card,
          const MkClusterYear *now,
          const MkClusterYear *before,
          guint                n_schools)
{
  g_autofree char *count = NULL;
  g_autofree char *share = NULL;
  g_autofree char *change_text = NULL;

  if (!mk_cluster_year_knows (now, card->cluster))
    return set_unknown_card (card);
  card->count = now->counts[card->cluster];
  share = mk_chart_format_share (n_schools > 0 ? 100.0 * card->count / n_schools : 0);
  g_free (card->share);
  /* Translators: a cluster card: «11,6 % из 43» (of all schools shown) */
  card->share = n_schools > 0 ? g_strdup_printf (_("%s of %u"), share, n_schools) : g_strdup ("");
  g_free (card->change);
  card->change = mk_cluster_year_knows (before, card->cluster)
                 ? format_change (card->count, before->counts[card->cluster]) : g_strdup ("");
  count = mk_chart_format_number (card->count, 0);
  gtk_label_set_text (card->count_label, count);
  gtk_label_set_text (card->share_label, card->share);
  /* Translators: a cluster card: "+2 against the previous year" */
  change_text = *card->change != '\0' ? g_strdup_printf (_("%s against the previous year"), card->change)
                                      : g_strdup (_("the previous year is not known"));
  gtk_label_set_text (card->change_label, change_text);
}

void
mk_overview_page_load_cards (MkOverviewPage *self)
{
  const MkClusterYear *now = NULL, *before = NULL;
  guint n_schools = self->dashboard != NULL ? self->dashboard->n_schools : 0;

  if (self->dashboard != NULL)
    {
      now = mk_dashboard_find_clusters (self->dashboard, self->year);
      before = mk_dashboard_find_clusters (self->dashboard, self->year - 1);
    }
  for (guint i = 0; i < MK_OVERVIEW_N_CARDS; i++)
    set_card (&self->cards[i], now, before, n_schools);
}

