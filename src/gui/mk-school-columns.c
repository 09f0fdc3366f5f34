/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-school-columns"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-gui-util.h"
#include "mk-natural.h"
#include "mk-schools-page-private.h"

typedef const char *(*MkSchoolGetter) (MkSchool *school);

static const char *
get_profile_label (MkSchool *school)
{
  return mk_profile_label (mk_school_get_profile (school));
}

/* Names are wide and matter most; people's names are secondary. The
 * widths are in characters so that they follow the font size. */
static const struct {
  const char     *title;
  MkSchoolGetter  get;
  int             chars;
  gboolean        expand;
} columns[MK_N_SCHOOL_COLUMNS] = {
  [MK_SCHOOL_COLUMN_MUNICIPALITY] = { N_("Municipality"), mk_school_get_municipality, 18, FALSE },
  [MK_SCHOOL_COLUMN_NAME]         = { N_("Name"), mk_school_get_name, 20, FALSE },
  [MK_SCHOOL_COLUMN_FULL_NAME]    = { N_("Full Name"), mk_school_get_full_name, 22, TRUE },
  [MK_SCHOOL_COLUMN_PROFILE]      = { N_("Profile"), get_profile_label, 11, FALSE },
  [MK_SCHOOL_COLUMN_HEAD]         = { N_("Head"), mk_school_get_head, 14, FALSE },
  [MK_SCHOOL_COLUMN_CURATOR]      = { N_("Curator"), mk_school_get_curator, 14, FALSE },
};

/* Long official names are cut in the cell; the tooltip shows them whole. */
static char *
dup_cell_tooltip (gpointer item,
                  guint    column)
{
  return g_strdup (columns[column].get (item));
}

/* GtkInscription: half the per-frame cost of GtkLabel in a column view
 * on GTK 4.8 (docs/pitfalls.md). */
static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription),
                                 columns[column].chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  mk_cell_set_tooltip_func (inscription, item, column, dup_cell_tooltip);
  gtk_list_item_set_child (item, inscription);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  MkSchool *school = gtk_list_item_get_item (item);
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_list_item_get_child (item));

  gtk_inscription_set_text (inscription, columns[column].get (school));
}

static int
compare_schools (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  MkSchool *school_a = MK_SCHOOL ((gpointer) a);
  MkSchool *school_b = MK_SCHOOL ((gpointer) b);

  /* Profiles sort in their own order (secondary, basic, advanced,
   * evening), not alphabetically by a translated label. */
  if (column == MK_SCHOOL_COLUMN_PROFILE)
    return gtk_ordering_from_cmpfunc ((int) mk_school_get_profile (school_a) -
                                      (int) mk_school_get_profile (school_b));

  return gtk_ordering_from_cmpfunc (mk_natural_compare (columns[column].get (school_a) ?: "",
                                                        columns[column].get (school_b) ?: ""));
}

static GtkColumnViewColumn *
create_column (guint column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkCustomSorter *sorter;
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (_(columns[column].title), factory);
  sorter = gtk_custom_sorter_new (compare_schools, GUINT_TO_POINTER (column), NULL);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
  g_object_unref (sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, columns[column].expand);
  return view_column;
}

void
mk_school_columns_add (GtkColumnView *view)
{
  for (guint i = 0; i < MK_N_SCHOOL_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = create_column (i);

      gtk_column_view_append_column (view, column);
    }
}
