/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-stale-banner"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-school-year.h"
#include "mk-stale-banner.h"
#include "mk-store-clusters.h"

struct _MkStaleBanner
{
  GtkBox     parent_instance;

  GtkLabel  *label;
  GtkButton *button;
  char      *action_name;
  gboolean   pass_year;
};

G_DEFINE_FINAL_TYPE (MkStaleBanner, mk_stale_banner, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ACTION_NAME,
  PROP_PASS_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mk_stale_banner_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MkStaleBanner *self = MK_STALE_BANNER (object);

  switch (prop_id)
    {
    case PROP_ACTION_NAME:
      /* Given to the button once the target is known (mk_stale_banner_update):
       * an action with a parameter warns about a button without one. */
      g_free (self->action_name);
      self->action_name = g_value_dup_string (value);
      break;
    case PROP_PASS_YEAR:
      self->pass_year = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_stale_banner_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MkStaleBanner *self = MK_STALE_BANNER (object);

  switch (prop_id)
    {
    case PROP_ACTION_NAME:
      g_value_set_string (value, self->action_name);
      break;
    case PROP_PASS_YEAR:
      g_value_set_boolean (value, self->pass_year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mk_stale_banner_finalize (GObject *object)
{
  g_free (MK_STALE_BANNER (object)->action_name);
  G_OBJECT_CLASS (mk_stale_banner_parent_class)->finalize (object);
}

static void
mk_stale_banner_class_init (MkStaleBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mk_stale_banner_finalize;
  object_class->set_property = mk_stale_banner_set_property;
  object_class->get_property = mk_stale_banner_get_property;
  properties[PROP_ACTION_NAME] =
    g_param_spec_string ("action-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PASS_YEAR] =
    g_param_spec_boolean ("pass-year", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "stalebanner");
}

static void
mk_stale_banner_init (MkStaleBanner *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "toolbar");
  gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  self->button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Recalculate")));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self), icon);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->label));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->button));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
mk_stale_banner_new (void)
{
  return g_object_new (MK_TYPE_STALE_BANNER, NULL);
}

void
mk_stale_banner_update (MkStaleBanner *self,
                        MkStore       *store,
                        int            year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *text = NULL;
  gboolean stale = FALSE;

  g_return_if_fail (MK_IS_STALE_BANNER (self));
  if (store != NULL && year > 0 && !mk_store_clusters_are_stale (store, year, &stale, &error))
    g_warning ("Cannot tell whether the clusters of %d are up to date: %s", year, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self), stale);
  if (!stale)
    return;
  year_text = mk_school_year_format (year);
  text = g_strdup_printf (_("The clusters of %s were computed before the latest changes of "
                            "the results, the schools or the methodology, and may not match "
                            "them. Recalculate them to bring them up to date."), year_text);
  gtk_label_set_text (self->label, text);
  if (self->pass_year)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->button),
                                            g_variant_new_int32 (year));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), self->action_name);
}
