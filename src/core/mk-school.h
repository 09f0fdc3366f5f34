/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What kind of school it is (docs/methodology.md, «Entities»); stored as
 * its code. */
typedef enum {
  MK_PROFILE_SECONDARY,
  MK_PROFILE_BASIC,
  MK_PROFILE_ADVANCED,
  MK_PROFILE_EVENING,
} MkProfile;

#define MK_N_PROFILES 4

const char *mk_profile_to_code   (MkProfile profile);
gboolean    mk_profile_from_text (const char *text,
                                  MkProfile  *profile);
const char *mk_profile_label     (MkProfile profile);

#define MK_TYPE_SCHOOL (mk_school_get_type ())
G_DECLARE_FINAL_TYPE (MkSchool, mk_school, MK, SCHOOL, GObject)

MkSchool   *mk_school_new                  (void);
MkSchool   *mk_school_copy                 (MkSchool   *self);
/* Same id and the same value in every field. */
gboolean    mk_school_equal                (MkSchool   *a,
                                            MkSchool   *b);

gint64      mk_school_get_id               (MkSchool   *self);
void        mk_school_set_id               (MkSchool   *self,
                                            gint64      id);
const char *mk_school_get_municipality     (MkSchool   *self);
void        mk_school_set_municipality     (MkSchool   *self,
                                            const char *municipality);
const char *mk_school_get_region           (MkSchool   *self);
void        mk_school_set_region           (MkSchool   *self,
                                            const char *region);
const char *mk_school_get_name             (MkSchool   *self);
void        mk_school_set_name             (MkSchool   *self,
                                            const char *name);
const char *mk_school_get_full_name        (MkSchool   *self);
void        mk_school_set_full_name        (MkSchool   *self,
                                            const char *full_name);
const char *mk_school_get_legal_form       (MkSchool   *self);
void        mk_school_set_legal_form       (MkSchool   *self,
                                            const char *legal_form);
MkProfile   mk_school_get_profile          (MkSchool   *self);
void        mk_school_set_profile          (MkSchool   *self,
                                            MkProfile   profile);
gboolean    mk_school_get_rural            (MkSchool   *self);
void        mk_school_set_rural            (MkSchool   *self,
                                            gboolean    rural);
const char *mk_school_get_head             (MkSchool   *self);
void        mk_school_set_head             (MkSchool   *self,
                                            const char *head);
const char *mk_school_get_deputy           (MkSchool   *self);
void        mk_school_set_deputy           (MkSchool   *self,
                                            const char *deputy);
const char *mk_school_get_curator          (MkSchool   *self);
void        mk_school_set_curator          (MkSchool   *self,
                                            const char *curator);

G_END_DECLS
