/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-year-drop-down"
#include "config.h"

#include "mk-school-year.h"
#include "mk-year-drop-down.h"

struct _MkYearDropDown
{
  AdwBin         parent_instance;

  GtkDropDown   *dropdown;
  GtkStringList *names;
  GArray        *years;     /* int, ascending, beside NAMES */
  int            year;      /* selected; 0 when none */
  gboolean       calendar;
  gboolean       filling;   /* NAMES change: the drop-down's selection follows */
};

G_DEFINE_FINAL_TYPE (MkYearDropDown, mk_year_drop_down, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_CALENDAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

int
mk_year_drop_down_current (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);

  /* The school year starts on the 1st of September. */
  return g_date_time_get_month (now) >= 9 ? year : year - 1;
}

static guint
find (MkYearDropDown *self,
      int             year)
{
  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
update_actions (MkYearDropDown *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year.prev",
                                 mk_year_drop_down_can_step (self, -1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "year.next",
                                 mk_year_drop_down_can_step (self, 1));
}

/* Sets the year and says so; TRUE when it changed. */
static gboolean
take_year (MkYearDropDown *self,
           int             year)
{
  if (self->year == year)
    return (update_actions (self), FALSE);
  self->year = year;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
  return TRUE;
}

static void
on_selected (MkYearDropDown *self)
{
  guint position = gtk_drop_down_get_selected (self->dropdown);

  if (self->filling || position >= self->years->len)
    return;
  take_year (self, g_array_index (self->years, int, position));
}

static char *
year_name (MkYearDropDown *self,
           int             year)
{
  return self->calendar ? g_strdup_printf ("%d", year) : mk_school_year_format (year);
}

gboolean
mk_year_drop_down_set_years (MkYearDropDown *self,
                             GArray         *years)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->names));
  guint keep;

  g_return_val_if_fail (MK_IS_YEAR_DROP_DOWN (self), FALSE);
  g_array_set_size (self->years, 0);
  if (years != NULL)
    g_array_append_vals (self->years, years->data, years->len);
  for (guint i = 0; i < self->years->len; i++)
    g_ptr_array_add (names, year_name (self, g_array_index (self->years, int, i)));
  g_ptr_array_add (names, NULL);
  self->filling = TRUE;
  gtk_string_list_splice (self->names, 0, n, (const char * const *) names->pdata);
  keep = find (self, self->year);
  if (keep == GTK_INVALID_LIST_POSITION)
    keep = self->years->len > 0 ? self->years->len - 1 : GTK_INVALID_LIST_POSITION;
  gtk_drop_down_set_selected (self->dropdown, keep);
  self->filling = FALSE;
  return take_year (self, keep != GTK_INVALID_LIST_POSITION
                          ? g_array_index (self->years, int, keep) : 0);
}

gboolean
mk_year_drop_down_load (MkYearDropDown  *self,
                        MkStore         *store,
                        GError         **error)
{
  g_autoptr(GArray) years = store != NULL ? mk_store_list_data_years (store, error)
                                          : g_array_new (FALSE, FALSE, sizeof (int));

  if (years == NULL)
    return FALSE;
  /* There is always a year to classify or to set the methodology for. */
  if (store != NULL && years->len == 0)
    {
      int current = mk_year_drop_down_current ();
      g_array_append_val (years, current);
    }
  return mk_year_drop_down_set_years (self, years);
}

int
mk_year_drop_down_get_year (MkYearDropDown *self)
{
  g_return_val_if_fail (MK_IS_YEAR_DROP_DOWN (self), 0);
  return self->year;
}

gboolean
mk_year_drop_down_set_year (MkYearDropDown *self,
                            int             year)
{
  guint position;

  g_return_val_if_fail (MK_IS_YEAR_DROP_DOWN (self), FALSE);
  if ((position = find (self, year)) == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (self->dropdown, position);
  return TRUE;
}

gboolean
mk_year_drop_down_can_step (MkYearDropDown *self,
                            int             step)
{
  guint position = find (self, self->year);

  return position != GTK_INVALID_LIST_POSITION && (int) position + step >= 0 &&
         (int) position + step < (int) self->years->len;
}

gboolean
mk_year_drop_down_step (MkYearDropDown *self,
                        int             step)
{
  if (!mk_year_drop_down_can_step (self, step))
    return FALSE;
  gtk_drop_down_set_selected (self->dropdown, find (self, self->year) + step);
  return TRUE;
}

GArray *
mk_year_drop_down_get_years (MkYearDropDown *self)
{
  return self->years;
}

GListModel *
mk_year_drop_down_get_model (MkYearDropDown *self)
{
  return G_LIST_MODEL (self->names);
}

static void
mk_year_drop_down_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MkYearDropDown *self = MK_YEAR_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_CALENDAR: g_value_set_boolean (value, self->calendar); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_year_drop_down_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MkYearDropDown *self = MK_YEAR_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_YEAR: mk_year_drop_down_set_year (self, g_value_get_int (value)); break;
    case PROP_CALENDAR: self->calendar = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_year_drop_down_finalize (GObject *object)
{
  g_array_unref (MK_YEAR_DROP_DOWN (object)->years);
  G_OBJECT_CLASS (mk_year_drop_down_parent_class)->finalize (object);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mk_year_drop_down_step (MK_YEAR_DROP_DOWN (widget),
                          g_str_equal (action_name, "year.next") ? 1 : -1);
}

/* Ctrl+Page Down and Ctrl+Page Up step the year wherever the focus is on
 * the page shown (the window manages the shortcuts of visible widgets),
 * as a spreadsheet steps its sheets. */
static void
add_shortcuts (MkYearDropDown *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, GDK_CONTROL_MASK),
                        gtk_named_action_new ("year.next")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, GDK_CONTROL_MASK),
                        gtk_named_action_new ("year.prev")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* A label's mnemonic («_Учебный год») opens the drop-down. */
static gboolean
mk_year_drop_down_mnemonic_activate (GtkWidget *widget,
                                     gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (MK_YEAR_DROP_DOWN (widget)->dropdown),
                                       group_cycling);
}

static void
mk_year_drop_down_class_init (MkYearDropDownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  GTK_WIDGET_CLASS (klass)->mnemonic_activate = mk_year_drop_down_mnemonic_activate;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "year.next", NULL, step_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "year.prev", NULL, step_action);
  object_class->get_property = mk_year_drop_down_get_property;
  object_class->set_property = mk_year_drop_down_set_property;
  object_class->finalize = mk_year_drop_down_finalize;
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CALENDAR] =
    g_param_spec_boolean ("calendar", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mk_year_drop_down_init (MkYearDropDown *self)
{
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->names = gtk_string_list_new (NULL);
  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->names), NULL));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->dropdown));
  g_signal_connect_object (self->dropdown, "notify::selected", G_CALLBACK (on_selected), self,
                           G_CONNECT_SWAPPED);
  add_shortcuts (self);
  update_actions (self);
}

GtkWidget *
mk_year_drop_down_new (void)
{
  return g_object_new (MK_TYPE_YEAR_DROP_DOWN, NULL);
}
