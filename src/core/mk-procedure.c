/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-procedure"
#include "config.h"

#include "mk-edit-distance.h"
#include "mk-procedure.h"

/* Immutable: the catalog is edited through the store, which hands out new
 * objects, so every property is construct-only. */
struct _MkProcedure
{
  GObject  parent_instance;

  gint64   id;
  char    *code;
  char    *kind;
  char    *subject_code;
  char    *subject;
  int      grade;
  char    *level;
  char    *title;
  int      position;
};

G_DEFINE_FINAL_TYPE (MkProcedure, mk_procedure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_KIND,
  PROP_SUBJECT_CODE,
  PROP_SUBJECT,
  PROP_GRADE,
  PROP_LEVEL,
  PROP_TITLE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mk_procedure_finalize (GObject *object)
{
  MkProcedure *self = MK_PROCEDURE (object);

  g_free (self->code);
  g_free (self->kind);
  g_free (self->subject_code);
  g_free (self->subject);
  g_free (self->level);
  g_free (self->title);
  G_OBJECT_CLASS (mk_procedure_parent_class)->finalize (object);
}

/* The string fields by property, so that get and set share one table. */
static char **
string_field (MkProcedure *self,
              guint        prop_id)
{
  switch (prop_id)
    {
    case PROP_CODE: return &self->code;
    case PROP_KIND: return &self->kind;
    case PROP_SUBJECT_CODE: return &self->subject_code;
    case PROP_SUBJECT: return &self->subject;
    case PROP_LEVEL: return &self->level;
    case PROP_TITLE: return &self->title;
    default: return NULL;
    }
}

static void
mk_procedure_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MkProcedure *self = MK_PROCEDURE (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else if (prop_id == PROP_ID)
    g_value_set_int64 (value, self->id);
  else if (prop_id == PROP_GRADE)
    g_value_set_int (value, self->grade);
  else if (prop_id == PROP_POSITION)
    g_value_set_int (value, self->position);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
mk_procedure_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MkProcedure *self = MK_PROCEDURE (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_free (*field);
      *field = g_value_dup_string (value);
    }
  else if (prop_id == PROP_ID)
    self->id = g_value_get_int64 (value);
  else if (prop_id == PROP_GRADE)
    self->grade = g_value_get_int (value);
  else if (prop_id == PROP_POSITION)
    self->position = g_value_get_int (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                              G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int_property (const char *name,
              int         maximum)
{
  return g_param_spec_int (name, NULL, NULL, 0, maximum, 0,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_STATIC_STRINGS);
}

static void
mk_procedure_class_init (MkProcedureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mk_procedure_finalize;
  object_class->get_property = mk_procedure_get_property;
  object_class->set_property = mk_procedure_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] = string_property ("code");
  properties[PROP_KIND] = string_property ("kind");
  properties[PROP_SUBJECT_CODE] = string_property ("subject-code");
  properties[PROP_SUBJECT] = string_property ("subject");
  properties[PROP_GRADE] = int_property ("grade", 11);
  properties[PROP_LEVEL] = string_property ("level");
  properties[PROP_TITLE] = string_property ("title");
  properties[PROP_POSITION] = int_property ("position", G_MAXINT);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mk_procedure_init (MkProcedure *self)
{
}

gint64
mk_procedure_get_id (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), 0);
  return self->id;
}

const char *
mk_procedure_get_code (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), NULL);
  return self->code;
}

const char *
mk_procedure_get_kind (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), NULL);
  return self->kind;
}

const char *
mk_procedure_get_subject_code (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), NULL);
  return self->subject_code;
}

const char *
mk_procedure_get_subject (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), NULL);
  return self->subject;
}

int
mk_procedure_get_grade (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), 0);
  return self->grade;
}

const char *
mk_procedure_get_level (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), NULL);
  return self->level;
}

const char *
mk_procedure_get_title (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), NULL);
  return self->title;
}

int
mk_procedure_get_position (MkProcedure *self)
{
  g_return_val_if_fail (MK_IS_PROCEDURE (self), 0);
  return self->position;
}

/* Casefolded with runs of spaces as one, so that "ОГЭ  матем" compares. */
static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\r\n", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (kept, words[i]);
  joined = g_strv_builder_end (kept);
  return g_strjoinv (" ", joined);
}

typedef struct {
  MkProcedure *procedure;
  guint        shared;    /* kind, subject, grade and level the text names */
  guint        distance;
} Nearness;

static int
compare_nearness (gconstpointer a,
                  gconstpointer b)
{
  const Nearness *na = a, *nb = b;

  if (na->shared != nb->shared)
    return na->shared > nb->shared ? -1 : 1;
  if (na->distance != nb->distance)
    return na->distance < nb->distance ? -1 : 1;
  return na->procedure->position - nb->procedure->position;
}

static Nearness
nearness (MkProcedure           *procedure,
          const MkProcedureSpec *spec,
          const char            *query)
{
  g_autofree char *code = fold (procedure->code);
  g_autofree char *heading = g_strconcat (procedure->kind, " ", procedure->title, NULL);
  g_autofree char *title = fold (heading);
  Nearness n = { procedure, 0, 0 };

  n.shared = (g_strcmp0 (spec->kind, procedure->kind) == 0) +
             (g_strcmp0 (spec->subject_code, procedure->subject_code) == 0) +
             (spec->grade != 0 && spec->grade == procedure->grade) +
             (*spec->level != '\0' && g_str_equal (spec->level, procedure->level));
  n.distance = MIN (mk_edit_distance (query, code), mk_edit_distance (query, title));
  return n;
}

GPtrArray *
mk_procedure_closest (GListModel *catalog,
                      const char *text,
                      guint       max)
{
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (Nearness));
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *query = NULL;
  MkProcedureSpec spec;

  /* A text that parses compares by its code: "ВПР РУ-9" is near "ВПР РУ-8". */
  if (mk_procedure_parse (text, &spec, NULL))
    {
      g_autofree char *code = mk_procedure_spec_to_code (&spec);
      query = fold (code);
    }
  else
    query = fold (text);
  for (guint i = 0; i < g_list_model_get_n_items (catalog); i++)
    {
      g_autoptr(MkProcedure) procedure = g_list_model_get_item (catalog, i);
      Nearness n = nearness (procedure, &spec, query);
      g_array_append_val (near, n);
    }
  g_array_sort (near, compare_nearness);
  for (guint i = 0; i < near->len && i < max; i++)
    g_ptr_array_add (codes, g_strdup (g_array_index (near, Nearness, i).procedure->code));
  return codes;
}
