/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-school"
#include "config.h"

#include <glib/gi18n.h>

#include "mk-school.h"

struct _MkSchool
{
  GObject    parent_instance;

  gint64     id;
  char      *municipality;
  char      *region;
  char      *name;
  char      *full_name;
  char      *legal_form;
  MkProfile  profile;
  gboolean   rural;
  char      *head;
  char      *deputy;
  char      *curator;
};

G_DEFINE_FINAL_TYPE (MkSchool, mk_school, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MUNICIPALITY,
  PROP_REGION,
  PROP_NAME,
  PROP_FULL_NAME,
  PROP_LEGAL_FORM,
  PROP_PROFILE,
  PROP_RURAL,
  PROP_HEAD,
  PROP_DEPUTY,
  PROP_CURATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *profile_codes[MK_N_PROFILES] = {
  "secondary", "basic", "advanced", "evening",
};

static const char *profile_labels[MK_N_PROFILES] = {
  N_("Secondary"), N_("Basic"), N_("Advanced"), N_("Evening (shift)"),
};

/* Russian words a spreadsheet may carry in a «Профиль» column. */
static const struct { const char *word; MkProfile profile; } profile_words[] = {
  { "средняя", MK_PROFILE_SECONDARY },
  { "основная", MK_PROFILE_BASIC },
  { "гимназия", MK_PROFILE_ADVANCED },
  { "лицей", MK_PROFILE_ADVANCED },
  { "углублённое", MK_PROFILE_ADVANCED },
  { "углубленное", MK_PROFILE_ADVANCED },
  { "повышенного уровня", MK_PROFILE_ADVANCED },
  { "вечерняя", MK_PROFILE_EVENING },
  { "сменная", MK_PROFILE_EVENING },
};

const char *
mk_profile_to_code (MkProfile profile)
{
  g_return_val_if_fail (profile < MK_N_PROFILES, NULL);
  return profile_codes[profile];
}

const char *
mk_profile_label (MkProfile profile)
{
  g_return_val_if_fail (profile < MK_N_PROFILES, NULL);
  return _(profile_labels[profile]);
}

gboolean
mk_profile_from_text (const char *text,
                      MkProfile  *profile)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (text));
  folded = g_utf8_casefold (stripped, -1);
  for (guint i = 0; i < MK_N_PROFILES; i++)
    if (g_str_equal (folded, profile_codes[i]))
      return (*profile = i, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (profile_words); i++)
    if (g_str_equal (folded, profile_words[i].word))
      return (*profile = profile_words[i].profile, TRUE);
  return FALSE;
}

static char **
string_field (MkSchool *self,
              guint     prop_id)
{
  switch (prop_id)
    {
    case PROP_MUNICIPALITY: return &self->municipality;
    case PROP_REGION: return &self->region;
    case PROP_NAME: return &self->name;
    case PROP_FULL_NAME: return &self->full_name;
    case PROP_LEGAL_FORM: return &self->legal_form;
    case PROP_HEAD: return &self->head;
    case PROP_DEPUTY: return &self->deputy;
    case PROP_CURATOR: return &self->curator;
    default: return NULL;
    }
}

/* Every text field is kept non-NULL so that views never print "(null)". */
static void
set_string (MkSchool   *self,
            guint       prop_id,
            const char *value)
{
  char **field = string_field (self, prop_id);

  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
mk_school_finalize (GObject *object)
{
  MkSchool *self = MK_SCHOOL (object);

  for (guint prop = PROP_MUNICIPALITY; prop < N_PROPS; prop++)
    if (string_field (self, prop) != NULL)
      g_clear_pointer (string_field (self, prop), g_free);
  G_OBJECT_CLASS (mk_school_parent_class)->finalize (object);
}

static void
mk_school_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MkSchool *self = MK_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PROFILE: g_value_set_int (value, self->profile); break;
    case PROP_RURAL: g_value_set_boolean (value, self->rural); break;
    default:
      if (string_field (self, prop_id) == NULL)
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      else
        g_value_set_string (value, *string_field (self, prop_id));
    }
}

static void
mk_school_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MkSchool *self = MK_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_ID: mk_school_set_id (self, g_value_get_int64 (value)); break;
    case PROP_PROFILE: mk_school_set_profile (self, g_value_get_int (value)); break;
    case PROP_RURAL: mk_school_set_rural (self, g_value_get_boolean (value)); break;
    default:
      if (string_field (self, prop_id) == NULL)
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      else
        set_string (self, prop_id, g_value_get_string (value));
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                              G_PARAM_EXPLICIT_NOTIFY);
}

static void
mk_school_class_init (MkSchoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                      G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mk_school_finalize;
  object_class->get_property = mk_school_get_property;
  object_class->set_property = mk_school_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MUNICIPALITY] = string_pspec ("municipality");
  properties[PROP_REGION] = string_pspec ("region");
  properties[PROP_NAME] = string_pspec ("name");
  properties[PROP_FULL_NAME] = string_pspec ("full-name");
  properties[PROP_LEGAL_FORM] = string_pspec ("legal-form");
  properties[PROP_PROFILE] = g_param_spec_int ("profile", NULL, NULL, 0,
                                               MK_N_PROFILES - 1, 0, flags);
  properties[PROP_RURAL] = g_param_spec_boolean ("rural", NULL, NULL, FALSE, flags);
  properties[PROP_HEAD] = string_pspec ("head");
  properties[PROP_DEPUTY] = string_pspec ("deputy");
  properties[PROP_CURATOR] = string_pspec ("curator");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mk_school_init (MkSchool *self)
{
  for (guint prop = PROP_MUNICIPALITY; prop < N_PROPS; prop++)
    if (string_field (self, prop) != NULL)
      *string_field (self, prop) = g_strdup ("");
}

MkSchool *
mk_school_new (void)
{
  return g_object_new (MK_TYPE_SCHOOL, NULL);
}

MkSchool *
mk_school_copy (MkSchool *self)
{
  MkSchool *copy = mk_school_new ();

  copy->id = self->id;
  copy->profile = self->profile;
  copy->rural = self->rural;
  for (guint prop = PROP_MUNICIPALITY; prop < N_PROPS; prop++)
    if (string_field (self, prop) != NULL)
      set_string (copy, prop, *string_field (self, prop));
  return copy;
}

gboolean
mk_school_equal (MkSchool *a,
                 MkSchool *b)
{
  if (a->id != b->id || a->profile != b->profile || a->rural != b->rural)
    return FALSE;
  for (guint prop = PROP_MUNICIPALITY; prop < N_PROPS; prop++)
    if (string_field (a, prop) != NULL &&
        g_strcmp0 (*string_field (a, prop), *string_field (b, prop)) != 0)
      return FALSE;
  return TRUE;
}

gint64 mk_school_get_id (MkSchool *self) { return self->id; }
MkProfile mk_school_get_profile (MkSchool *self) { return self->profile; }
gboolean mk_school_get_rural (MkSchool *self) { return self->rural; }
const char *mk_school_get_municipality (MkSchool *self) { return self->municipality; }
const char *mk_school_get_region (MkSchool *self) { return self->region; }
const char *mk_school_get_name (MkSchool *self) { return self->name; }
const char *mk_school_get_full_name (MkSchool *self) { return self->full_name; }
const char *mk_school_get_legal_form (MkSchool *self) { return self->legal_form; }
const char *mk_school_get_head (MkSchool *self) { return self->head; }
const char *mk_school_get_deputy (MkSchool *self) { return self->deputy; }
const char *mk_school_get_curator (MkSchool *self) { return self->curator; }

void
mk_school_set_id (MkSchool *self,
                  gint64    id)
{
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
mk_school_set_profile (MkSchool  *self,
                       MkProfile  profile)
{
  g_return_if_fail (profile < MK_N_PROFILES);
  if (self->profile == profile)
    return;
  self->profile = profile;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

void
mk_school_set_rural (MkSchool *self,
                     gboolean  rural)
{
  rural = !!rural;
  if (self->rural == rural)
    return;
  self->rural = rural;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RURAL]);
}

void mk_school_set_municipality (MkSchool *self, const char *v) { set_string (self, PROP_MUNICIPALITY, v); }
void mk_school_set_region (MkSchool *self, const char *v) { set_string (self, PROP_REGION, v); }
void mk_school_set_name (MkSchool *self, const char *v) { set_string (self, PROP_NAME, v); }
void mk_school_set_full_name (MkSchool *self, const char *v) { set_string (self, PROP_FULL_NAME, v); }
void mk_school_set_legal_form (MkSchool *self, const char *v) { set_string (self, PROP_LEGAL_FORM, v); }
void mk_school_set_head (MkSchool *self, const char *v) { set_string (self, PROP_HEAD, v); }
void mk_school_set_deputy (MkSchool *self, const char *v) { set_string (self, PROP_DEPUTY, v); }
void mk_school_set_curator (MkSchool *self, const char *v) { set_string (self, PROP_CURATOR, v); }
