#define G_LOG_DOMAIN "mk-year-list"
#include "config.h"

#include "mk-school-year.h"
#include "mk-year-list.h"

int
mk_year_list_current (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);

  /* The school year starts on the 1st of September. */
  return g_date_time_get_month (now) >= 9 ? year : year - 1;
}

GArray *
mk_year_list_load (MkStore  *store,
                   GError  **error)
{
  g_autoptr(GArray) years = mk_store_list_data_years (store, error);

  if (years == NULL)
    return NULL;
  if (years->len == 0)
    {
      int current = mk_year_list_current ();
      g_array_append_val (years, current);
    }
  return g_steal_pointer (&years);
}

guint
mk_year_list_find (GArray *years,
                   int     year)
{
  for (guint i = 0; years != NULL && i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

guint
mk_year_list_fill (GtkStringList *names,
                   GArray        *years)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (names));

  for (guint i = 0; years != NULL && i < years->len; i++)
    g_ptr_array_add (strings, mk_school_year_format (g_array_index (years, int, i)));
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (names, 0, n, (const char * const *) strings->pdata);
  return years != NULL && years->len > 0 ? years->len - 1 : 0;
}

guint
mk_year_list_position_keeping (GArray *years,
                               int     keep)
{
  guint position = mk_year_list_find (years, keep);

  if (position != GTK_INVALID_LIST_POSITION)
    return position;
  return years != NULL && years->len > 0 ? years->len - 1 : 0;
}

int
mk_year_list_get_selected (GtkDropDown *dropdown,
                           GArray      *years)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (years == NULL || position >= years->len)
    return 0;
  return g_array_index (years, int, position);
}

gboolean
mk_year_list_select (GtkDropDown *dropdown,
                     GArray      *years,
                     int          year)
{
  guint position = mk_year_list_find (years, year);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (dropdown, position);
  return TRUE;
}

void
mk_year_list_step (GtkDropDown *dropdown,
                   GArray      *years,
                   int          year,
                   int          step)
{
  guint position = mk_year_list_find (years, year);

  if (position == GTK_INVALID_LIST_POSITION ||
      (step < 0 && position < (guint) -step) || position + step >= years->len)
    return;
  gtk_drop_down_set_selected (dropdown, position + step);
}

int
mk_year_list_show (GtkDropDown   *dropdown,
                   GtkStringList *names,
                   GArray        *years,
                   int            keep)
{
  guint position;

  mk_year_list_fill (names, years);
  position = mk_year_list_position_keeping (years, keep);
  gtk_drop_down_set_selected (dropdown, position);
  if (years == NULL || years->len == 0)
    return 0;
  return g_array_index (years, int, position);
}
