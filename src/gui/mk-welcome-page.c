/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-welcome-page"
#include "config.h"

#include "mk-gui-util.h"
#include "mk-welcome-page.h"

struct _MkWelcomePage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (MkWelcomePage, mk_welcome_page, ADW_TYPE_BIN)

static void
mk_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MK_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (mk_welcome_page_parent_class)->dispose (object);
}

static void
mk_welcome_page_class_init (MkWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mk_welcome_page_dispose;
  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-welcome-page.ui");
}

static void
mk_welcome_page_init (MkWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
