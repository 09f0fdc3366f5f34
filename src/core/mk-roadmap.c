/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-roadmap"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-error.h"
#include "mk-roadmap.h"

struct _MkRoadmap
{
  GObject        parent_instance;

  MkRoadmapInfo  info;
};

G_DEFINE_FINAL_TYPE (MkRoadmap, mk_roadmap, G_TYPE_OBJECT)

static void
info_clear (MkRoadmapInfo *info)
{
  g_free (info->title);
  g_free (info->municipality);
  g_free (info->order_number);
  g_free (info->order_date);
  g_free (info->order_title);
}

static void
mk_roadmap_finalize (GObject *object)
{
  info_clear (&MK_ROADMAP (object)->info);
  G_OBJECT_CLASS (mk_roadmap_parent_class)->finalize (object);
}

static void
mk_roadmap_class_init (MkRoadmapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mk_roadmap_finalize;
}

static void
mk_roadmap_init (MkRoadmap *self)
{
}

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

MkRoadmap *
mk_roadmap_new (const MkRoadmapInfo *info)
{
  MkRoadmap *self = g_object_new (MK_TYPE_ROADMAP, NULL);

  self->info = *info;
  self->info.title = dup_or_empty (info->title);
  self->info.municipality = info->municipality != NULL && *info->municipality != '\0'
                            ? g_strdup (info->municipality) : NULL;
  self->info.order_number = dup_or_empty (info->order_number);
  self->info.order_date = dup_or_empty (info->order_date);
  self->info.order_title = dup_or_empty (info->order_title);
  return self;
}

MkRoadmap *
mk_roadmap_copy (MkRoadmap *self)
{
  g_return_val_if_fail (MK_IS_ROADMAP (self), NULL);
  return mk_roadmap_new (&self->info);
}

const MkRoadmapInfo *
mk_roadmap_get_info (MkRoadmap *self)
{
  g_return_val_if_fail (MK_IS_ROADMAP (self), NULL);
  return &self->info;
}

void
mk_roadmap_set_id (MkRoadmap *self,
                   gint64     id)
{
  g_return_if_fail (MK_IS_ROADMAP (self));
  self->info.id = id;
}

gboolean
mk_roadmap_serves (MkRoadmap *self,
                   MkCluster  cluster)
{
  g_return_val_if_fail (MK_IS_ROADMAP (self), FALSE);
  return cluster > MK_CLUSTER_NONE && cluster < MK_N_CLUSTERS &&
         (self->info.clusters & (1u << cluster)) != 0;
}

static char *
join_clusters (guint        clusters,
               const char *(*name) (MkCluster),
               const char  *separator)
{
  GString *text = g_string_new (NULL);

  for (MkCluster c = MK_CLUSTER_SPU; c < MK_N_CLUSTERS; c++)
    if (clusters & (1u << c))
      g_string_append_printf (text, "%s%s", text->len > 0 ? separator : "", name (c));
  return g_string_free (text, FALSE);
}

char *
mk_roadmap_dup_clusters_label (MkRoadmap *self)
{
  g_return_val_if_fail (MK_IS_ROADMAP (self), NULL);
  return join_clusters (self->info.clusters, mk_cluster_official_abbreviation, ", ");
}

char *
mk_roadmap_dup_label (MkRoadmap *self)
{
  g_autofree char *clusters = NULL;

  g_return_val_if_fail (MK_IS_ROADMAP (self), NULL);
  clusters = mk_roadmap_dup_clusters_label (self);
  /* Translators: a roadmap in choosers and cards: «№ 1 · ШНРО · Смоленск» */
  return g_strdup_printf (_("№ %d · %s · %s%s"), self->info.number,
                          self->info.level == MK_ROADMAP_MUNICIPAL ? _("municipal plan") : clusters,
                          self->info.municipality != NULL ? self->info.municipality
                                                          : _("all municipalities"),
                          self->info.archived ? _(" (archived)") : "");
}

char *
mk_roadmap_dup_cluster_codes (MkRoadmap *self)
{
  g_return_val_if_fail (MK_IS_ROADMAP (self), NULL);
  return join_clusters (self->info.clusters, mk_cluster_to_code, " ");
}

gboolean
mk_roadmap_parse_clusters (const char *text,
                           guint      *clusters)
{
  g_auto(GStrv) words = g_strsplit_set (text != NULL ? text : "", " ,;\t", -1);

  *clusters = 0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      MkCluster cluster;

      if (*words[i] == '\0')
        continue;
      if (!mk_cluster_from_code (words[i], &cluster))
        return FALSE;
      *clusters |= 1u << cluster;
    }
  return TRUE;
}

gboolean
mk_roadmap_check (MkRoadmap  *self,
                  GError    **error)
{
  const MkRoadmapInfo *info = &self->info;

  if (info->school_year < 1990 || info->school_year > 2100)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("%d is not a school year from 1990 to 2100"), info->school_year), FALSE);
  if (info->number < 1)
    return (g_set_error (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                         _("A roadmap's number starts at 1, not %d"), info->number), FALSE);
  if (info->clusters == 0)
    return (g_set_error_literal (error, MK_STORE_ERROR, MK_STORE_ERROR_INVALID,
                                 _("A roadmap serves at least one cluster")), FALSE);
  return TRUE;
}
