/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-record-dialog"
#include "config.h"

#include "mk-gui-util.h"
#include "mk-record-dialog.h"

typedef struct
{
  MkStore    *store;
  GObject    *edited;       /* NULL when adding */
  gboolean    tried;        /* Save was pressed: errors show as they change */
  GtkWidget  *error_field;  /* the field marked now, or NULL */

  GtkBox     *body;
  GtkWidget  *save_button;
  GtkLabel   *error_label;
} MkRecordDialogPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MkRecordDialog, mk_record_dialog, ADW_TYPE_WINDOW)

enum { PROP_0, PROP_STORE, PROP_EDITED, PROP_FORM, N_PROPS };
static GParamSpec *properties[N_PROPS];

MkStore *
mk_record_dialog_get_store (MkRecordDialog *self)
{
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);

  return priv->store;
}

gpointer
mk_record_dialog_get_edited (MkRecordDialog *self)
{
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);

  return priv->edited;
}

void
mk_record_dialog_show_error (MkRecordDialog *self,
                             GtkWidget      *field,
                             const char     *message)
{
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);

  if (priv->error_field != NULL)
    gtk_widget_remove_css_class (priv->error_field, "error");
  priv->error_field = field;
  if (field != NULL)
    gtk_widget_add_css_class (field, "error");
  gtk_label_set_text (priv->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), message != NULL);
}

void
mk_record_dialog_field_changed (MkRecordDialog *self)
{
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);

  /* Errors appear once Save was tried, then follow the changes: a fresh
   * form does not open covered in red. */
  if (priv->tried)
    MK_RECORD_DIALOG_GET_CLASS (self)->validate (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MkRecordDialog *self = MK_RECORD_DIALOG (widget);
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);
  MkRecordDialogClass *klass = MK_RECORD_DIALOG_GET_CLASS (self);
  g_autoptr(GError) error = NULL;

  priv->tried = TRUE;
  if (!klass->validate (self))
    return;
  if (!klass->write (self, &error))
    {
      mk_record_dialog_show_error (self, klass->error_field (self, error), error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Enter in an entry row saves. */
static void
on_entry_activated (MkRecordDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), MK_RECORD_DIALOG_GET_CLASS (self)->save_action,
                              NULL);
}

void
mk_record_dialog_save_on_enter (MkRecordDialog *self,
                                GtkWidget      *spin)
{
  mk_spin_button_activates (spin, GTK_WIDGET (self), MK_RECORD_DIALOG_GET_CLASS (self)->save_action);
}

void
mk_record_dialog_class_set_template (GtkWidgetClass *widget_class,
                                     const char     *resource,
                                     const char     *save_action_name)
{
  MK_RECORD_DIALOG_CLASS (widget_class)->save_action = save_action_name;
  gtk_widget_class_set_template_from_resource (widget_class, resource);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
  gtk_widget_class_install_action (widget_class, save_action_name, NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The subclass's fields go under the message. */
static void
set_form (MkRecordDialog *self,
          GtkWidget      *form)
{
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);

  gtk_box_append (priv->body, form);
}

static void
mk_record_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MkRecordDialog *self = MK_RECORD_DIALOG (object);
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&priv->store, g_value_get_object (value));
      break;
    case PROP_EDITED:
      g_set_object (&priv->edited, g_value_get_object (value));
      break;
    case PROP_FORM:
      set_form (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The subclass's class is known only now, not in init. */
static void
mk_record_dialog_constructed (GObject *object)
{
  MkRecordDialog *self = MK_RECORD_DIALOG (object);
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);

  G_OBJECT_CLASS (mk_record_dialog_parent_class)->constructed (object);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (priv->save_button),
                                  MK_RECORD_DIALOG_GET_CLASS (self)->save_action);
}

static void
mk_record_dialog_dispose (GObject *object)
{
  MkRecordDialog *self = MK_RECORD_DIALOG (object);
  MkRecordDialogPrivate *priv = mk_record_dialog_get_instance_private (self);

  /* The subclass's template, not this one: after the first, GTK 4.8
   * aborts on the second (it no longer finds its children), and none of
   * this one's is a direct child of the window to unparent. */
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  priv->error_field = NULL;
  g_clear_object (&priv->store);
  g_clear_object (&priv->edited);
  G_OBJECT_CLASS (mk_record_dialog_parent_class)->dispose (object);
}

static void
mk_record_dialog_class_init (MkRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = mk_record_dialog_set_property;
  object_class->constructed = mk_record_dialog_constructed;
  object_class->dispose = mk_record_dialog_dispose;
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, MK_TYPE_STORE,
                                                G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITED] = g_param_spec_object ("edited", NULL, NULL, G_TYPE_OBJECT,
                                                 G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_FORM] = g_param_spec_object ("form", NULL, NULL, GTK_TYPE_WIDGET,
                                               G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  mk_gui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/ru/mayak/Mayak/mk-record-dialog.ui");
  gtk_widget_class_bind_template_child_private (widget_class, MkRecordDialog, body);
  gtk_widget_class_bind_template_child_private (widget_class, MkRecordDialog, save_button);
  gtk_widget_class_bind_template_child_private (widget_class, MkRecordDialog, error_label);
}

static void
mk_record_dialog_init (MkRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
