/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-doc-preview"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-doc-preview.h"

/* A page at 70 % of its printed size: A4 is 595 × 842 points. */
#define SCALE 0.7
#define PAGE_W 595.276
#define PAGE_H 841.89

struct _MkDocPreview
{
  GtkWidget       parent_instance;
  GtkWidget      *box;
  MkDocJobResult *result;
};

G_DEFINE_FINAL_TYPE (MkDocPreview, mk_doc_preview, GTK_TYPE_WIDGET)

GtkWidget *
mk_doc_preview_new (void)
{
  return g_object_new (MK_TYPE_DOC_PREVIEW, NULL);
}

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  MkDocPreview *self = data;
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "mk-page"));

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->result == NULL || page >= mk_doc_layout_get_n_pages (self->result->layout))
    return;
  cairo_scale (cr, (double) width / PAGE_W, (double) height / PAGE_H);
  mk_doc_layout_draw_page (self->result->layout, cr, page);
}

static void
clear_pages (MkDocPreview *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
}

void
mk_doc_preview_set_result (MkDocPreview   *self,
                           MkDocJobResult *result)
{
  guint n;

  clear_pages (self);
  g_clear_pointer (&self->result, mk_doc_job_result_free);
  self->result = result;
  n = result != NULL ? mk_doc_layout_get_n_pages (result->layout) : 0;
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), i + 1, n);

      g_object_set_data (G_OBJECT (area), "mk-page", GUINT_TO_POINTER (i));
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), (int) (PAGE_W * SCALE));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), (int) (PAGE_H * SCALE));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page, self, NULL);
      gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (area, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      gtk_box_append (GTK_BOX (self->box), area);
    }
}

MkDoc *
mk_doc_preview_get_doc (MkDocPreview *self)
{
  return self->result != NULL ? self->result->doc : NULL;
}

guint
mk_doc_preview_get_n_pages (MkDocPreview *self)
{
  return self->result != NULL ? mk_doc_layout_get_n_pages (self->result->layout) : 0;
}

static void
mk_doc_preview_dispose (GObject *object)
{
  MkDocPreview *self = MK_DOC_PREVIEW (object);

  if (self->box != NULL)
    clear_pages (self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->result, mk_doc_job_result_free);
  G_OBJECT_CLASS (mk_doc_preview_parent_class)->dispose (object);
}

static void
mk_doc_preview_class_init (MkDocPreviewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mk_doc_preview_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mk_doc_preview_init (MkDocPreview *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (self->box, 18);
  gtk_widget_set_margin_bottom (self->box, 18);
  gtk_widget_set_margin_start (self->box, 18);
  gtk_widget_set_margin_end (self->box, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}
