/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-municipality-drop-down"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-municipality-drop-down.h"

struct _MkMunicipalityDropDown
{
  AdwBin         parent_instance;

  GtkDropDown   *dropdown;
  GtkStringList *names;         /* «All municipalities», then the names */
  char          *municipality;  /* selected; NULL for all */
  gboolean       ellipsize;
};

G_DEFINE_FINAL_TYPE (MkMunicipalityDropDown, mk_municipality_drop_down, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MUNICIPALITY,
  PROP_ELLIPSIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_selected (MkMunicipalityDropDown *self)
{
  guint position = gtk_drop_down_get_selected (self->dropdown);
  const char *name = position == GTK_INVALID_LIST_POSITION || position == 0
                     ? NULL : gtk_string_list_get_string (self->names, position);

  if (g_strcmp0 (name, self->municipality) == 0)
    return;
  g_free (self->municipality);
  self->municipality = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUNICIPALITY]);
}

const char *
mk_municipality_drop_down_get_municipality (MkMunicipalityDropDown *self)
{
  g_return_val_if_fail (MK_IS_MUNICIPALITY_DROP_DOWN (self), NULL);
  return self->municipality;
}

/* The position of NAME, 0 («All») for NULL; GTK_INVALID_LIST_POSITION
 * when it is not offered. */
static guint
find (MkMunicipalityDropDown *self,
      const char             *name)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->names));

  if (name == NULL)
    return 0;
  for (guint i = 1; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->names, i), name) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

gboolean
mk_municipality_drop_down_set_municipality (MkMunicipalityDropDown *self,
                                            const char             *name)
{
  guint position;

  g_return_val_if_fail (MK_IS_MUNICIPALITY_DROP_DOWN (self), FALSE);
  if ((position = find (self, name)) == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (self->dropdown, position);
  return TRUE;
}

void
mk_municipality_drop_down_set_names (MkMunicipalityDropDown *self,
                                     const char *const      *names)
{
  g_autofree char *kept = g_strdup (self->municipality);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->names));
  guint position;

  g_return_if_fail (MK_IS_MUNICIPALITY_DROP_DOWN (self));
  /* One splice, so that the drop-down sees a single change. */
  gtk_string_list_splice (self->names, 1, n - 1, names);
  position = find (self, kept);
  gtk_drop_down_set_selected (self->dropdown, position != GTK_INVALID_LIST_POSITION ? position : 0);
  on_selected (self);
}

gboolean
mk_municipality_drop_down_load (MkMunicipalityDropDown  *self,
                                MkStore                 *store,
                                GError                 **error)
{
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (MK_IS_MUNICIPALITY_DROP_DOWN (self), FALSE);
  if (store != NULL && (names = mk_store_list_municipalities (store, error)) == NULL)
    {
      mk_municipality_drop_down_set_names (self, NULL);
      return FALSE;
    }
  mk_municipality_drop_down_set_names (self, (const char *const *) names);
  return TRUE;
}

guint
mk_municipality_drop_down_get_n_names (MkMunicipalityDropDown *self)
{
  g_return_val_if_fail (MK_IS_MUNICIPALITY_DROP_DOWN (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->names)) - 1;
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

/* «Каменск-Уральский городской округ» would make the button, and so the
 * page, too wide for the window: the button cuts it, the list does not. */
static void
ellipsize_button (MkMunicipalityDropDown *self)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_label), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_label), NULL);
  gtk_drop_down_set_factory (self->dropdown, button);
  gtk_drop_down_set_list_factory (self->dropdown, list);
}

static void
mk_municipality_drop_down_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  MkMunicipalityDropDown *self = MK_MUNICIPALITY_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_MUNICIPALITY: g_value_set_string (value, self->municipality); break;
    case PROP_ELLIPSIZE: g_value_set_boolean (value, self->ellipsize); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_municipality_drop_down_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  MkMunicipalityDropDown *self = MK_MUNICIPALITY_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_MUNICIPALITY:
      mk_municipality_drop_down_set_municipality (self, g_value_get_string (value));
      break;
    case PROP_ELLIPSIZE:
      if ((self->ellipsize = g_value_get_boolean (value)))
        ellipsize_button (self);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_municipality_drop_down_finalize (GObject *object)
{
  MkMunicipalityDropDown *self = MK_MUNICIPALITY_DROP_DOWN (object);

  g_free (self->municipality);
  g_object_unref (self->names);
  G_OBJECT_CLASS (mk_municipality_drop_down_parent_class)->finalize (object);
}

/* A label's mnemonic opens the drop-down. */
static gboolean
mk_municipality_drop_down_mnemonic_activate (GtkWidget *widget,
                                             gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (MK_MUNICIPALITY_DROP_DOWN (widget)->dropdown),
                                       group_cycling);
}

static void
mk_municipality_drop_down_class_init (MkMunicipalityDropDownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  GTK_WIDGET_CLASS (klass)->mnemonic_activate = mk_municipality_drop_down_mnemonic_activate;
  object_class->get_property = mk_municipality_drop_down_get_property;
  object_class->set_property = mk_municipality_drop_down_set_property;
  object_class->finalize = mk_municipality_drop_down_finalize;
  properties[PROP_MUNICIPALITY] =
    g_param_spec_string ("municipality", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ELLIPSIZE] =
    g_param_spec_boolean ("ellipsize", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mk_municipality_drop_down_init (MkMunicipalityDropDown *self)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  self->names = gtk_string_list_new (NULL);
  gtk_string_list_append (self->names, _("All municipalities"));
  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->names)),
                                                     NULL));
  gtk_drop_down_set_expression (self->dropdown, expression);
  gtk_drop_down_set_enable_search (self->dropdown, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Municipality"), -1);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->dropdown));
  g_signal_connect_object (self->dropdown, "notify::selected", G_CALLBACK (on_selected), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
mk_municipality_drop_down_new (void)
{
  return g_object_new (MK_TYPE_MUNICIPALITY_DROP_DOWN, NULL);
}
