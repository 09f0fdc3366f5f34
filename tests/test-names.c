/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mk-test-names"
#include "config.h"

#include <string.h>

#include "mk-names.h"
#include "mk-natural.h"
#include "mk-store.h"
#include "mk-text.h"
#include "mk-test-util.h"

typedef struct {
  const char *name;
  const char *key;
} KeyCase;

typedef struct {
  const char *full_name;
  const char *name;
  const char *key;
  MkProfile   profile;
} SchoolCase;

static void
check_keys (const KeyCase *cases,
            gsize          n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *key = mk_names_school_key (cases[i].name);

      g_test_message ("%s → %s", cases[i].name, key);
      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

/* The examples of docs/command-line.md «Names» and of the task that
 * introduced it. */
static void
test_key_spec_examples (void)
{
  static const KeyCase cases[] = {
    { "МБОУ «СШ № 19 имени Героя России Панова»", "сш 19" },
    { "МБОУ \"СОШ №19\"", "сш 19" },
    { "СШ 19", "сш 19" },
    { "СШ № 19 с углублённым изучением отдельных предметов", "сш 19" },
    { "СШ № 19 с углубленным изучением отдельных предметов", "сш 19" },
    { "Средняя школа №19", "сш 19" },
    { "Средняя общеобразовательная школа № 19", "сш 19" },
    { "Муниципальное автономное общеобразовательное учреждение «Средняя школа №2»", "сш 2" },
    { "Средняя общеобразовательная школа № 17 с углубленным изучением отдельных предметов", "сш 17" },
    { "Лицей № 9", "лицей 9" },
    { "Основная школа №14", "ош 14" },
    { "МБОУ Ельнинская СШ №2 им. К.И.Ракутина", "ельнинская сш 2" },
    { "Ельнинская СШ № 2", "ельнинская сш 2" },
    { "Школа-интернат \"Радуга\"", "школа-интернат радуга" },
    { "МБОУ «СШ № 3» города Смоленска", "сш 3" },
    { "МБОУ \"О(с)Ш № 1\"", "осш 1" },
  };

  check_keys (cases, G_N_ELEMENTS (cases));
}

/* Every way official documents and people write the number. */
static void
test_key_numbers (void)
{
  static const KeyCase cases[] = {
    { "СШ №9", "сш 9" },
    { "СШ № 9", "сш 9" },
    { "СШ N 9", "сш 9" },
    { "СШ N9", "сш 9" },
    { "СШ No 9", "сш 9" },
    { "СШ No9", "сш 9" },
    { "СШ 9", "сш 9" },
    { "СШ№9", "сш 9" },
    { "СШ №№ 9", "сш 9" },
    { "сш № 9.", "сш 9" },
    { "СШ № 10а", "сш 10а" },
    { "СШ № 10-а", "сш 10а" },
    { "СШ № 10 А", "сш 10" },
    { "СШ\u00a0№\u00a09", "сш 9" },
    { "  СШ   №   9  ", "сш 9" },
  };

  check_keys (cases, G_N_ELEMENTS (cases));
}

/* Legal forms, abbreviated or spelled out, and the kinds of school. */
static void
test_key_forms (void)
{
  static const KeyCase cases[] = {
    { "МБОУ СОШ № 5", "сш 5" },
    { "МАОУ СОШ № 5", "сш 5" },
    { "МОУ СОШ № 5", "сш 5" },
    { "МКОУ СОШ № 5", "сш 5" },
    { "ГБОУ СОШ № 5", "сш 5" },
    { "ЧОУ СОШ № 5", "сш 5" },
    { "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»", "сш 5" },
    { "Муниципальное казённое общеобразовательное учреждение «Основная общеобразовательная школа № 5»", "ош 5" },
    { "Муниципальное общеобразовательное учреждение «Средняя школа № 5»", "сш 5" },
    { "МБОУ ООШ № 5", "ош 5" },
    { "МБОУ ОШ № 5", "ош 5" },
    { "Основная общеобразовательная школа № 5 с интернатом", "ош 5" },
    { "МБОУ «Открытая (сменная) школа № 2»", "осш 2" },
    { "Открытая (сменная) общеобразовательная школа № 2", "осш 2" },
    { "Вечерняя (сменная) общеобразовательная школа № 2", "осш 2" },
    { "О(с)ОШ № 2", "осш 2" },
    { "МБОУ «Гимназия № 4»", "гимназия 4" },
    { "МБОУ ГИМНАЗИЯ №4", "гимназия 4" },
    { "Каменск-Уральская гимназия", "каменск-уральская гимназия" },
    { "Гимназия имени Пушкина", "гимназия" },
    { "„СШ № 5“", "сш 5" },
    { "'СШ № 5'", "сш 5" },
    { "СРЕДНЯЯ ШКОЛА № 5", "сш 5" },
    { "Средняя школа № 5 УИОП", "сш 5" },
    { "ОСОШ № 3", "осш 3" },
    { "СШ г. Смоленска № 5", "сш 5" },
    { "СШ г.Смоленска №5", "сш 5" },
    { "Школа-интернат города Смоленска", "школа-интернат" },
    { "Средняя общеобразовательная школа №1 с. Ивановка", "сш 1" },
    { "Ёлочка", "елочка" },
    { "", "" },
    { "МБОУ", "мбоу" },
  };

  check_keys (cases, G_N_ELEMENTS (cases));
}

static void
test_key_null (void)
{
  g_autofree char *key = mk_names_school_key (NULL);

  g_assert_cmpstr (key, ==, "");
}

/* The 43 schools of Smolensk as the cluster lists of the Smolensk
 * monitoring report name them. */
static const SchoolCase smolensk[] = {
  { "МБОУ «Гимназия № 1 имени Н.М. Пржевальского»", "Гимназия № 1", "гимназия 1", MK_PROFILE_ADVANCED },
  { "МБОУ «Гимназия № 4»", "Гимназия № 4", "гимназия 4", MK_PROFILE_ADVANCED },
  { "МБОУ «СШ № 8 с углубленным изучением иностранных языков»", "СШ № 8", "сш 8", MK_PROFILE_ADVANCED },
  { "МБОУ \"Лицей № 1 имени академика Б.Н. Петрова\"", "Лицей № 1", "лицей 1", MK_PROFILE_ADVANCED },
  { "МБОУ «СШ № 2»", "СШ № 2", "сш 2", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 3» города Смоленска", "СШ № 3", "сш 3", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 6»", "СШ № 6", "сш 6", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 7»", "СШ № 7", "сш 7", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 26 имени А.С. Пушкина»", "СШ № 26", "сш 26", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 27 имени Э.А. Хиля»", "СШ № 27", "сш 27", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 33»", "СШ № 33", "сш 33", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 34»", "СШ № 34", "сш 34", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 37»", "СШ № 37", "сш 37", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 38»", "СШ № 38", "сш 38", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 40»", "СШ № 40", "сш 40", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 9»", "СШ № 9", "сш 9", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 11»", "СШ № 11", "сш 11", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 14»", "СШ № 14", "сш 14", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 19 имени Героя России Панова»", "СШ № 19", "сш 19", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 36 имени генерала А.М. Городнянского»", "СШ № 36", "сш 36", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 39»", "СШ № 39", "сш 39", MK_PROFILE_SECONDARY },
  { "МБОУ \"О(с)Ш № 1\"", "О(с)Ш № 1", "осш 1", MK_PROFILE_EVENING },
  { "МБОУ \"О(с)Ш № 2\"", "О(с)Ш № 2", "осш 2", MK_PROFILE_EVENING },
  { "МБОУ «СШ № 1»", "СШ № 1", "сш 1", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 5»", "СШ № 5", "сш 5", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 10»", "СШ № 10", "сш 10", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 12»", "СШ № 12", "сш 12", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 13 имени Э.Д. Балтина»", "СШ № 13", "сш 13", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 15»", "СШ № 15", "сш 15", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 16»", "СШ № 16", "сш 16", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 17 имени Героя Российской Федерации А.Б. Буханова»", "СШ № 17", "сш 17", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 18»", "СШ № 18", "сш 18", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 21 имени Н.И. Рыленкова»", "СШ № 21", "сш 21", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 22»", "СШ № 22", "сш 22", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 23»", "СШ № 23", "сш 23", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 24»", "СШ № 24", "сш 24", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 25»", "СШ № 25", "сш 25", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 28»", "СШ № 28", "сш 28", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 29 с углублённым изучением отдельных предметов»", "СШ № 29", "сш 29", MK_PROFILE_ADVANCED },
  { "МБОУ «СШ № 30 имени С.А. Железнова»", "СШ № 30", "сш 30", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 31»", "СШ № 31", "сш 31", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 32 им. С.А. Лавочкина»", "СШ № 32", "сш 32", MK_PROFILE_SECONDARY },
  { "МБОУ «СШ № 35»", "СШ № 35", "сш 35", MK_PROFILE_SECONDARY },
};

/* Kamensk-Uralsky as its protocol No 12 (25.05.2022) heads its school tables,
 * and the short names the demo gives them. */
static const SchoolCase kamensk[] = {
  { "Муниципальное автономное общеобразовательное учреждение «Средняя школа № 1 с углублённым изучением отдельных предметов",
    "Средняя школа № 1", "сш 1", MK_PROFILE_ADVANCED },
  { "Муниципальное автономное общеобразовательное учреждение «Средняя школа №2»", "Средняя школа № 2", "сш 2", MK_PROFILE_SECONDARY },
  { "Муниципальное автономное общеобразовательное учреждение «Средняя школа №7»", "Средняя школа № 7", "сш 7", MK_PROFILE_SECONDARY },
  { "Муниципальное автономное общеобразовательное учреждение «Лицей № 9»", "Лицей № 9", "лицей 9", MK_PROFILE_ADVANCED },
  { "Муниципальное автономное общеобразовательное учреждение «Основная школа №14»", "Основная школа № 14", "ош 14", MK_PROFILE_BASIC },
  { "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 17 с углубленным изучением отдельных предметов»",
    "Средняя школа № 17", "сш 17", MK_PROFILE_ADVANCED },
  { "Муниципальное автономное общеобразовательное учреждение «Основная школа №27»", "Основная школа № 27", "ош 27", MK_PROFILE_BASIC },
  { "Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа № 27 с интернатом»",
    "Основная школа № 27", "ош 27", MK_PROFILE_BASIC },
  { "Муниципальное автономное общеобразовательное учреждение «Средняя школа №32»", "Средняя школа № 32", "сш 32", MK_PROFILE_SECONDARY },
  { "Муниципальное автономное общеобразовательное учреждение «Средняя школа № 35»", "Средняя школа № 35", "сш 35", MK_PROFILE_SECONDARY },
  { "Муниципальное автономное общеобразовательное учреждение «Средняя школа №37»", "Средняя школа № 37", "сш 37", MK_PROFILE_SECONDARY },
  { "Муниципальное автономное общеобразовательное учреждение «Средняя школа №38»", "Средняя школа № 38", "сш 38", MK_PROFILE_SECONDARY },
  { "Муниципальное бюджетное общеобразовательное учреждение «Основная школа № 39»", "Основная школа № 39", "ош 39", MK_PROFILE_BASIC },
  { "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа №51»", "Средняя школа № 51", "сш 51", MK_PROFILE_SECONDARY },
  { "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 60»", "Средняя школа № 60", "сш 60", MK_PROFILE_SECONDARY },
  { NULL, "Средняя школа № 21", "сш 21", MK_PROFILE_SECONDARY },
  { NULL, "Лицей № 10", "лицей 10", MK_PROFILE_ADVANCED },
  { NULL, "Каменск-Уральская гимназия", "каменск-уральская гимназия", MK_PROFILE_ADVANCED },
};

static void
check_schools (const SchoolCase *cases,
               gsize             n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *short_key = mk_names_school_key (cases[i].name);
      g_autofree char *full_key = NULL;

      g_assert_cmpstr (short_key, ==, cases[i].key);
      g_assert_cmpint (mk_names_infer_profile (cases[i].name, cases[i].full_name),
                       ==, cases[i].profile);
      if (cases[i].full_name == NULL)
        continue;
      full_key = mk_names_school_key (cases[i].full_name);
      g_assert_cmpstr (full_key, ==, cases[i].key);
    }
}

static void
check_unique (const SchoolCase *cases,
              gsize             n)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (gsize i = 0; i < n; i++)
    {
      char *key = mk_names_school_key (cases[i].name);

      /* Two full names of one school may repeat a key; names may not. */
      if (i > 0 && g_strcmp0 (cases[i].name, cases[i - 1].name) == 0)
        {
          g_free (key);
          continue;
        }
      g_assert_false (g_hash_table_contains (seen, key));
      g_hash_table_add (seen, key);
    }
}

static void
test_smolensk (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (smolensk), ==, 43);
  check_schools (smolensk, G_N_ELEMENTS (smolensk));
  check_unique (smolensk, G_N_ELEMENTS (smolensk));
}

/* Other spellings of the same Smolensk schools in the Smolensk reports,
 * including their typos («Хилля», «Горюхи») and a missing closing quote. */
static void
test_smolensk_variants (void)
{
  static const KeyCase cases[] = {
    { "МБОУ «СШ № 19 им. Героя России Панова»", "сш 19" },
    { "МБОУ \"СШ № 19 им. Героя России Панова\"", "сш 19" },
    { "МБОУ «СШ № 36 им. А.М. Городнянского»", "сш 36" },
    { "МБОУ \"СШ № 36 им. А.М. Горюхи\"", "сш 36" },
    { "МБОУ «Гимназия № 1 им. Н.М. Пржевальского»", "гимназия 1" },
    { "МБОУ «Лицей №1 им. академика Б.Н. Петрова»", "лицей 1" },
    { "МБОУ «Лицей № 1 им. академика Б.Н. Петрова»", "лицей 1" },
    { "Лицей №1", "лицей 1" },
    { "МБОУ «СШ № 27 им. Э.А. Хилля»", "сш 27" },
    { "МБОУ «СШ № 27 им. Э.А. Хиля»", "сш 27" },
    { "МБОУ \"СШ № 11\" города Смоленска", "сш 11" },
    { "МБОУ СШ №11", "сш 11" },
    { "МБОУ «СШ №14»", "сш 14" },
    { "МБОУ «СШ №17 им. Героя Российской Федерации А.Б. Буханова»", "сш 17" },
    { "МБОУ \"СШ № 17 им. Героя Российской Федерации А.Б. Буханова", "сш 17" },
    { "МБОУ \"СШ № 5", "сш 5" },
    { "МБОУ \"СШ №30 им. С.А. Железнова\"", "сш 30" },
    { "МБОУ «СШ № 13 им. Э.Д. Балтина»", "сш 13" },
    { "МБОУ «СШ № 21 им. Н.И. Рыленкова»", "сш 21" },
    { "МБОУ «СШ № 26 им. А.С. Пушкина»", "сш 26" },
    { "МБОУ «СШ № 9» г. Смоленска", "сш 9" },
    { "МБОУ «О(с)Ш № 1", "осш 1" },
    { "СШ 9", "сш 9" },
    { "СШ №17", "сш 17" },
    { "СШ №24", "сш 24" },
    { "СШ №10", "сш 10" },
    { "Лицей №1", "лицей 1" },
    { "Гимназия № 1", "гимназия 1" },
  };

  check_keys (cases, G_N_ELEMENTS (cases));
}

static void
test_kamensk (void)
{
  check_schools (kamensk, G_N_ELEMENTS (kamensk));
  check_unique (kamensk, G_N_ELEMENTS (kamensk));
}

/* How the text of protocol No 12 mentions schools in the nominative. */
static void
test_kamensk_variants (void)
{
  static const KeyCase cases[] = {
    { "Средняя школа № 21", "сш 21" },
    { "«Средняя школа №32»", "сш 32" },
    { "«Основная школа № 39»", "ош 39" },
    { "Лицей № 10", "лицей 10" },
    { "МАОУ «Средняя школа №2»", "сш 2" },
    { "МАОУ СОШ № 2", "сш 2" },
    { "МАОУ «СОШ № 17 с углубленным изучением отдельных предметов»", "сш 17" },
    { "МАОУ «Средняя общеобразовательная школа № 1 с УИОП»", "сш 1" },
  };

  check_keys (cases, G_N_ELEMENTS (cases));
}

static void
test_legal_form (void)
{
  static const struct {
    const char *name;
    const char *form;
  } cases[] = {
    { "МБОУ «СШ № 2»", "МБОУ" },
    { "МБОУ СОШ № 2", "МБОУ" },
    { "МАОУ «Лицей № 9»", "МАОУ" },
    { "МОУ № 5", "МОУ" },
    { "МКОУ ООШ № 3", "МКОУ" },
    { "«МБОУ «СШ № 2»»", "МБОУ" },
    { "Муниципальное автономное общеобразовательное учреждение «Средняя школа №2»", "МАОУ" },
    { "Муниципальное бюджетное общеобразовательное учреждение «Основная школа № 39»", "МБОУ" },
    { "Муниципальное казённое общеобразовательное учреждение «Основная школа № 3»", "МКОУ" },
    { "Муниципальное казенное общеобразовательное учреждение «Основная школа № 3»", "МКОУ" },
    { "Муниципальное общеобразовательное учреждение «Средняя школа № 3»", "МОУ" },
    { "Государственное бюджетное общеобразовательное учреждение «Школа № 1»", "ГБОУ" },
    { "МБОУ Ельнинская СШ №2 им. К.И.Ракутина", "МБОУ" },
  };
  static const char * const none[] = {
    "СШ № 2", "Средняя школа № 2", "Лицей № 9", "Школа-интернат «Радуга»", "", NULL,
    "Муниципальная школа № 5",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *form = mk_names_legal_form (cases[i].name);

      g_assert_cmpstr (form, ==, cases[i].form);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (none); i++)
    {
      g_autofree char *form = mk_names_legal_form (none[i]);

      g_assert_null (form);
    }
}

static void
test_profile (void)
{
  static const struct {
    const char *name;
    const char *full_name;
    MkProfile   profile;
  } cases[] = {
    { "СШ № 5", NULL, MK_PROFILE_SECONDARY },
    { "СОШ № 5", "МБОУ СОШ № 5", MK_PROFILE_SECONDARY },
    { "ООШ № 5", NULL, MK_PROFILE_BASIC },
    { "ОШ № 5", NULL, MK_PROFILE_BASIC },
    { "Основная общеобразовательная школа № 5", NULL, MK_PROFILE_BASIC },
    { "Школа № 5", "МКОУ «Основная школа № 5»", MK_PROFILE_BASIC },
    { "О(с)Ш № 1", NULL, MK_PROFILE_EVENING },
    { "Открытая (сменная) школа № 1", NULL, MK_PROFILE_EVENING },
    { "Вечерняя школа № 1", NULL, MK_PROFILE_EVENING },
    { "Школа № 1", "МБОУ «Вечерняя (сменная) общеобразовательная школа № 1»", MK_PROFILE_EVENING },
    { "ГИМНАЗИЯ № 4", NULL, MK_PROFILE_ADVANCED },
    { "Лицей", NULL, MK_PROFILE_ADVANCED },
    { "СШ № 8", "МБОУ «СШ № 8 с углублённым изучением иностранных языков»", MK_PROFILE_ADVANCED },
    { "Школа-интернат «Радуга»", NULL, MK_PROFILE_SECONDARY },
    { NULL, NULL, MK_PROFILE_SECONDARY },
    { "Ельнинская СШ № 2", "МБОУ Ельнинская СШ №2 им. К.И.Ракутина", MK_PROFILE_SECONDARY },
    /* A school whose name says «хорошая» is not basic for its «ош». */
    { "Хорошая школа", NULL, MK_PROFILE_SECONDARY },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (mk_names_infer_profile (cases[i].name, cases[i].full_name),
                     ==, cases[i].profile);
}

/* Sorted as a department specialist expects: kinds apart, numbers by value. */
static const char * const natural_sorted[] = {
  "",
  "1",
  "2",
  "10",
  "Гимназия № 1",
  "Гимназия № 4",
  "Ельнинская СШ № 2",
  "Лицей № 1",
  "Лицей № 9",
  "Лицей № 10",
  "О(с)Ш № 1",
  "О(с)Ш № 2",
  "СШ № 1",
  "СШ № 2",
  "СШ № 3",
  "СШ № 9",
  "СШ № 10",
  "СШ № 10а",
  "СШ № 10б",
  "СШ № 11",
  "СШ № 19",
  "СШ № 20",
  "СШ № 99",
  "СШ № 100",
  "СШ № 101",
  "Школа-интернат «Радуга»",
};

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return mk_natural_compare (*(const char * const *) a, *(const char * const *) b);
}

static void
test_natural_sort (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1945);
  gsize n = G_N_ELEMENTS (natural_sorted);
  g_autofree const char **list = g_new (const char *, n);

  for (int round = 0; round < 20; round++)
    {
      memcpy (list, natural_sorted, n * sizeof (char *));
      for (gsize i = n - 1; i > 0; i--)
        {
          gsize j = g_rand_int_range (rand, 0, (gint32) i + 1);
          const char *tmp = list[i];

          list[i] = list[j];
          list[j] = tmp;
        }
      qsort (list, n, sizeof (char *), compare_strings);
      for (gsize i = 0; i < n; i++)
        g_assert_cmpstr (list[i], ==, natural_sorted[i]);
    }
}

static void
test_natural_examples (void)
{
  g_assert_cmpint (mk_natural_compare ("СШ № 2", "СШ № 10"), <, 0);
  g_assert_cmpint (mk_natural_compare ("СШ № 10", "СШ № 10а"), <, 0);
  g_assert_cmpint (mk_natural_compare ("СШ № 10а", "СШ № 2"), >, 0);
  g_assert_cmpint (mk_natural_compare ("сш № 2", "СШ № 10"), <, 0);
  g_assert_cmpint (mk_natural_compare ("СШ №2", "СШ № 10"), <, 0);
  g_assert_cmpint (mk_natural_compare ("СШ № 02", "СШ № 10"), <, 0);
  g_assert_cmpint (mk_natural_compare ("Ёлочка", "Еловый"), >, 0);
  g_assert_cmpint (mk_natural_compare ("Ёлочка", "Ж"), <, 0);
  g_assert_cmpint (mk_natural_compare ("x99999999999999999999999", "x100000000000000000000000"), <, 0);
  g_assert_cmpint (mk_natural_compare ("abc", "abc"), ==, 0);
  g_assert_cmpint (mk_natural_compare (NULL, ""), ==, 0);
  g_assert_cmpint (mk_natural_compare (NULL, "a"), <, 0);
}

/* Strings that compare equal when folded still get a fixed order, so a
 * collation never calls two different names equal. */
static void
test_natural_total (void)
{
  static const char * const strings[] = {
    "СШ № 2", "сш № 2", "СШ №2", "СШ № 02", "СШ № 002", "СШ  № 2", "Сш № 2",
    "СШ № 10", "СШ № 10а", "СШ № 10А", "a", "A", "\xff", "\xfe", "a\xff",
    "ё", "е", "Ё", "Е", "1", "01", "", " ",
  };
  gsize n = G_N_ELEMENTS (strings);

  for (gsize i = 0; i < n; i++)
    for (gsize j = 0; j < n; j++)
      {
        int ij = mk_natural_compare (strings[i], strings[j]);

        g_assert_cmpint (ij, ==, -mk_natural_compare (strings[j], strings[i]));
        g_assert_cmpint (ij == 0, ==, g_str_equal (strings[i], strings[j]));
        for (gsize k = 0; k < n; k++)
          if (ij <= 0 && mk_natural_compare (strings[j], strings[k]) <= 0)
            g_assert_cmpint (mk_natural_compare (strings[i], strings[k]), <=, 0);
      }
}

/* SQLite passes collations strings with lengths and without a NUL. */
static void
test_natural_lengths (void)
{
  const char buffer[] = "СШ № 10СШ № 9";
  gssize first = strlen ("СШ № 10");
  gssize second = strlen ("СШ № 9");

  g_assert_cmpint (mk_natural_compare_n (buffer, first, buffer + first, second), >, 0);
  g_assert_cmpint (mk_natural_compare_n (buffer, strlen ("СШ № 1"), buffer + first, second), <, 0);
  g_assert_cmpint (mk_natural_compare_n (buffer, first, "СШ № 10", -1), ==, 0);
  g_assert_cmpint (mk_natural_compare_n (buffer, 0, "", 0), ==, 0);
  /* A length that cuts a character in two must not read past it. */
  g_assert_cmpint (mk_natural_compare_n ("Ш", 1, "Ш", 2), !=, 0);
}

/* A small RFC 4180 reader for the demo files: ';' between fields, quoted
 * fields with "" for a quote. */
static GPtrArray *
read_csv (const char *relative)
{
  g_autofree char *path = mk_test_source_path (relative);
  g_autofree char *text = mk_test_read_file (path, NULL);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        {
          /* A quote opens a field or closes it; nowhere else. */
          g_assert_true (quoted ? (p[1] == ';' || p[1] == '\n' || p[1] == '\0') : field->len == 0);
          quoted = !quoted;
        }
      else if (!quoted && (*p == ';' || *p == '\n'))
        {
          g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          if (*p == '\n')
            {
              g_ptr_array_add (rows, row);
              row = g_ptr_array_new_with_free_func (g_free);
            }
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_false (quoted);
  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

static const char *
cell (GPtrArray *rows,
      guint      r,
      guint      c)
{
  GPtrArray *row = g_ptr_array_index (rows, r);

  return g_ptr_array_index (row, c);
}

static void
check_header (GPtrArray  *rows,
              const char *header)
{
  g_auto(GStrv) names = g_strsplit (header, ";", -1);

  for (guint r = 0; r < rows->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, r))->len, ==, g_strv_length (names));
  for (guint c = 0; names[c] != NULL; c++)
    g_assert_cmpstr (cell (rows, 0, c), ==, names[c]);
}

static char *
school_id (const char *municipality,
           const char *name)
{
  g_autofree char *key = mk_names_school_key (name);

  return g_strconcat (municipality, "\n", key, NULL);
}

static void
check_school_row (GPtrArray  *schools,
                  guint       r,
                  GHashTable *ids)
{
  const char *full_name = cell (schools, r, 3);
  const char *profile = cell (schools, r, 5);
  const char *locality = cell (schools, r, 6);
  g_autofree char *form = mk_names_legal_form (full_name);
  MkProfile parsed;

  g_test_message ("%s: %s", cell (schools, r, 1), cell (schools, r, 2));
  g_assert_cmpstr (cell (schools, r, 0), !=, "");
  g_assert_true (g_hash_table_add (ids, school_id (cell (schools, r, 1), cell (schools, r, 2))));
  if (full_name[0] != '\0')
    {
      g_autofree char *short_key = mk_names_school_key (cell (schools, r, 2));
      g_autofree char *full_key = mk_names_school_key (full_name);

      g_assert_cmpstr (short_key, ==, full_key);
    }
  if (form != NULL)
    g_assert_cmpstr (form, ==, cell (schools, r, 4));
  g_assert_true (profile[0] == '\0' || mk_profile_from_text (profile, &parsed));
  g_assert_true (g_str_equal (locality, "urban") || g_str_equal (locality, "rural"));
}

/* The demo's schools are unique under the normaliser, every full name
 * names its own school, and every staff row finds its school. */
static void
test_demo_files (void)
{
  g_autoptr(GPtrArray) schools = read_csv ("data/demo/schools.csv");
  g_autoptr(GPtrArray) staff = read_csv ("data/demo/staff.csv");
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  check_header (schools, "region;municipality;name;full_name;legal_form;profile;locality;head;deputy;curator");
  check_header (staff, "municipality;school;school_year;teachers;administrators;psychologists;speech_therapists;defectologists");
  for (guint r = 1; r < schools->len; r++)
    check_school_row (schools, r, ids);
  for (guint r = 1; r < staff->len; r++)
    {
      g_autofree char *id = school_id (cell (staff, r, 0), cell (staff, r, 1));

      g_assert_true (g_hash_table_contains (ids, id));
      g_assert_cmpstr (cell (staff, r, 2), ==, "2022/2023");
    }
  g_assert_cmpuint (staff->len - 1, ==, 41);
}

/* The one folding: case, ё as е, spaces; and a municipality written
 * with ё is the one written with е. */
static void
test_text_fold (void)
{
  g_autofree char *a = mk_text_fold ("  Подъёмная\u00a0  ШКОЛА\t");
  g_autofree char *b = mk_text_fold ("ЁЛКИНО");
  g_autofree char *c = mk_text_fold ("");
  g_autofree char *dir = mk_test_tmpdir_new ();
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  g_autoptr(MkStore) store = mk_store_open (path, NULL);
  g_autoptr(MkSchool) found = NULL;

  g_assert_cmpstr (a, ==, "подъемная школа");
  g_assert_cmpstr (b, ==, "елкино");
  g_assert_cmpstr (c, ==, "");
  mk_test_add_school (store, "Посёлок  Ёлкино", "СШ № 1");
  found = mk_store_find_school (store, "поселок елкино", "СШ № 1", NULL, NULL);
  g_assert_nonnull (found);
  g_clear_object (&store);
  mk_test_tmpdir_free (g_steal_pointer (&dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/names/text-fold", test_text_fold);
  g_test_add_func ("/names/key/spec-examples", test_key_spec_examples);
  g_test_add_func ("/names/key/numbers", test_key_numbers);
  g_test_add_func ("/names/key/forms", test_key_forms);
  g_test_add_func ("/names/key/null", test_key_null);
  g_test_add_func ("/names/smolensk", test_smolensk);
  g_test_add_func ("/names/smolensk-variants", test_smolensk_variants);
  g_test_add_func ("/names/kamensk", test_kamensk);
  g_test_add_func ("/names/kamensk-variants", test_kamensk_variants);
  g_test_add_func ("/names/legal-form", test_legal_form);
  g_test_add_func ("/names/profile", test_profile);
  g_test_add_func ("/natural/sort", test_natural_sort);
  g_test_add_func ("/natural/examples", test_natural_examples);
  g_test_add_func ("/natural/total", test_natural_total);
  g_test_add_func ("/natural/lengths", test_natural_lengths);
  g_test_add_func ("/names/demo-files", test_demo_files);

  return g_test_run ();
}
